import { useCallback, useState } from 'react';
import type { AuditEntry } from '../../../shared/methods/audit';
import type { PlanOperation } from '../../../shared/domain/plan-operation';
import { api } from '../client/api';
import { ErrorAlert } from '../shell/ErrorAlert';
import { useQuery } from '../ui/useQuery';
import { formatDateTime } from '../ui/values';
import { usePlanEditor } from './context';

/** What each saved change was, in the counselor's words (every operation named: the compiler checks). */
const ACTION_LABELS: Record<PlanOperation['op'] | 'undo' | 'applyProgram', string> = {
  setFramework: 'Career cluster, pathway or program chosen',
  setFramework2024: '2024 career cluster chosen',
  placeCourse: 'Course added',
  moveCourse: 'Course moved',
  removeCourse: 'Course removed',
  setAlternate: 'Alternate course set',
  setCourseStatus: 'Course status changed',
  addGoal: 'Goal added',
  updateGoal: 'Goal changed',
  removeGoal: 'Goal removed',
  addExperience: 'Experience added',
  updateExperience: 'Experience changed',
  removeExperience: 'Experience removed',
  addCredential: 'Credential added',
  updateCredential: 'Credential changed',
  removeCredential: 'Credential removed',
  setCareerInterests: 'Career interests changed',
  setPostsecondary: 'Plan after high school changed',
  setNotes: 'Notes changed',
  markReviewed: 'Marked reviewed',
  acknowledgeWarning: 'Warning acknowledged',
  withdrawAcknowledgement: 'Acknowledgement withdrawn',
  setRequirementMet: 'Requirement marked met',
  undo: 'Last change undone',
  applyProgram: 'Program of study applied',
};

/**
 * Who changed this plan, and when: the audit log (issue 16), read when the counselor opens it and
 * again with each change while open. On the department server only a lead reads it; a counselor
 * is told so in the core's sentence.
 */
export function ChangeLog() {
  const { view } = usePlanEditor();
  const [open, setOpen] = useState(false);
  const studentNumber = view.student.studentNumber;
  const revision = view.revision;
  const load = useCallback(
    async () => (open ? (await api['audit.forStudent']({ studentNumber })).entries : []),
    // `revision` is not read, but asks again after each saved change while the log is open.
    [open, studentNumber, revision],
  );
  const { state: log } = useQuery<AuditEntry[]>(load, { keepWhileLoading: true });
  return (
    <details className="plan-card plan-changes" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {/* A heading inside the summary: found by heading navigation like the other sections. */}
        <h2 className="plan-card__title plan-changes__title">Changes to this plan</h2>
      </summary>
      {log.status === 'failed' ? <ErrorAlert title="The changes could not be shown." message={log.message} /> : null}
      {log.status === 'ready' && open ? (
        log.value.length === 0 ? (
          <p className="note">No change has been saved since the log began.</p>
        ) : (
          <ol className="plan-changes__list">
            {log.value.map((entry, i) => (
              <li key={`${entry.at}-${i}`}>
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> — {ACTION_LABELS[entry.action as keyof typeof ACTION_LABELS] ?? entry.action}
                {entry.userName ? ` (${entry.userName})` : ''}
              </li>
            ))}
          </ol>
        )
      ) : null}
    </details>
  );
}
