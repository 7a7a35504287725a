import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTable } from '../../../src/main/core/spreadsheet/read';
import { buildZip, sheetXml, workbookParts } from './zip-builder';

/**
 * Two exceljs 4.4.0 streaming-reader bugs the roster reader works around. The "original" tests
 * pin the upstream behaviour: when one starts failing, exceljs has fixed it and the
 * workaround in exceljs-load.ts can go.
 */
const require = createRequire(import.meta.url);
const root = dirname(require.resolve('exceljs'));
const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'roster');

/** exceljs as published, loaded plainly as another part of the app might; the roster reader must cope with that too. */
function loadOriginal(): typeof import('exceljs') {
  const sax = require.cache[join(root, 'lib', 'utils', 'parse-sax.js')];
  if (sax && Object.getOwnPropertySymbols(sax.exports).length > 0) {
    for (const key of Object.keys(require.cache)) if (key.startsWith(root)) delete require.cache[key];
  }
  return require('exceljs') as typeof import('exceljs');
}
const ExcelJS = loadOriginal();

type Row = { values: unknown[] };
async function originalRead(bytes: Buffer): Promise<unknown[][]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore', entries: 'emit' });
  const rows: unknown[][] = [];
  for await (const sheet of reader as unknown as AsyncIterable<AsyncIterable<Row>>) for await (const row of sheet) rows.push(row.values.slice(1));
  return rows;
}

describe('a slow moment while exceljs spools a sheet to disk', () => {
  // exceljs spools a sheet that comes before sharedStrings.xml (Excel's own order) to a temp
  // file; delaying that by 50 ms stands in for a busy machine.
  const tmp = require(require.resolve('tmp', { paths: [root] })) as { file: (cb: unknown) => void };
  const originalFile = tmp.file;
  beforeAll(() => {
    tmp.file = (cb: unknown) => void setTimeout(() => originalFile(cb), 50);
  });
  afterAll(() => {
    tmp.file = originalFile;
  });

  it('makes the original reader skip shared strings and styles silently (upstream bug)', async () => {
    const rows = await originalRead(readFileSync(join(FIXTURES, 'cells.xlsx')));
    expect(rows[0]![0]).toEqual({ sharedString: 0 });
    expect(rows[3]![0]).toBe(124); // the "000000" format was lost with styles.xml
  });

  it('does not stop the roster reader reading every cell as Excel shows it', async () => {
    const table = await readTable(readFileSync(join(FIXTURES, 'cells.xlsx')), 'cells.xlsx');
    expect(table.rows[0]).toEqual(['Student Number', 'First Name', 'Last Name', 'Grade', 'Birth Date', 'Email', 'Counselor', 'Note']);
    expect(table.rows.map((r) => r[0])).toEqual(['Student Number', '100000', '000123', '000124', '100001', '100002']);
  });
});

describe('accented letters across the 16 KB chunks a sheet is inflated in', () => {
  const rows = [['Student Number', 'Last Name', 'First Name']];
  for (let i = 1; i <= 3000; i++) rows.push([String(100000 + i), `Peña Müller ${i}`, `José Zoë Nguyễn ${i}`]);
  const workbook = buildZip(workbookParts({ name: 'sheet', data: sheetXml(rows) }));

  it('come back as "��" from the original reader (upstream bug)', async () => {
    const read = await originalRead(workbook);
    expect(read.flat().some((cell) => typeof cell === 'string' && cell.includes('\uFFFD'))).toBe(true);
  });

  it('come back whole from the roster reader', async () => {
    const table = await readTable(workbook, 'accents.xlsx');
    expect(table.rows).toEqual(rows);
  });
});
