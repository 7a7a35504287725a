import { useCallback, useState } from 'react';
import type { AuditEntry } from '../../../shared/methods/audit';
import { api } from '../client/api';
import { ErrorAlert } from '../shell/ErrorAlert';
import { useQuery } from '../ui/useQuery';
import { formatDateTime } from '../ui/values';
import { actionWords, changedFieldsText } from './change-words';
import { usePlanEditor } from './context';

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
            {log.value.map((entry, i) => {
              const fields = changedFieldsText(entry);
              return (
                <li key={`${entry.at}-${i}`}>
                  <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> — {actionWords(entry.action)}
                  {entry.userName ? ` (${entry.userName})` : ''}
                  {fields ? <span className="plan-changes__fields"> · {fields}</span> : null}
                </li>
              );
            })}
          </ol>
        )
      ) : null}
    </details>
  );
}
