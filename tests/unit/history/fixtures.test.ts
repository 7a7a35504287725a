import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readZipDirectory } from '../../../src/main/core/spreadsheet/zip-directory';

/**
 * The course history fixtures are what their README and expected.json say: other engineers' tests
 * assert an import against expected.json, so a fixture that drifted from it would make those tests
 * wrong in a way no import bug explains. Credits are summed here from the files' own cells, by
 * each system's rules, independently of the Python that wrote both.
 */
const DIR = join(__dirname, '..', '..', 'fixtures', 'history');

interface ExpectedFile {
  headerRow: number;
  header: string[];
  rows: number;
  students: Record<string, { creditsEarned: number; rows: number }>;
}
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as { files: Record<string, ExpectedFile> };

async function cells(name: string): Promise<string[][]> {
  const bytes = readFileSync(join(DIR, name));
  if (name.endsWith('.xlsx')) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const rows: string[][] = [];
    wb.worksheets[0]!.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = (row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
    });
    return Array.from(rows, (r) => r ?? []);
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { delimiter: name.endsWith('.txt') ? '|' : ',', skipEmptyLines: false }).data.filter(
    (r, i, all) => !(i === all.length - 1 && r.length === 1 && r[0] === ''),
  );
}

/** Per file: the student number column, and the credits a row earns by that system's rules. */
type Row = Record<string, string>;
const earned: Record<string, [string, (r: Row) => number]> = {
  'powerschool-storedgrades.csv': ['STUDENTS.Student_Number', (r) =>
    /^Q/.test(r['STOREDGRADES.StoreCode']!) || r['STOREDGRADES.ExcludeFromTranscripts'] === '1' ? 0 : Number(r['STOREDGRADES.EarnedCrHrs'])],
  'infinite-campus-transcript.csv': ['Student Number', (r) => Number(r['Credits Earned'])],
  'wisedata-course-transcript.xlsx': ['Local Student ID', (r) => (r['Course Attempt Result'] === 'Completed' ? Number(r['Earned Credits']) : 0)],
  'skyward-transcript.xlsx': ['Student ID', (r) => Number(r['Credit Earned'])],
  'xello-studentcourses.txt': ['StudentID', (r) => (r.GradeMark === '0' ? 0 : Number(r.CreditValue))],
  'naviance-courses.csv': ['Student ID', (r) => (r['Course Status'] === 'Completed' ? Number(r.Credits) : 0)],
  'schoolinks-courses.csv': ['student_number', (r) => Number(r.credits_earned)],
  'hand-kept.xlsx': ['Student #', (r) => Number(r.Credit)],
};

describe('course history fixtures (tests/fixtures/history)', () => {
  it('has every file expected.json and the README describe, and nothing the README leaves out', () => {
    const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
    for (const name of Object.keys(expected.files)) expect(readme).toContain(`## \`${name}\``);
    expect(Object.keys(expected.files).length).toBe(11);
  });

  for (const [name, file] of Object.entries(expected.files)) {
    it(`${name}: header on row ${file.headerRow}, ${file.rows} data rows`, async () => {
      const rows = await cells(name);
      expect(rows[file.headerRow - 1]).toEqual(file.header);
      expect(rows.length - file.headerRow).toBe(file.rows);
    });
  }

  it('the workbooks were written by LibreOffice Calc, not by our own writer', () => {
    for (const name of Object.keys(expected.files).filter((n) => n.endsWith('.xlsx'))) {
      const bytes = readFileSync(join(DIR, name));
      const entry = readZipDirectory(bytes).entries.find((e) => e.name === 'docProps/app.xml')!;
      const start = entry.localHeaderOffset + 30 + bytes.readUInt16LE(entry.localHeaderOffset + 26) + bytes.readUInt16LE(entry.localHeaderOffset + 28);
      const data = bytes.subarray(start, start + entry.compressedSize);
      const xml = (entry.method === 0 ? data : inflateRawSync(data)).toString('utf8');
      expect(xml, name).toMatch(/<Application>LibreOffice\/\d/);
    }
  });

  it('keeps leading zeros as text in the workbooks (student 004109, state course code 01001)', async () => {
    const hand = await cells('hand-kept.xlsx');
    expect(hand.some((r) => r[0] === '004109')).toBe(true);
    const wise = await cells('wisedata-course-transcript.xlsx');
    expect(wise.some((r) => r[8] === '01001')).toBe(true);
  });

  for (const [name, [numberColumn, credit]] of Object.entries(earned)) {
    it(`${name}: each student's rows and credits, summed from the file, are what expected.json says`, async () => {
      const file = expected.files[name]!;
      const rows = await cells(name);
      const header = rows[file.headerRow - 1]!;
      const sums = new Map<string, { rows: number; credits: number }>();
      for (const cellsOfRow of rows.slice(file.headerRow)) {
        const row = Object.fromEntries(header.map((h, i) => [h, cellsOfRow[i] ?? '']));
        const number = row[numberColumn]!;
        if (!(number in file.students)) continue; // a row the import must reject
        const s = sums.get(number) ?? { rows: 0, credits: 0 };
        s.rows += 1;
        s.credits += credit(row);
        sums.set(number, s);
      }
      const want = Object.fromEntries(Object.entries(file.students).map(([n, s]) => [n, { rows: s.rows, credits: s.creditsEarned }]));
      expect(Object.fromEntries(sums)).toEqual(want);
    });
  }

  it('the corrected PowerSchool export differs from the first by one grade and one row', async () => {
    const first = (await cells('powerschool-storedgrades.csv')).map((r) => r.join(','));
    const later = (await cells('powerschool-storedgrades-corrected.csv')).map((r) => r.join(','));
    const gone = first.filter((r) => !later.includes(r));
    const added = later.filter((r) => !first.includes(r));
    expect(added).toHaveLength(1);
    expect(gone).toHaveLength(2);
    expect(added[0]!.split(',').slice(0, 5)).toEqual(['004145', gone.find((r) => r.startsWith('004145'))!.split(',')[1], 'ENG101', 'English 9', 'S2']);
    expect(gone.find((r) => r.startsWith('004154'))!.split(',').slice(2, 5)).toEqual(['SCI201', 'Chemistry', 'S2']);
  });
});
