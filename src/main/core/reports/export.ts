import type { Report, ReportFormat } from '../../../shared/domain/report';
import Papa from 'papaparse';
import { FORMULA_TRIGGER } from '../spreadsheet/formula-escape';
import { writeXlsx } from '../spreadsheet/write-xlsx';
import { exportTables } from './tables';

/**
 * A report as a file for the rest of the school: .xlsx with a sheet per table; .csv with each
 * table under its title (a line of its own, then its header row), tables apart by a blank line;
 * a one-page PDF with the chart and the first table (reports/pdf.ts).
 */
export async function reportFile(report: Report, format: ReportFormat): Promise<Buffer> {
  if (format === 'xlsx') return writeXlsx(exportTables(report));
  if (format === 'csv') return reportCsv(report);
  const { reportPdf } = await import('./pdf');
  return reportPdf(report);
}

/** One CSV of every table: Papa's formula escape (our pattern, as write-csv.ts), a BOM for Excel on Windows. */
function reportCsv(report: Report): Buffer {
  const lines: (string | number | null)[][] = [[report.title], [report.scope], []];
  exportTables(report).forEach((table, i) => {
    lines.push([report.tables[i]!.title], table.columns.map((c) => c.header));
    for (const row of table.rows) lines.push(row.map((cell) => (cell !== null && typeof cell === 'object' ? cell.date : cell)));
    lines.push([]);
  });
  const text = Papa.unparse(lines, { escapeFormulae: FORMULA_TRIGGER, newline: '\r\n' });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${text}\r\n`, 'utf8')]);
}

export function reportFileName(report: Report, format: ReportFormat): string {
  return `report-${report.name}-${report.madeOn}.${format}`;
}
