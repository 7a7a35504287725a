import type { ImportReport } from '../../../shared/domain/roster';
import type { HandlersFor } from '../dispatch';
import { writeXlsx } from '../spreadsheet/write-xlsx';
import type { Store } from '../store/connection';
import { getImport, listImports } from '../roster/log';
import { importReportTable } from '../roster/report';
import type { Jobs } from './jobs';

/** A roster import: previewed and imported as jobs, then its log and report of rejected rows. */
export function rosterHandlers(store: Store, jobs: Jobs): HandlersFor<'roster'> {
  const { db } = store;
  return {
    'roster.preview': (request) => ({ jobId: jobs.start('roster.preview', request, 'Reading the file') }),
    'roster.previewStatus': ({ jobId }) => jobs.status(jobId, 'roster.preview'),
    'roster.import': (request) => ({ jobId: jobs.start('roster.import', request, 'Reading the file') }),
    'roster.importStatus': ({ jobId }) => jobs.status(jobId, 'roster.import'),
    'roster.imports': () => ({ imports: listImports(db).map(importSummary) }),
    'roster.reportXlsx': ({ importId }) => importReportFile(getImport(db, importId)),
  };
}

/** An import as the log lists it: its lists left out (roster.reportXlsx gives them). Both stores' log. */
export function importSummary({ rejected: _rejected, students: _students, ...summary }: ImportReport) {
  return summary;
}

/** The report of an import's rejected rows as a workbook. Both stores' log. */
export async function importReportFile(report: ImportReport) {
  const bytes = await writeXlsx(importReportTable(report));
  return {
    fileName: `import-report-${report.importedAt.slice(0, 10)}-${report.importId}.xlsx`,
    base64: bytes.toString('base64'),
    count: report.rejected.length,
  };
}
