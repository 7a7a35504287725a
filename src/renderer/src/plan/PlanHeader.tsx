import { useEffect, useRef } from 'react';
import { BackToCaseload } from '../caseload/BackToCaseload';
import { displayName } from '../../../shared/domain/names';
import type { PlanView } from '../../../shared/domain/plan-view';
import { planStatusLabels } from '../caseload/entries';
import { ErrorAlert } from '../shell/ErrorAlert';
import { studentFormPath } from '../shell/route';
import { focusKey } from '../ui/focus';
import { formatDate } from './format';
import { GraduateBar } from './GraduateBar';

interface PlanHeaderProps {
  view: PlanView;
  focusOnShow: boolean;
  announcement: string;
  error: string | null;
  onUndo(): void;
  onReviewed(): void;
  /** A graduate made active again; true once done. */
  onReactivate(): Promise<boolean>;
}

/**
 * Who the plan is for, then a bar that stays in view while the counselor scrolls: the plan
 * status, what was just saved (or the core's reason it was not), review and undo.
 */
export function PlanHeader({ view, focusOnShow, announcement, error, onUndo, onReviewed, onReactivate }: PlanHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const s = view.student;
  const name = displayName(s);
  const f = view.framework;
  const trail = [f.cluster?.name, f.pathway?.name, f.program?.name].filter(Boolean).join(' → ');

  useEffect(() => {
    document.title = `${name} · Plan · Counselor Workstation`;
  }, [name]);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);

  return (
    <>
      <BackToCaseload />
      <div className="plan-identity">
        <h1 ref={heading} tabIndex={-1} className="page-title plan-identity__name">
          {name}
        </h1>
        <p className="plan-identity__kind">Academic and Career Plan</p>
        {s.status === 'not_in_latest_roster' ? (
          <p className="plan-identity__left">
            Not in the latest roster: the school's last roster import did not list this student, who may have left. The plan is kept and can
            still be edited and printed; the next roster that lists them makes them current again.
          </p>
        ) : null}
        <dl className="facts">
          <div>
            <dt>Student number</dt>
            <dd className="student-number">{s.studentNumber}</dd>
          </div>
          <div>
            <dt>Grade</dt>
            <dd>{s.grade ?? '—'}</dd>
          </div>
          <div>
            <dt>Class of</dt>
            <dd>{s.classYear ?? '—'}</dd>
          </div>
          <div>
            <dt>Counselor</dt>
            <dd>{s.counselor ?? '—'}</dd>
          </div>
          <div>
            <dt>Career plan</dt>
            <dd>{trail || 'Still exploring'}</dd>
          </div>
        </dl>
        {s.status === 'graduated' ? null : (
          <a className="button button--small plan-identity__edit" href={studentFormPath(s.studentNumber)}>
            Edit student details
          </a>
        )}
      </div>
      <div className="plan-bar" role="region" aria-label="Plan status and undo">
        <p className="plan-bar__status">
          <span className="plan-bar__label">Plan status:</span>{' '}
          <span className={`plan plan--${view.status}`} data-testid="plan-status">
            {planStatusLabels[view.status]}
          </span>
          <span className="plan-bar__reviewed">{view.lastReviewed ? `Reviewed ${formatDate(view.lastReviewed)}` : 'Not reviewed yet'}</span>
        </p>
        <p role="status" className="plan-bar__saved">
          {announcement}
        </p>
        {s.status === 'graduated' ? (
          <GraduateBar student={s} onReactivate={onReactivate} />
        ) : (
        <div className="plan-bar__actions">
          <button type="button" className="button button--small" onClick={onReviewed} {...focusKey('plan-mark-reviewed')}>
            Mark reviewed today
          </button>
          <button
            type="button"
            className="button button--small"
            aria-disabled={!view.canUndo || undefined}
            onClick={() => {
              if (view.canUndo) onUndo();
            }}
          >
            <span aria-hidden="true">↶ </span>Undo last change
          </button>
        </div>
        )}
        <div className="plan-bar__alert">
          <ErrorAlert title="That change was not saved." message={error} />
        </div>
      </div>
    </>
  );
}
