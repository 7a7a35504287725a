import type { HandlersFor } from '../dispatch';
import { reportFile, reportFileName } from '../reports/export';
import { runReport } from '../reports/run';
import type { Store } from '../store/connection';

/** Caseload reports for the page, and as files for a principal or a school board. */
export function reportHandlers(store: Store): HandlersFor<'reports'> {
  return {
    'reports.run': (query) => runReport(store.db, query),
    'reports.export': async ({ query, format }) => {
      const report = await runReport(store.db, query);
      const bytes = await reportFile(report, format);
      return { fileName: reportFileName(report, format), base64: bytes.toString('base64'), count: report.studentCount };
    },
  };
}
