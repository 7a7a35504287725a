import { useEffect, useMemo } from 'react';
import { ChangeLog } from './ChangeLog';
import { BackToCaseload } from '../caseload/BackToCaseload';
import { PlanPrintSection } from '../print/PlanPrintSection';
import { ErrorAlert } from '../shell/ErrorAlert';
import { CareerInterests } from './CareerInterests';
import { ConferencesSection } from './ConferencesSection';
import { focusByKey } from '../ui/focus';
import { PlanEditorContext, type PlanEditor } from './context';
import { CourseGrid } from './CourseGrid';
import { CredentialsSection } from './CredentialsSection';
import { ExperiencesSection } from './ExperiencesSection';
import { FrameworkPicker } from './FrameworkPicker';
import { GoalsSection } from './GoalsSection';
import { NotesSection } from './NotesSection';
import { PlanHeader } from './PlanHeader';
import { PostsecondarySection } from './PostsecondarySection';
import { RequirementPanel } from './RequirementPanel';
import { usePlan } from './usePlan';
import { useUndoKey } from './useUndoKey';
import { WarningList } from './WarningList';
import './plan.css';
import './choosers.css';
import './grid.css';
import './sections.css';
import './transcript.css';

/**
 * The plan editor (`#/plan/<student number>`): the screen a counselor works in during a
 * twenty-minute meeting. The framework choice, the course grid (the same grid the family's
 * printout shows), requirement progress and warnings, the rest of the plan, printing, and the
 * conferences held with the family. Every change is saved at once and the page redraws from what
 * the store sends back.
 */
export function PlanPage({ studentNumber, focusOnShow }: { studentNumber: string; focusOnShow: boolean }) {
  const session = usePlan(studentNumber);
  const { load, change, applyProgram, undo, reactivate, takeFocusRequest } = session;
  const view = load.status === 'ready' ? load.value.view : null;
  const reference = load.status === 'ready' ? load.value.reference : null;

  // After a change is drawn, focus goes where the change asked for (the course moved, the add box).
  useEffect(() => {
    const key = takeFocusRequest();
    if (key) focusByKey(key);
  }, [view, takeFocusRequest]);

  useUndoKey(view !== null && view.canUndo && view.student.status !== 'graduated', undo);

  const editor = useMemo<PlanEditor | null>(
    () => (view && reference ? { view, reference, change, applyProgram } : null),
    [view, reference, change, applyProgram],
  );

  if (load.status === 'loading') {
    return (
      <p role="status" className="caseload-count">
        Loading the plan…
      </p>
    );
  }
  if (!editor) {
    return (
      <>
        <BackToCaseload />
        <h1 className="page-title">Plan</h1>
        <ErrorAlert title="The plan could not be opened." message={load.status === 'failed' ? load.message : null} />
      </>
    );
  }

  const graduated = editor.view.student.status === 'graduated';
  return (
    <PlanEditorContext.Provider value={editor}>
      <div className="plan-page">
        <PlanHeader
          view={editor.view}
          focusOnShow={focusOnShow}
          announcement={session.announcement}
          error={session.error}
          onUndo={() => void undo()}
          onReviewed={() => void change({ op: 'markReviewed' }, { done: 'Marked reviewed today.' })}
          onReactivate={async () => (await reactivate()) !== null}
        />
        {/* A graduate's plan is the record of what they did: every control is disabled (the core refuses edits too); printing stays. */}
        <fieldset className="plan-edits" disabled={graduated}>
          <legend className="visually-hidden">{graduated ? 'The plan (read-only: the student graduated)' : 'The plan'}</legend>
          <FrameworkPicker />
          <CourseGrid />
          <div className="plan-columns">
            <RequirementPanel />
            <WarningList />
          </div>
          <div className="plan-columns plan-columns--three">
            <GoalsSection />
            <ExperiencesSection />
            <CredentialsSection />
          </div>
          <div className="plan-columns">
            <CareerInterests />
            <PostsecondarySection />
          </div>
          <NotesSection />
        </fieldset>
        <PlanPrintSection view={editor.view} />
        <ConferencesSection student={editor.view.student} />
        <ChangeLog />
      </div>
    </PlanEditorContext.Provider>
  );
}
