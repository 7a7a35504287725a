import { createContext, useContext } from 'react';
import type { PlanView } from '../../../shared/domain/plan-view';
import type { ChangeOptions, OperationSource, ReferenceData } from './usePlan';

/** What every part of the plan editor works with: the plan as saved, and the one way to change it. */
export interface PlanEditor {
  view: PlanView;
  reference: ReferenceData;
  change(op: OperationSource, options?: ChangeOptions): Promise<PlanView | null>;
  applyProgram(programId?: string, options?: ChangeOptions): Promise<{ before: PlanView; after: PlanView } | null>;
}

export const PlanEditorContext = createContext<PlanEditor | null>(null);

export function usePlanEditor(): PlanEditor {
  const editor = useContext(PlanEditorContext);
  if (!editor) throw new Error('usePlanEditor is used outside the plan page');
  return editor;
}

/** Where focus goes back to after a change: the add-course box, a course in the grid. */
export const ADD_COURSE_FOCUS = 'add-course';
export const courseFocusKey = (id: string) => `course-${id}`;
export const FRAMEWORK_FOCUS = { pathway: 'framework-pathway', program: 'framework-program', apply: 'framework-apply' } as const;
