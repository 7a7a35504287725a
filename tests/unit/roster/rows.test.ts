import { describe, expect, it } from 'vitest';
import { findHeaderRow } from '../../../src/main/core/roster/header';
import { applyOverrides, autoMap } from '../../../src/main/core/roster/mapping';
import { toStudentRows } from '../../../src/main/core/roster/rows';
import type { CellTable, OversizedCell } from '../../../src/main/core/spreadsheet/table';

const TODAY = '2026-11-22';

async function check(rows: string[][], opts: { oversized?: OversizedCell[]; overrides?: Record<string, string> } = {}) {
  const table: CellTable = { fileName: 'roster.csv', sheetName: null, rows, rowNumbers: rows.map((_, i) => i + 1), oversized: opts.oversized ?? [] };
  const header = findHeaderRow(table);
  let mapping = autoMap(header.headers);
  if (opts.overrides) mapping = applyOverrides(mapping, header.headers, opts.overrides);
  return toStudentRows(table, header.index, mapping, { today: TODAY });
}

const HEADER = ['Student Number', 'Last Name', 'First Name', 'Grade'];

describe('typed rows with row-level errors', async () => {
  it('builds each student, status active, grade and class year from each other', async () => {
    const result = await check([HEADER, ['000123', 'Peña', 'José', '9']]);
    expect(result.rows).toEqual([{
      rowNumber: 2,
      student: {
        studentNumber: '000123', firstName: 'José', middleName: null, lastName: 'Peña', preferredName: null, grade: 9, classYear: 2030,
        dateOfBirth: null, email: null, counselor: null, homeroom: null, homeLanguage: null, guardians: [], status: 'active',
      },
    }]);
  });

  it('rejects every problem of a row at once, and still takes the good rows', async () => {
    const result = await check([
      ['Student Number', 'Last Name', 'First Name', 'Grade', 'DOB', 'Email'],
      ['1', 'Ames', 'Ava', '15', '2/30/2010', 'ava'],
      ['2', 'Bell', 'Ben', '10', '', ''],
    ]);
    expect(result.rows.map((r) => r.rowNumber)).toEqual([3]);
    expect(result.rejected).toEqual([
      { row: 2, column: 'Grade', value: '15', reason: 'Grade "15" is not a high-school grade (6–12).' },
      { row: 2, column: 'DOB', value: '2/30/2010', reason: 'Birth date "2/30/2010" is not a real date on the calendar.' },
      { row: 2, column: 'Email', value: 'ava', reason: 'Email "ava" is not an email address.' },
    ]);
  });

  it('a student number on three rows rejects all three, each naming the others', async () => {
    const result = await check([HEADER, ['7', 'Ames', 'Ava', '9'], ['8', 'Bell', 'Ben', '9'], ['7', 'Cruz', 'Cy', '9'], ['7', 'Diaz', 'Di', '9']]);
    expect(result.rows.map((r) => r.student.studentNumber)).toEqual(['8']);
    expect(result.duplicates).toEqual([{ studentNumber: '7', rows: [2, 4, 5] }]);
    expect(result.rejected.map((r) => r.reason)).toEqual([
      'Student number 7 also appears on rows 4 and 5; fix one of them and import again.',
      'Student number 7 also appears on rows 2 and 5; fix one of them and import again.',
      'Student number 7 also appears on rows 2 and 4; fix one of them and import again.',
    ]);
  });

  it('splits a combined name, and says so when it cannot', async () => {
    const result = await check([['Student Number', 'Student Name', 'Grade'], ['1', 'Peña, José A.', '9'], ['2', 'Cher', '10']]);
    expect(result.rows[0]!.student).toMatchObject({ lastName: 'Peña', firstName: 'José', middleName: 'A.' });
    expect(result.rejected).toEqual([
      { row: 3, column: 'Student Name', value: 'Cher', reason: 'Student name "Cher" does not have both a last and a first name; write it as "Last, First".' },
    ]);
  });

  it('fills a missing first or last name from the combined column when both exist', async () => {
    const result = await check([['Student Number', 'First Name', 'Last Name', 'LastFirst'], ['1', '', '', 'Ames, Ava'], ['2', 'Ben', '', '']]);
    expect(result.rows[0]!.student).toMatchObject({ firstName: 'Ava', lastName: 'Ames' });
    expect(result.rejected).toEqual([{ row: 3, column: 'Last Name', value: '', reason: 'This row has no last name.' }]);
  });

  it('derives the grade from the class year and rejects a class that is not in grades 6–12 this year', async () => {
    const result = await check([['Student Number', 'Name', 'Class Of'], ['1', 'Ames, Ava', '2028'], ['2', 'Bell, Ben', '2020']]);
    expect(result.rows[0]!.student).toMatchObject({ grade: 11, classYear: 2028 });
    expect(result.rejected).toEqual([
      { row: 3, column: 'Class Of', value: '2020', reason: 'Class year 2020 is not a class in grades 6–12 during the 2026–27 school year.' },
    ]);
  });

  it('keeps parents\' details, labelling a parent the file gives no name for', async () => {
    const result = await check([
      ['Student Number', 'Name', 'Parent Name', 'Parent Email', 'Guardian 2 Phone'],
      ['1', 'Ames, Ava', 'Ann Ames', 'ann@example.org', '608-555-0100'],
      ['2', 'Bell, Ben', '', 'bell@example.org', ''],
    ]);
    expect(result.rows[0]!.student.guardians).toEqual([
      { name: 'Ann Ames', relationship: null, email: 'ann@example.org', phone: null, preferredLanguage: null },
      { name: 'Second parent/guardian', relationship: null, email: null, phone: '608-555-0100', preferredLanguage: null },
    ]);
    expect(result.rows[1]!.student.guardians).toEqual([{ name: 'Parent/guardian', relationship: null, email: 'bell@example.org', phone: null, preferredLanguage: null }]);
  });

  it('text that looks like a formula is kept as the text it is', async () => {
    const result = await check([HEADER, ['1', '+1', '=HYPERLINK("http://x","y")', '9'], ['2', '@SUM(1)', '-Ann', '9']]);
    expect(result.rows.map((r) => [r.student.lastName, r.student.firstName])).toEqual([['+1', '=HYPERLINK("http://x","y")'], ['@SUM(1)', '-Ann']]);
  });

  it('rejects over-long values instead of letting the store refuse the whole import', async () => {
    const result = await check([HEADER, ['1'.repeat(33), 'Ames', 'Ava', '9'], ['2', 'x'.repeat(201), 'Ben', '9']]);
    expect(result.rejected.map((r) => [r.row, r.column])).toEqual([[2, 'Student Number'], [3, 'Last Name']]);
    expect(result.rejected[1]!.reason).toBe('Last name is 201 characters long; at most 200 fit.');
    expect(result.rejected[1]!.value.endsWith('…')).toBe(true);
  });

  it('rejects the row whose cell the reader emptied for being too long', async () => {
    const oversized = [{ rowNumber: 3, column: 4, length: 2_000_000, preview: 'yyyy' }];
    const result = await check([[...HEADER, 'Note'], ['1', 'Ames', 'Ava', '9', 'ok'], ['2', 'Bell', 'Ben', '9', '']], { oversized });
    expect(result.rows.map((r) => r.rowNumber)).toEqual([2]);
    expect(result.rejected).toEqual([{ row: 3, column: 'Note', value: 'yyyy…', reason: 'This cell holds 2,000,000 characters, more than a spreadsheet cell can (32,767); shorten it and import again.' }]);
  });
});

