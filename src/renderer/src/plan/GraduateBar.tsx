import { useRef, useState } from 'react';
import type { PlanView } from '../../../shared/domain/plan-view';
import { YearDialog } from '../year/YearDialog';

/**
 * A graduate's plan bar: why the plan is read-only, and "Make active again…" for a student who did
 * not finish (a fifth-year senior), asked first because it puts them back on the active caseload.
 */
export function GraduateBar({ student, onReactivate }: { student: PlanView['student']; onReactivate(): Promise<boolean> }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const back = () => {
    setAsking(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  const confirm = async () => {
    setBusy(true);
    const done = await onReactivate();
    setBusy(false);
    // Done: the bar gives way to the active plan's buttons and the status line says so; refused: the bar stays with the reason.
    if (done) setAsking(false);
    else back();
  };
  const classOf = student.classYear === null ? '' : ` with the class of ${student.classYear}`;
  return (
    <div className="plan-bar__graduated">
      <p>{`Graduated${classOf}: this plan is kept read-only. Print it below, or undo the school year start on the School year page to change it.`}</p>
      <button ref={button} type="button" className="button button--small" onClick={() => setAsking(true)}>
        Make active again…
      </button>
      {asking ? (
        <YearDialog title="Make this student active again?" confirmLabel="Make active again" busyLabel="Saving…" busy={busy} onConfirm={() => void confirm()} onCancel={back}>
          <p>{`For a student who did not finish${classOf}: they return to the active caseload and their plan can be edited again. Grade and class year stay as stored until the next roster import sets them; the graduation stays on record beside this change.`}</p>
        </YearDialog>
      ) : null}
    </div>
  );
}
