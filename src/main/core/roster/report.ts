import type { ImportReport } from '../../../shared/domain/roster';
import type { ExportTable } from '../spreadsheet/export-table';

/** The import report a counselor keeps: a summary sheet and the rejected rows with their reasons. */
export function importReportTable(report: ImportReport): ExportTable[] {
  const { counts } = report;
  return [
    {
      sheetName: 'Summary',
      columns: [{ header: 'What', width: 34 }, { header: 'Count', width: 10 }],
      rows: [
        ['File', report.fileName],
        ['Imported at', report.importedAt],
        ['New students', counts.added],
        ['Changed students', counts.updated],
        ['Unchanged students', counts.unchanged],
        ['Marked "not in latest roster"', counts.absent],
        ['Rejected rows', counts.rejected],
        ...(report.renumbered ?? []).map((p): [string, string] => ['Given a new number (plan kept)', `${p.name}: #${p.previousNumber} → #${p.studentNumber}`]),
        ...(report.keptSeparate ?? []).map((p): [string, string] => ['Kept separate (same name, new number)', `${p.name}: #${p.previousNumber}, row ${p.row} #${p.studentNumber}`]),
        ['Backup taken before the import', report.backupPath ?? 'none (nothing to change)'],
      ],
    },
    {
      // By name, so a counselor can see who changed without opening the caseload (capped as the screen's list).
      sheetName: 'Students',
      columns: [
        { header: 'What happened', width: 30 },
        { header: 'Student number', width: 16 },
        { header: 'Name', width: 32 },
        { header: 'Changed', width: 50 },
      ],
      rows: [
        ...(report.students?.added ?? []).map((s) => ['New student', s.studentNumber, s.name, '']),
        ...(report.students?.changed ?? []).map((s) => ['Changed', s.studentNumber, s.name, s.fields.join(', ')]),
        ...(report.students?.absent ?? []).map((s) => ['Marked "not in latest roster"', s.studentNumber, s.name, '']),
      ],
    },
    {
      sheetName: 'Rejected rows',
      columns: [
        { header: 'Row', width: 8 },
        { header: 'Column', width: 24 },
        { header: 'Value', width: 30 },
        { header: 'Reason', width: 80 },
      ],
      rows: report.rejected.map((r) => [r.row, r.column, r.value, r.reason]),
    },
  ];
}
