import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRoster } from '../../../src/main/core/roster/read-roster';
import { readTable } from '../../../src/main/core/spreadsheet/read';
import { writeXlsx } from '../../../src/main/core/spreadsheet/write-xlsx';
import { CounselorError, type ErrorCode } from '../../../src/shared/errors';
import { buildZip, deflateChunks, sheetXml, workbookParts } from './zip-builder';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'roster');
const TODAY = '2026-11-22';
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

async function refusal(promise: Promise<unknown>): Promise<CounselorError> {
  const outcome = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(outcome, 'the file should have been refused').toBeInstanceOf(CounselorError);
  return outcome as CounselorError;
}

/** One sentence: names the file, says what is wrong and, after a semicolon or period, what to do. */
function expectSentence(error: CounselorError, code: ErrorCode, fileName: string, what: RegExp, todo: RegExp): void {
  expect(error.code).toBe(code);
  expect(error.message).toContain(`"${fileName}"`);
  expect(error.message).toMatch(what);
  expect(error.message).toMatch(todo);
  expect(error.message.trim().endsWith('.')).toBe(true);
}

describe('broken and hostile files each get one clear sentence, within seconds', () => {
  const cases: [string, ErrorCode, RegExp, RegExp][] = [
    ['truncated.xlsx', 'file_unreadable', /incomplete/, /download it again/],
    ['png-renamed.xlsx', 'file_unreadable', /PNG image, not a spreadsheet/, /export the roster/],
    ['legacy.xls', 'file_unreadable', /old-format Excel file \(\.xls\)/, /save it as \.xlsx or \.csv/],
    ['protected.xlsx', 'file_unreadable', /protected with a password/, /remove the password/],
    ['html-saved.xls', 'file_unreadable', /web page \(HTML\)/, /save it as \.xlsx or \.csv/],
    ['spreadsheet-2003.xls', 'file_unreadable', /XML Spreadsheet 2003/, /save it as \.xlsx or \.csv/],
    ['roster.ods', 'file_unreadable', /OpenDocument spreadsheet/, /save it as \.xlsx or \.csv/],
    ['not-a-workbook.xlsx', 'file_unreadable', /Word document/, /export the roster/],
    ['report.pdf', 'file_unreadable', /PDF document/, /export the roster/],
    ['garbage.csv', 'file_unreadable', /binary data/, /export the roster/],
    ['empty.csv', 'file_unreadable', /is empty/, /export the roster again/],
    ['headers-only.csv', 'invalid_input', /has a header row but no students/, /export the roster again/],
    ['headers-only.xlsx', 'invalid_input', /has a header row but no students/, /export the roster again/],
  ];
  for (const [name, code, what, todo] of cases) {
    it(`refuses ${name}`, { timeout: 5_000 }, async () => {
      const error = await refusal(readRoster(fixture(name), name, { today: TODAY }));
      expectSentence(error, code, name, what, todo);
    });
  }

  it('names the file but not the folders it sits in', { timeout: 5_000 }, async () => {
    const error = await refusal(readTable(fixture('legacy.xls'), '/home/ms.alvarez/Downloads/legacy.xls'));
    expect(error.message.startsWith('"legacy.xls" is')).toBe(true);
    expect(error.message).not.toContain('ms.alvarez');
  });

  it('refuses a file with no student-number column, listing the columns it found', { timeout: 5_000 }, async () => {
    const error = await refusal(readRoster(fixture('no-student-number.csv'), 'no-student-number.csv', { today: TODAY }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      '"no-student-number.csv": no column holds student numbers. Columns found: Name, Grade, DOB. Add a column named "Student Number", or choose the column that holds them (on the command line: --map studentNumber=<header>).',
    );
  });

  it('rejects the row with a 2 MB cell, names its row and column, and imports the others', { timeout: 10_000 }, async () => {
    const result = await readRoster(fixture('big-cell.xlsx'), 'big-cell.xlsx', { today: TODAY });
    expect(result.rows.map((r) => r.student.studentNumber)).toEqual(['101', '103']);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({ row: 3, column: 'Note' });
    expect(result.rejected[0]!.reason).toMatch(/2,000,000 characters.*32,767/);
    expect(result.rejected[0]!.value.length).toBeLessThan(100);
  });

  it('does the same for a 2 MB cell in a CSV', { timeout: 10_000 }, async () => {
    const csv = `Student Number,Last Name,First Name,Note\n1,Ames,Ava,ok\n2,Bell,Ben,"${'y'.repeat(2_000_000)}"\n3,Cruz,Cy,ok\n`;
    const result = await readRoster(Buffer.from(csv), 'notes.csv', { today: TODAY });
    expect(result.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(result.rejected).toMatchObject([{ row: 3, column: 'Note' }]);
  });

  it('refuses a zip bomb by its declared size without inflating it', { timeout: 20_000 }, async () => {
    const zeros = Buffer.alloc(1024 * 1024);
    const { compressed, size } = await deflateChunks(Array.from({ length: 300 }, () => zeros));
    expect(size).toBe(300 * 1024 * 1024);
    const bomb = buildZip(workbookParts({ name: 'sheet', compressed, size, crc: 0 }));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const error = await refusal(readTable(bomb, 'bomb.xlsx'));
    expectSentence(error, 'file_unreadable', 'bomb.xlsx', /more than 200 MB/, /check that it is the right file/);
  });

  it('refuses a zip bomb that lies about its size, stopping at the size it declared', { timeout: 20_000 }, async () => {
    const zeros = Buffer.alloc(1024 * 1024);
    const { compressed } = await deflateChunks(Array.from({ length: 300 }, () => zeros));
    const liar = buildZip(workbookParts({ name: 'sheet', compressed, size: 1024 * 1024, crc: 0 }));
    const error = await refusal(readTable(liar, 'liar.xlsx'));
    expectSentence(error, 'file_unreadable', 'liar.xlsx', /damaged/, /export or download it again/);
  });

  it('refuses a sheet with more than 2,000,000 cells, counted as the reader builds its rows', { timeout: 30_000 }, async () => {
    function* rows() {
      const perChunk = 2_000;
      for (let start = 1; start <= 210_000; start += perChunk) {
        let xml = start === 1 ? '<worksheet><sheetData>' : '';
        for (let r = start; r < start + perChunk; r++) {
          xml += `<row r="${r}">`;
          for (let c = 0; c < 10; c++) xml += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${c}</v></c>`;
          xml += '</row>';
        }
        yield Buffer.from(xml);
      }
      yield Buffer.from('</sheetData></worksheet>');
    }
    const { compressed, size } = await deflateChunks(rows());
    expect(size).toBeLessThan(200 * 1024 * 1024);
    const big = buildZip(workbookParts({ name: 'sheet', compressed, size, crc: 0 }));
    const error = await refusal(readTable(big, 'district.xlsx'));
    expectSentence(error, 'file_unreadable', 'district.xlsx', /more than 2,000,000 cells/, /delete the sheets and columns you do not need/);
  });

  it('counts the cells of a sheet passed over on the way to the one asked for', async () => {
    const table = (sheetName: string, rows: number) => ({ sheetName, columns: [{ header: 'A' }, { header: 'B' }], rows: Array.from({ length: rows }, (_, i) => [`a${i}`, `b${i}`]) });
    const book = await writeXlsx([table('Notes', 40), table('Roster', 2)]);
    // 41 rows × 2 cells in the sheet passed over: over a cap of 60, though the sheet asked for holds 6.
    const error = await refusal(readTable(book, 'two-sheets.xlsx', { sheet: 'Roster', maxCells: 60 }));
    expectSentence(error, 'file_unreadable', 'two-sheets.xlsx', /more than 60 cells/, /delete the sheets and columns you do not need/);
    await expect(readTable(book, 'two-sheets.xlsx', { sheet: 'Roster', maxCells: 100 })).resolves.toMatchObject({ sheetName: 'Roster' });
  });

  it('refuses a sheet cut off in the middle even when the zip around it is whole', { timeout: 5_000 }, async () => {
    const whole = sheetXml([['Student Number', 'Last Name', 'First Name'], ['1', 'Ames', 'Ava'], ['2', 'Bell', 'Ben']]);
    const cut = whole.subarray(0, whole.indexOf('<row r="3"') + 20);
    const error = await refusal(readTable(buildZip(workbookParts({ name: 'sheet', data: cut })), 'cut.xlsx'));
    expectSentence(error, 'file_unreadable', 'cut.xlsx', /damaged/, /export or download it again/);
  });

  it('wraps an XML error inside a sheet as a damaged-file sentence, with no unhandled rejection', { timeout: 5_000 }, async () => {
    const broken = Buffer.from('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row r="2"><<<</sheetData></worksheet>');
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const error = await refusal(readTable(buildZip(workbookParts({ name: 'sheet', data: broken })), 'broken.xlsx'));
      expectSentence(error, 'file_unreadable', 'broken.xlsx', /damaged/, /save it as \.xlsx/);
      await new Promise((r) => setTimeout(r, 200));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('refuses a zip with an entry hidden from its directory, which exceljs would still read', { timeout: 5_000 }, async () => {
    const parts = workbookParts({ name: 'sheet', data: sheetXml([['Student Number', 'Name'], ['1', 'Ames, Ava']]) });
    const hidden = { name: 'xl/worksheets/sheet1.xml', data: sheetXml([['Student Number', 'Name'], ['666', 'Smuggled, Row']]), hidden: true };
    const smuggled = buildZip([...parts.slice(0, 4), hidden, parts[4]!]);
    const error = await refusal(readTable(smuggled, 'smuggled.xlsx'));
    expectSentence(error, 'file_unreadable', 'smuggled.xlsx', /damaged/, /export or download it again/);
  });

  it('refuses a zip shifted by leading junk', { timeout: 5_000 }, async () => {
    const good = buildZip(workbookParts({ name: 'sheet', data: sheetXml([['Student Number', 'Name'], ['1', 'Ames, Ava']]) }));
    const shifted = Buffer.concat([Buffer.from('PK\x03\x04 junk'), good]);
    const error = await refusal(readTable(shifted, 'shifted.xlsx'));
    expectSentence(error, 'file_unreadable', 'shifted.xlsx', /damaged/, /export or download it again/);
  });

  it('reads the same hand-built workbook when nothing is hidden (the builder itself is sound)', { timeout: 5_000 }, async () => {
    const good = buildZip(workbookParts({ name: 'sheet', data: sheetXml([['Student Number', 'Name'], ['1', 'Ames, Ava']]) }));
    const table = await readTable(good, 'good.xlsx');
    expect(table.rows).toEqual([['Student Number', 'Name'], ['1', 'Ames, Ava']]);
  });
});
