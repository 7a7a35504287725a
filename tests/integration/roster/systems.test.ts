import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRoster, type RosterReading } from '../../../src/main/core/roster/read-roster';
import { Student } from '../../../src/shared/domain/student';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'roster');
const TODAY = '2026-11-22'; // school year 2026–27: grade 9 is the class of 2030

async function read(name: string, opts: { sheet?: string; overrides?: Record<string, string> } = {}): Promise<RosterReading> {
  const result = await readRoster(readFileSync(join(FIXTURES, name)), name, { today: TODAY, ...opts });
  // What comes out is what the store accepts, unchanged by the schema's own trimming.
  for (const row of result.rows) expect(Student.parse(row.student)).toEqual(row.student);
  return result;
}

function byNumber(result: RosterReading): Map<string, Student> {
  return new Map(result.rows.map((r) => [r.student.studentNumber, r.student]));
}

describe('real exports in each system\'s shape import with every student right', () => {
  it('PowerSchool CSV: Student_Number over the internal ID, LastFirst split, leading zeros kept, M/D/YYYY birth dates', async () => {
    const result = await read('powerschool.csv');
    expect(result.header.headers[result.mapping.columns.studentNumber!]).toBe('Student_Number');
    expect(result.rejected).toEqual([]);
    const students = byNumber(result);
    expect([...students.keys()]).toEqual(['000123', '000124', '100107', '000125']);
    expect(students.get('000123')).toMatchObject({
      lastName: 'García López', firstName: 'María José', middleName: null, grade: 9, classYear: 2030,
      dateOfBirth: '2011-03-04', homeroom: '101', counselor: 'Ms. Alvarez',
      guardians: [{ name: 'Parent/guardian', email: 'maria.lopez@example.org' }],
    });
    expect(students.get('000124')).toMatchObject({ lastName: 'King Jr.', firstName: 'Martin', middleName: 'L.', dateOfBirth: '2008-12-31' });
    expect(students.get('100107')).toMatchObject({ lastName: 'Nguyễn', firstName: 'Thị Ánh' });
    expect(students.get('000125')).toMatchObject({ lastName: "O'Brien", firstName: 'Siobhán', dateOfBirth: '2012-02-29' });
    expect(result.columns.find((c) => c.header === 'ID')).toMatchObject({ field: null, samples: ['4521', '4522', '4523'] });
  });

  it('Infinite Campus CSV with a UTF-8 byte order mark: first header read cleanly, 09 is grade 9', async () => {
    const result = await read('infinite-campus.csv');
    expect(result.header.headers[0]).toBe('studentNumber');
    expect(result.rejected).toEqual([]);
    const students = byNumber(result);
    expect(students.get('200301')).toMatchObject({ lastName: 'Peña', firstName: 'José', middleName: 'Luis', grade: 9, dateOfBirth: '2011-04-15', counselor: 'Alvarez, Rosa', homeroom: 'Room 12' });
    expect(students.get('200302')).toMatchObject({ lastName: 'Müller', firstName: 'Zoë', middleName: null });
    expect(students.get('200303')).toMatchObject({ firstName: 'Mary Kate', middleName: 'A' });
  });

  it('Skyward xlsx: skips the empty cover sheet, title rows, the print line and the blank row; footer left out', async () => {
    const result = await read('skyward.xlsx');
    expect(result.sheetName).toBe('Student Profile');
    expect(result.header.rowNumber).toBe(4);
    expect(result.rejected).toEqual([]);
    expect(result.skipped).toEqual([{ row: 10, why: 'footer', text: 'Total: 4 students' }]);
    const students = byNumber(result);
    expect([...students.keys()]).toEqual(['100234', '100235', '100236', '100237']);
    expect(students.get('100234')).toMatchObject({ lastName: 'Peña', firstName: 'José', middleName: 'A.', grade: 9, classYear: 2030, counselor: 'Alvarez, Rosa', dateOfBirth: '2011-03-04', homeLanguage: 'Spanish' });
    expect(students.get('100235')).toMatchObject({ lastName: 'Müller', firstName: 'Zoë', dateOfBirth: '2010-11-02' });
    expect(students.get('100236')).toMatchObject({ lastName: 'King Jr.', firstName: 'Martin', middleName: 'L.', dateOfBirth: '2008-12-31' });
    expect(students.get('100237')).toMatchObject({ lastName: 'García López', firstName: 'María José' });
  });

  it('Skyward xlsx: a named sheet is read instead, and a missing one lists the sheets there are', async () => {
    await expect(read('skyward.xlsx', { sheet: 'notes' })).rejects.toThrow(/no column holds student numbers\. Columns found: Note, Author/);
    await expect(read('skyward.xlsx', { sheet: 'Roster' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: '"skyward.xlsx" has no sheet named "Roster"; its sheets are "Cover", "Student Profile", "Notes". Choose one of those.',
    });
  });

  it('Synergy TSV: Perm ID is the student number', async () => {
    const result = await read('synergy.tsv');
    expect(result.rejected).toEqual([]);
    expect(byNumber(result).get('300402')).toMatchObject({ lastName: 'White Eagle', firstName: 'Aiyana', grade: 9, dateOfBirth: '2011-09-12', homeroom: '105' });
  });

  it('Clever CSV: student_number over sis_id, dotted name columns', async () => {
    const result = await read('clever.csv');
    expect(result.header.headers[result.mapping.columns.studentNumber!]).toBe('student_number');
    expect(byNumber(result).get('400502')).toMatchObject({ firstName: 'Lena', middleName: 'Marie', lastName: 'Ortiz', grade: 11, classYear: 2028, dateOfBirth: '2009-12-12', email: 'lena.ortiz@students.example.org' });
  });

  it('Excel\'s Windows-1252 CSV: José, Peña, Zoë, Müller and a curly apostrophe come out as written', async () => {
    const result = await read('excel-1252.csv');
    expect(result.rejected).toEqual([]);
    const students = byNumber(result);
    expect(students.get('500601')).toMatchObject({ firstName: 'José', lastName: 'Peña', guardians: [{ name: 'Ana Peña', email: 'ana.pena@example.org' }] });
    expect(students.get('500602')).toMatchObject({ firstName: 'Zoë', lastName: 'Müller', guardians: [{ name: 'Jürgen Müller' }] });
    expect(students.get('500603')).toMatchObject({ firstName: 'Renée', lastName: 'D\u2019Angelo', guardians: [] });
  });

  it('Excel\'s "Unicode Text" (UTF-16LE, tabs): Vietnamese and Chinese names survive', async () => {
    const result = await read('unicode-text.txt');
    const students = byNumber(result);
    expect(students.get('600701')).toMatchObject({ lastName: 'Nguyễn', firstName: 'Thị Ánh' });
    expect(students.get('600702')).toMatchObject({ lastName: '李', firstName: '小龙' });
  });

  it('semicolon- and pipe-delimited files', async () => {
    const semicolon = await read('semicolon.csv');
    expect(byNumber(semicolon).get('700801')).toMatchObject({ lastName: 'García López, María', firstName: 'Ana' });
    const pipe = await read('pipe.txt');
    expect(pipe.rejected).toEqual([]);
    const students = byNumber(pipe);
    expect(students.get('800901')).toMatchObject({ grade: 10, classYear: 2029 });
    expect(students.get('800902')).toMatchObject({ grade: 11, classYear: 2028 });
    expect(students.get('800903')).toMatchObject({ grade: 12, classYear: 2027 });
  });

  it('xlsx cells: rich text, hyperlink, formula results, dates, numeric and text IDs, formula-looking text', async () => {
    const result = await read('cells.xlsx');
    expect(result.rejected).toEqual([]);
    const students = byNumber(result);
    expect([...students.keys()]).toEqual(['100000', '000123', '000124', '100001', '100002']);
    expect(students.get('100000')).toMatchObject({ firstName: 'María', lastName: 'Peña', dateOfBirth: '2010-03-04', email: 'maria.pena@example.org', counselor: 'Ms. Alvarez' });
    expect(students.get('000123')).toMatchObject({ firstName: 'Zoë', lastName: 'Müller', grade: 10, dateOfBirth: '2010-11-02', email: 'zoe@example.org' });
    expect(students.get('000124')).toMatchObject({ firstName: '=HYPERLINK("http://x.example","Bob")', lastName: '+1', counselor: '@SUM(1)', dateOfBirth: '2009-05-06' });
    expect(students.get('100001')).toMatchObject({ dateOfBirth: '2008-01-15' });
  });

  it('the header-only cells the reader does not map still arrive as written', async () => {
    const result = await read('cells.xlsx');
    const note = result.columns.find((c) => c.header === 'Note')!;
    expect(note.field).toBeNull();
    expect(note.samples).toEqual(['TRUE', '3.5', '123456789012345680000']);
  });
});

describe('a hand-kept spreadsheet: every row checked, the good ones go through', () => {
  it('imports the good rows and rejects each bad one with its row, column, value and reason', async () => {
    const result = await read('hand-kept.csv');
    expect(result.header.rowNumber).toBe(4);
    const students = byNumber(result);
    expect(students.get('900001')).toMatchObject({ grade: 9, classYear: 2030, dateOfBirth: '2011-03-04' });
    expect(students.get('900002')).toMatchObject({ grade: 9, dateOfBirth: '2011-03-04' });
    expect(students.get('900003')).toMatchObject({ grade: 10 });
    expect(students.get('900004')).toMatchObject({ grade: 10, classYear: 2029 });
    expect(students.get('900005')).toMatchObject({ firstName: '=HYPERLINK("http://x.example","Bob")', grade: 11 });
    expect(students.get('900006')).toMatchObject({ lastName: '+1', firstName: '@SUM(1)', grade: 12 });
    expect(students.get('900014')).toMatchObject({ lastName: 'Lopez' });
    expect(result.rejected).toEqual([
      { row: 11, column: 'Grade', value: '15', reason: 'Grade "15" is not a high-school grade (6–12).' },
      { row: 12, column: 'Grade', value: 'K', reason: 'Grade "K" is not a high-school grade (6–12).' },
      { row: 13, column: 'Birth Date', value: '2/30/2010', reason: 'Birth date "2/30/2010" is not a real date on the calendar.' },
      { row: 14, column: 'Email', value: 'not-an-email', reason: 'Email "not-an-email" is not an email address.' },
      { row: 15, column: 'Student ID', value: '', reason: 'This row has no student number.' },
      { row: 16, column: 'First Name', value: '', reason: 'This row has no first name.' },
      { row: 16, column: 'Last Name', value: '', reason: 'This row has no last name.' },
      { row: 17, column: 'Student ID', value: '900013', reason: 'Student number 900013 also appears on row 18; fix one of them and import again.' },
      { row: 18, column: 'Student ID', value: '900013', reason: 'Student number 900013 also appears on row 17; fix one of them and import again.' },
    ]);
    expect(result.duplicates).toEqual([{ studentNumber: '900013', rows: [17, 18] }]);
    expect(result.skipped).toEqual([
      { row: 20, why: 'repeated_header', text: 'Student ID | Last Name | First Name | Grade | Class Of | Birth Date | Email | Counselor' },
      { row: 23, why: 'footer', text: 'Total: 15 students' },
    ]);
    expect(result.rows).toHaveLength(7);
  });

  it('a remembered mapping is found by the header layout, and --map choices win over it', async () => {
    const first = await read('hand-kept.csv');
    const remembered = new Map([[first.mappingKey, { counselor: '' }]]);
    const again = await readRoster(readFileSync(join(FIXTURES, 'hand-kept.csv')), 'hand-kept.csv', {
      today: TODAY,
      remembered: (key) => remembered.get(key),
      overrides: { email: '' },
    });
    expect(again.mapping.columns.counselor).toBeUndefined();
    expect(again.mapping.columns.email).toBeUndefined();
    expect(byNumber(again).get('900010')).toMatchObject({ counselor: null, email: null });
  });
});
