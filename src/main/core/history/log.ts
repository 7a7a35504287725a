import type { Database as Db } from 'better-sqlite3';
import type { HistoryImportReport } from '../../../shared/domain/history';
import { CounselorError } from '../../../shared/errors';
import type { ExportTable } from '../spreadsheet/export-table';

/** The course history import log (history_import), written inside the import's transaction. */
export function logHistoryImport(db: Db, report: Omit<HistoryImportReport, 'importId'>): number {
  const { fileName, importedAt, backupPath, ...rest } = report;
  const info = db
    .prepare('INSERT INTO history_import (file_name, imported_at, backup_path, report) VALUES (?, ?, ?, ?)')
    .run(fileName, importedAt, backupPath, JSON.stringify(rest));
  return Number(info.lastInsertRowid);
}

interface LogRow {
  id: number;
  file_name: string;
  imported_at: string;
  backup_path: string | null;
  report: string;
}

function toReport(r: LogRow): HistoryImportReport {
  const rest = JSON.parse(r.report) as Pick<HistoryImportReport, 'counts' | 'rejected' | 'unmatched'>;
  return { importId: r.id, fileName: r.file_name, importedAt: r.imported_at, backupPath: r.backup_path, ...rest };
}

export function listHistoryImports(db: Db): HistoryImportReport[] {
  return (db.prepare('SELECT * FROM history_import ORDER BY id DESC').all() as LogRow[]).map(toReport);
}

export function getHistoryImport(db: Db, importId: number): HistoryImportReport {
  const row = db.prepare('SELECT * FROM history_import WHERE id = ?').get(importId) as LogRow | undefined;
  if (!row) throw new CounselorError('not_found', `There is no course history import number ${importId} in the import log.`);
  return toReport(row);
}

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
