import type { Ref } from 'react';
import { BackupNote, ReportStudents, SaveReportButton } from './ReportParts';
import { CountList } from '../ui/CountList';
import { rosterCountItems } from './counts';
import { importSession } from './importSession';
import type { ImportState } from './importState';
import { formatDateTime, RejectedTable } from '../ui/values';

/** Step 4, done: what the import did, the rows it left out, and the report to keep. */
export function ReportStep({ heading, state }: { heading: Ref<HTMLHeadingElement>; state: ImportState }) {
  const report = state.report;
  if (!report) return null;
  return (
    <section className="step" aria-labelledby="import-step-title">
      <h2 id="import-step-title" ref={heading} tabIndex={-1} className="step__title">
        Roster imported
      </h2>
      <p className="step__intro">
        {report.fileName}, imported {formatDateTime(report.importedAt)}.
      </p>
      <CountList
        label="What the import did"
        items={rosterCountItems(report.counts, 'Marked “not in latest roster”')}
      />
      <ReportStudents students={report.students} counts={report.counts} />
      {report.renumbered && report.renumbered.length > 0 ? (
        <p className="note">
          {`Given their new number, with plan and history: ${report.renumbered.map((p) => `${p.name} (#${p.previousNumber} → #${p.studentNumber})`).join('; ')}.`}
        </p>
      ) : null}
      <BackupNote path={report.backupPath} />
      <div className="actions">
        <SaveReportButton saving={state.savingReport} onSave={() => void importSession.saveReport()} />
        <a className="button" href="#/caseload">
          Go to the Caseload
        </a>
        <button type="button" className="button button--quiet" onClick={() => importSession.reset()}>
          Import another file
        </button>
      </div>
      {report.rejected.length > 0 ? <RejectedTable rows={report.rejected} total={report.counts.rejected} /> : null}
    </section>
  );
}
