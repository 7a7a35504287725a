import type { Report, ReportFormat } from '../../../shared/domain/report';
import { writeCsv } from '../spreadsheet/write-csv';
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

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function reportCsv(report: Report): Buffer {
  const parts: Buffer[] = [BOM];
  const heading = writeCsv({ sheetName: 'Report', columns: [{ header: report.title }], rows: [[report.scope]] }).subarray(BOM.length);
  parts.push(heading, Buffer.from('\r\n'));
  exportTables(report).forEach((table, i) => {
    const title = writeCsv({ sheetName: table.sheetName, columns: [{ header: report.tables[i]!.title }], rows: [] }).subarray(BOM.length);
    parts.push(title, writeCsv(table).subarray(BOM.length), Buffer.from('\r\n'));
  });
  return Buffer.concat(parts);
}

export function reportFileName(report: Report, format: ReportFormat): string {
  return `report-${report.name}-${report.madeOn}.${format}`;
}
