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
    'roster.imports': () => ({ imports: listImports(db).map(({ rejected: _rejected, students: _students, ...summary }) => summary) }),
    'roster.reportXlsx': async ({ importId }) => {
      const report = getImport(db, importId);
      const bytes = await writeXlsx(importReportTable(report));
      return {
        fileName: `import-report-${report.importedAt.slice(0, 10)}-${importId}.xlsx`,
        base64: bytes.toString('base64'),
        count: report.rejected.length,
      };
    },
  };
}
