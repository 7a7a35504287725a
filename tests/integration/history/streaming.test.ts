import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHistory } from '../../../src/main/core/history/read-history';
import { listStudents } from '../../../src/main/core/students/repository';
import { useTempDir } from '../../helpers/temp';
import { historyStore } from './history-store';

const tempDir = useTempDir();

/**
 * Rows are checked as they are read: the first few hundred are held until the header and mapping
 * are decided, every later one is checked at once. These files are longer than that lead, with a
 * title row above the header, bad rows on both sides of where the lead ends, and a course taken
 * twice in one term whose two rows straddle it, so a row lost, doubled or misnumbered there shows.
 * Written by Python's csv module; the .xlsx by LibreOffice Calc from the same rows.
 */
const WRITE = `
import csv, json, sys
numbers = json.loads(sys.argv[2])
with open(sys.argv[1], 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['Course history, printed 2026-11-30'])
    w.writerow(['Student_Number', 'SchoolYear', 'StoreCode', 'Course_Number', 'Course_Name', 'Grade', 'EarnedCrHrs'])
    for i in range(1500):
        number = 'NOPE%d' % i if i in (10, 700, 1499) else numbers[i % len(numbers)]
        course = 'REPEAT' if i in (5, 900) else 'C%04d' % i
        w.writerow([number, '2024-25', 'S1', course, 'Course %d' % i, 'B', '0.5'])
`;

async function readBoth(dir: string) {
  const store = await historyStore(dir);
  const students = new Map(listStudents(store.db).map((s) => [s.studentNumber, { studentNumber: s.studentNumber, classYear: s.classYear }]));
  store.close();
  const csv = join(dir, 'long-history.csv');
  execFileSync('python3', ['-c', WRITE, csv, JSON.stringify([[...students.keys()][0]])]);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--infilter=CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2/7/1', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', csv, '--outdir', join(dir, 'out')], { stdio: 'ignore' });
  const read = (path: string) => readHistory(readFileSync(path), path, { students, currentYear: 2027 });
  return { csv: await read(csv), xlsx: await read(join(dir, 'out', 'long-history.xlsx')) };
}

describe('a course history longer than the rows held to decide its mapping', () => {
  it('checks every row once, with its own row number, in a .csv and an .xlsx alike', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const both = await readBoth(dir);
    for (const reading of [both.csv, both.xlsx]) {
      expect(reading.header.rowNumber).toBe(2);
      expect(reading.dataRows).toBe(1500);
      expect(reading.rows).toHaveLength(1497);
      // Data row i is spreadsheet row i + 3 (a title row, then the header).
      expect(reading.rejected.map((r) => r.row)).toEqual([13, 703, 1502]);
      expect(reading.rejected.map((r) => r.value)).toEqual(['NOPE10', 'NOPE700', 'NOPE1499']);
      expect(new Set(reading.rows.map((r) => r.rowNumber)).size).toBe(1497);
      const repeats = reading.rows.filter((r) => r.courseNumber === 'REPEAT');
      expect(repeats.map((r) => r.rowNumber)).toEqual([8, 903]);
      expect(repeats[1]!.recordKey).toBe(`${repeats[0]!.recordKey}|2`);
      expect(reading.view.find((c) => c.header === 'Course_Number')?.samples).toEqual(['C0000', 'C0001', 'C0002']);
    }
  });
});
