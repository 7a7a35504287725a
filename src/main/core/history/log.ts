import type { Database as Db } from 'better-sqlite3';
import type { HistoryImportReport } from '../../../shared/domain/history';
import { importLog } from '../store/import-log';
import type { ExportTable } from '../spreadsheet/export-table';

/** The course history import log (history_import), written inside the import's transaction. */
const log = importLog<HistoryImportReport>('history_import', 'course history import');
export const logHistoryImport = log.add;
export const listHistoryImports = log.list;
export const getHistoryImport = log.get;
/** The typed twins, for the department server (inside the caller's transaction). */
export const logHistoryImportIn = log.typed.add;
export const listHistoryImportsIn = log.typed.list;
export const getHistoryImportIn = log.typed.get;

/** The report a counselor keeps: a summary, the rejected rows with their reasons, the courses to match. */
export function historyReportTable(report: HistoryImportReport): ExportTable[] {
  const { counts } = report;
  return [
    {
      sheetName: 'Summary',
      columns: [{ header: 'What', width: 40 }, { header: 'Count', width: 12 }],
      rows: [
        ['File', report.fileName],
        ['Imported at', report.importedAt],
        ['Students', counts.students],
        ['New transcript rows', counts.added],
        ['Changed transcript rows', counts.updated],
        ['Unchanged transcript rows', counts.unchanged],
        ['Missing from this file (kept, flagged)', counts.missing],
        ['Rejected rows', counts.rejected],
        ['Courses the catalog does not know', report.unmatched.length],
        ['Backup taken before the import', report.backupPath ?? 'none (nothing to change)'],
      ],
    },
    {
      sheetName: 'Rejected rows',
      columns: [{ header: 'Row', width: 8 }, { header: 'Column', width: 24 }, { header: 'Value', width: 30 }, { header: 'Reason', width: 80 }],
      rows: report.rejected.map((r) => [r.row, r.column, r.value, r.reason]),
    },
    {
      sheetName: 'Unmatched courses',
      columns: [{ header: 'Course number', width: 16 }, { header: 'Title', width: 40 }, { header: 'Students', width: 10 }, { header: 'Credit type', width: 14 }, { header: 'Counts toward', width: 20 }],
      rows: report.unmatched.map((u) => [u.courseNumber, u.title, u.students, u.creditType ?? '', u.area]),
    },
  ];
}
