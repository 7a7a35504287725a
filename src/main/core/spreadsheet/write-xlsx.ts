import { PassThrough } from 'node:stream';
import { loadExcelJS } from './exceljs-load';
import type { ExportTable } from './export-table';

/**
 * .xlsx through exceljs's streaming writer (the full writer takes 4–5× the memory for large
 * sheets). Text cells are written as text with the '@' format so a student number like 000123 is
 * never turned into a number by Excel; dates are real dates at UTC midnight shown as YYYY-MM-DD.
 * exceljs is loaded on first use (it costs ~400 ms to require), the one copy the roster reader uses.
 */
export async function writeXlsx(tables: ExportTable[]): Promise<Buffer> {
  const ExcelJS = loadExcelJS();
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Counselor Workstation';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(10, c.header.length + 2) }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (const cells of table.rows) {
      const row = sheet.addRow(
        cells.map((cell) => {
          if (cell === null) return null;
          if (typeof cell === 'object') return new Date(`${cell.date}T00:00:00Z`);
          return cell;
        }),
      );
      cells.forEach((cell, i) => {
        if (typeof cell === 'string') row.getCell(i + 1).numFmt = '@';
        else if (cell !== null && typeof cell === 'object') row.getCell(i + 1).numFmt = 'yyyy-mm-dd';
      });
      row.commit();
    }
    sheet.commit();
  }
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}
