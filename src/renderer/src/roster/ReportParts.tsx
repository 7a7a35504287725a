import { formatCount } from '../ui/values';
/** What every import report says the same way: where the backup is, and the report to save. */

export function BackupNote({ path }: { path: string | null }) {
  if (!path) return null;
  return (
    <p className="note">
      A copy of the store as it was before this import was kept at <span className="path">{path}</span>.
    </p>
  );
}

export function SaveReportButton({ saving, onSave }: { saving: boolean; onSave: () => void }) {
  return (
    <button type="button" className="button button--primary" aria-disabled={saving || undefined} onClick={() => (saving ? undefined : onSave())}>
      {saving ? 'Saving the report…' : 'Save report as .xlsx'}
    </button>
  );
}

type Named = { studentNumber: string; name: string; fields?: readonly string[] };

/**
 * Who the import added, changed and marked, by name: each list folded away under its count, so a
 * nightly sync that changed three students shows them at a glance and a first import of 400 does
 * not fill the page. The lists are capped as the preview's are; the counts above are whole.
 */
export function ReportStudents({ students, counts }: { students: { added: Named[]; changed: Named[]; absent: Named[] } | undefined; counts: { added: number; updated: number; absent: number } }) {
  if (!students) return null;
  const lists = [
    { title: 'New students', list: students.added, total: counts.added },
    { title: 'Changed students', list: students.changed, total: counts.updated },
    { title: 'Marked “not in latest roster”', list: students.absent, total: counts.absent },
  ].filter((l) => l.list.length > 0);
  if (lists.length === 0) return null;
  return (
    <div className="report-students">
      {lists.map(({ title, list, total }) => (
        <details key={title} className="report-students__group">
          <summary>
            {title} ({formatCount(total)})
          </summary>
          <ul className="report-students__list">
            {list.map((s) => (
              <li key={s.studentNumber}>
                {s.name} <span className="report-students__number">#{s.studentNumber}</span>
                {s.fields && s.fields.length > 0 ? ` — ${s.fields.join(', ')}` : null}
              </li>
            ))}
          </ul>
          {total > list.length ? <p className="note">{`The first ${formatCount(list.length)} of ${formatCount(total)} are listed.`}</p> : null}
        </details>
      ))}
    </div>
  );
}
