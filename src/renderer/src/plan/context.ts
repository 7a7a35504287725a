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

/** The attribute a focus request looks for once the plan is drawn again. */
export function focusKey(key: string): { 'data-focus-key': string } {
  return { 'data-focus-key': key };
}

/** Moves focus to the element with this key, if the page still has it. */
export function focusByKey(key: string): boolean {
  const el = document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
  if (!el) return false;
  el.focus();
  return true;
}

/** Where focus goes back to after a change: the add-course box, a course in the grid. */
export const ADD_COURSE_FOCUS = 'add-course';
export const courseFocusKey = (id: string) => `course-${id}`;
export const FRAMEWORK_FOCUS = { pathway: 'framework-pathway', program: 'framework-program', apply: 'framework-apply' } as const;
