import { localIsoDate } from '../../../shared/domain/common';
import type { rosterMethods } from '../../../shared/methods/roster';
import type { HandlersOf } from '../dispatch';
import { exportCaseload } from '../exports/caseload';
import { writeXlsx } from '../exports/xlsx';
import type { JobRegistry } from '../jobs/registry';
import type { Store } from '../store/connection';
import { getImport, listImports } from './log';
import { importReportTable } from './report';

export function rosterHandlers(store: Store, jobs: JobRegistry): HandlersOf<typeof rosterMethods> {
  const { db } = store;
  return {
    'roster.preview': (request) => ({ jobId: jobs.start('roster.preview', request, 'Reading the file') }),
    'roster.previewStatus': ({ jobId }) => jobs.status(jobId, 'roster.preview'),
    'roster.import': (request) => ({ jobId: jobs.start('roster.import', request, 'Reading the file') }),
    'roster.importStatus': ({ jobId }) => jobs.status(jobId, 'roster.import'),
    'jobs.cancel': ({ jobId }) => {
      jobs.cancel(jobId);
      return {};
    },
    'roster.imports': () => ({ imports: listImports(db).map(({ rejected: _rejected, ...summary }) => summary) }),
    'roster.reportXlsx': async ({ importId }) => {
      const report = getImport(db, importId);
      const bytes = await writeXlsx(importReportTable(report));
      return {
        fileName: `import-report-${report.importedAt.slice(0, 10)}-${importId}.xlsx`,
        base64: bytes.toString('base64'),
        count: report.rejected.length,
      };
    },
    'caseload.export': async ({ format, studentNumbers }) => {
      const { bytes, count } = await exportCaseload(db, format, studentNumbers);
      return { fileName: `caseload-${localIsoDate()}.${format}`, base64: bytes.toString('base64'), count };
    },
  };
}