describe('rows that are not students', async () => {
  it('blank rows are skipped without a word', async () => {
    const result = await check([HEADER, ['', '', '', ''], ['1', 'Ames', 'Ava', '9'], ['  ', '']]);
    expect(result.rows).toHaveLength(1);
    expect(result.rejected).toEqual([]);
    expect(result.skipped).toEqual([]);
  });

  it('footers and repeated page headers are listed as skipped, not rejected', async () => {
    const result = await check([
      HEADER,
      ['1', 'Ames', 'Ava', '9'],
      ['Student Number', 'Last Name', 'First Name', 'Grade'],
      ['2', 'Bell', 'Ben', '10'],
      ['Total: 2 students', '', '', ''],
      ['', 'Printed 11/20/2026', '', 'Page 2'],
      ['', '', 'Grand total 2', ''],
    ]);
    expect(result.rows).toHaveLength(2);
    expect(result.rejected).toEqual([]);
    expect(result.skipped.map((s) => [s.row, s.why])).toEqual([[3, 'repeated_header'], [5, 'footer'], [6, 'footer'], [7, 'footer']]);
  });

  it('a row with a name but no number, or three filled cells, is a student with something missing', async () => {
    const result = await check([HEADER, ['', 'Ames', '', ''], ['', '', '', '9'], ['', 'x', 'y', '9']]);
    expect(result.rejected.map((r) => [r.row, r.reason])).toEqual([
      [2, 'This row has no student number.'],
      [2, 'This row has no first name.'],
      [4, 'This row has no student number.'],
    ]);
    expect(result.skipped.map((s) => s.row)).toEqual([3]);
  });

  it('a header with nothing under it is an error the counselor can act on', async () => {
    await expect(check([HEADER, ['', '', '', ''], ['Total: 0 students']])).rejects.toThrow(
      '"roster.csv" has a header row but no students below it; export the roster again with the students included.',
    );
  });

  it('the user can point student numbers at another column', async () => {
    const result = await check([['ID', 'Local Code', 'Name'], ['55', 'A-1', 'Ames, Ava']], { overrides: { studentNumber: 'Local Code' } });
    expect(result.rows[0]!.student.studentNumber).toBe('A-1');
  });
});
