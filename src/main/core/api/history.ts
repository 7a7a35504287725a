import type { HistoryImportReport } from '../../../shared/domain/history';
import type { HandlersFor } from '../dispatch';
import { matchCourse } from '../history/course-match';
import { storeUnmatched } from '../history/credit-types';
import { getHistoryImport, historyReportTable, listHistoryImports } from '../history/log';
import { writeXlsx } from '../spreadsheet/write-xlsx';
import type { Store } from '../store/connection';
import { byHand } from './edit';
import type { Jobs } from './jobs';

/** Course history: previewed and imported as jobs (as the roster is), its log and report, and the courses to match. */
export function historyHandlers(store: Store, jobs: Jobs): HandlersFor<'history'> {
  const { db } = store;
  const edit = byHand(store);
  return {
    'history.preview': (request) => ({ jobId: jobs.start('history.preview', request, 'Reading the file') }),
    'history.previewStatus': ({ jobId }) => jobs.status(jobId, 'history.preview'),
    'history.import': (request) => ({ jobId: jobs.start('history.import', request, 'Reading the file') }),
    'history.importStatus': ({ jobId }) => jobs.status(jobId, 'history.import'),
    'history.imports': () => ({ imports: listHistoryImports(db).map(({ rejected: _rejected, ...summary }) => summary) }),
    'history.reportXlsx': ({ importId }) => historyReportFile(getHistoryImport(db, importId)),
    'history.unmatched': () => ({ courses: storeUnmatched(db) }),
    'history.matchCourse': edit((request) => {
      matchCourse(db, request);
      return { courses: storeUnmatched(db) };
    }),
  };
}

/** An import's report as the saved spreadsheet (both stores' history.reportXlsx). */
export async function historyReportFile(report: HistoryImportReport) {
  const bytes = await writeXlsx(historyReportTable(report));
  return {
    fileName: `course-history-report-${report.importedAt.slice(0, 10)}-${report.importId}.xlsx`,
    base64: bytes.toString('base64'),
    count: report.rejected.length,
  };
}
