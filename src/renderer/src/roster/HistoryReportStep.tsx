import type { Ref } from 'react';
import { BackupNote, SaveReportButton } from './ReportParts';
import type { HistoryImportReport, HistoryPreview } from '../../../shared/domain/history';
import { CountList } from '../ui/CountList';
import { formatCount, formatDateTime, RejectedTable } from '../ui/values';
import { historySession } from './historySession';
import { historyCountItems, type HistoryState } from './historyState';
import { UnmatchedTable, whenTaken } from './HistoryPreviewStep';

function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** What the import did, in one sentence a counselor can repeat. */
export function reportSentence(report: HistoryImportReport): string {
  const c = report.counts;
  const parts = [`${plural(c.added, 'course row', 'course rows')} added`, `${formatCount(c.updated)} updated`, `${formatCount(c.unchanged)} already as the file has them`];
  const missing = c.missing > 0 ? ` ${plural(c.missing, 'course row', 'course rows')} no longer in the file ${c.missing === 1 ? 'was' : 'were'} kept and flagged.` : '';
  const rejected = c.rejected > 0 ? ` ${plural(c.rejected, 'row was', 'rows were')} not imported (listed below).` : '';
  return `Course history for ${plural(c.students, 'student', 'students')}: ${parts.join(', ')}.${missing}${rejected}`;
}

interface StudentLines {
  studentNumber: string;
  name: string;
  lines: string[];
}

/** Each student the import changed or flagged, with what happened to their courses in words (from the preview it carried out). */
export function perStudent(preview: HistoryPreview): StudentLines[] {
  const byStudent = new Map<string, StudentLines>();
  const of = (studentNumber: string, name: string) => {
    let s = byStudent.get(studentNumber);
    if (!s) byStudent.set(studentNumber, (s = { studentNumber, name, lines: [] }));
    return s;
  };
  for (const row of preview.changed) {
    const what = row.changes.map((c) => `${c.label.toLowerCase()} ${c.before ?? 'blank'} → ${c.after ?? 'blank'}`).join(', ');
    of(row.studentNumber, row.name).lines.push(`${row.courseNumber} ${row.title} (${whenTaken(row) || 'no year given'}): ${what}.`);
  }
  for (const m of preview.missing) {
    of(m.studentNumber, m.name).lines.push(`${m.courseNumber} ${m.title} (${whenTaken(m) || 'no year given'}) is no longer in the file: kept and flagged.`);
  }
  return [...byStudent.values()];
}

/** Step 4, done: what the import did, per student in words, the courses to match, and the report to keep. */
export function HistoryReportStep({ heading, state }: { heading: Ref<HTMLHeadingElement>; state: HistoryState }) {
  const report = state.report;
  if (!report) return null;
  const students = state.preview ? perStudent(state.preview) : [];
  return (
    <section className="step" aria-labelledby="import-step-title">
      <h2 id="import-step-title" ref={heading} tabIndex={-1} className="step__title">
        Course history imported
      </h2>
      <p className="step__intro">
        {report.fileName}, imported {formatDateTime(report.importedAt)}.
      </p>
      <p>{reportSentence(report)}</p>
      <CountList label="What the import did" items={historyCountItems(report.counts, true)} />
      <BackupNote path={report.backupPath} />
      <div className="actions">
        <SaveReportButton saving={state.savingReport} onSave={() => void historySession.saveReport()} />
        {report.unmatched.length > 0 ? (
          <a className="button" href="#/courses">
            Match transcript courses to the catalog
          </a>
        ) : null}
        <a className="button" href="#/caseload">
          Go to the Caseload
        </a>
        <button type="button" className="button button--quiet" onClick={() => historySession.reset()}>
          Import another file
        </button>
      </div>
      {students.length > 0 ? (
        <section aria-labelledby="history-per-student">
          <h3 id="history-per-student">What changed for each student</h3>
          <ul className="per-student">
            {students.map((s) => (
              <li key={s.studentNumber}>
                <strong>
                  {s.name} (#{s.studentNumber})
                </strong>
                : {s.lines.join(' ')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {report.unmatched.length > 0 ? (
        <>
          <p className="note">
            {`${plural(report.unmatched.length, 'course', 'courses')} in this file ${report.unmatched.length === 1 ? 'is' : 'are'} not in the catalog. `}
            They count toward the area shown; match each to a catalog course on the Courses page, under “Transcript courses not in the catalog”.
          </p>
          <UnmatchedTable courses={report.unmatched} />
        </>
      ) : null}
      {report.rejected.length > 0 ? <RejectedTable rows={report.rejected} total={report.counts.rejected} /> : null}
      {report.counts.rejected > 0 && report.rejected.length === 0 ? (
        <p className="note">{`${plural(report.counts.rejected, 'row was', 'rows were')} rejected; the saved report lists them.`}</p>
      ) : null}
    </section>
  );
}
