import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExcelJS } from '../../../src/main/core/spreadsheet/exceljs-load';
import { exportRequests } from '../../../src/main/core/requests/export';
import { RequestExport, type RequestExportInput } from '../../../src/shared/domain/requests';
import { useTempDir } from '../../helpers/temp';
import { TODAY } from '../plans/stores';
import { expectedRequests, requestStore } from './stores';

const tempDir = useTempDir();

/** A CSV file read back by Python's csv module, a reader our writer has no part in. */
function pythonCsv(bytes: Buffer): string[][] {
  const file = join(tempDir(), 'requests.csv');
  writeFileSync(file, bytes);
  const script = 'import csv, json, sys\nwith open(sys.argv[1], newline="", encoding="utf-8-sig") as f: print(json.dumps(list(csv.reader(f))))';
  const run = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

const input = (i: RequestExportInput) => RequestExport.parse(i);
const text = (v: number | null | string) => (v === null ? '' : String(v));

describe('the course request file', () => {
  it('holds, column by column, the planned grade 11 courses of every grade 10 student, alternates after their course (PowerSchool)', async () => {
    const store = await requestStore(tempDir());
    const expected = expectedRequests(store.db, 10);
    expect(expected.rows.length).toBeGreaterThan(10);
    expect(expected.rows.filter((r) => r.alternate).length).toBe(2);
    const file = await exportRequests(store.db, input({ schoolYear: '2027-28', selection: { grade: 10 }, preset: 'powerschool' }), TODAY);
    const [header, ...rows] = pythonCsv(file.bytes);
    expect(header).toEqual(['Student_Number', 'YearID', 'SchoolYear', 'CourseNumber', 'Alternate', 'AlternateRank', 'AlternateFor']);
    expect(rows).toEqual(expected.rows.map((r) => [r.studentNumber, '37', '2027-28', r.courseNumber, r.alternate ? '1' : '0', text(r.rank), text(r.alternateFor)]));
    // The case built for it: AP Biology, then AP Physics 1 (alternate 1) and AP Chemistry (alternate 2); the course under way is not requested.
    expect(rows.filter((r) => r[0] === '000777').map((r) => r.slice(3))).toEqual([
      ['SCI311', '0', '', ''],
      ['SCI331', '1', '1', 'SCI311'],
      ['SCI321', '1', '2', 'SCI311'],
      ['ENG301', '0', '', ''],
    ]);
    expect(file.skipped.map((s) => s.studentNumber).sort()).toEqual(expected.skipped.sort());
    expect(file.skipped.find((s) => s.studentNumber === '700011')?.reason).toBe('has no plan yet, so no courses for grade 11 (2027-28)');
    expect(file.skipped.find((s) => s.studentNumber === '700012')?.reason).toBe('has no courses planned for grade 11 (2027-28)');
    expect([file.students, file.requests, file.alternates]).toEqual([new Set(expected.rows.map((r) => r.studentNumber)).size, expected.rows.length, 2]);
    store.close();
  });

  it('writes .xlsx with student numbers as text and credits as numbers (generic), read back by exceljs', async () => {
    const store = await requestStore(tempDir());
    const expected = expectedRequests(store.db, 10);
    const file = await exportRequests(store.db, input({ schoolYear: '2027-28', selection: { grade: 10 }, preset: 'generic', format: 'xlsx' }), TODAY);
    const ExcelJS = loadExcelJS();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const cells: unknown[][] = [];
    sheet.eachRow((row) => cells.push((row.values as unknown[]).slice(1)));
    const [header, ...rows] = cells;
    expect(header).toEqual(['Student Number', 'Last Name', 'First Name', 'Grade', 'School Year', 'Course Number', 'Course Title', 'Credits', 'Term', 'Alternate', 'Alternate Rank', 'Alternate For']);
    expect(rows.map((r) => [r[0], r[3], r[4], r[5], r[7], r[9], r[10] ?? null, r[11] ?? null])).toEqual(
      expected.rows.map((r) => [r.studentNumber, r.grade, '2027-28', r.courseNumber, r.credits, r.alternate ? 'Y' : 'N', r.rank, r.alternateFor]),
    );
    expect(rows.find((r) => r[0] === '000777')?.[1]).toBe('Aaberg');
    store.close();
  });

  it('numbers each student’s rows for Aeries and flags alternates as Skyward does', async () => {
    const store = await requestStore(tempDir());
    const listed = ['000777', '900011'];
    const aeries = pythonCsv((await exportRequests(store.db, input({ schoolYear: '2027-28', selection: { studentNumbers: listed }, preset: 'aeries' }), TODAY)).bytes);
    expect(aeries[0]).toEqual(['StudentID', 'SchoolYear', 'Sequence', 'CourseID', 'AlternateTag', 'ActualPrimaryCourseID', 'RelativePrioritySortOrder']);
    expect(aeries.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[5], r[6]])).toEqual([
      ['000777', '1', 'SCI311', '', '', ''],
      ['000777', '2', 'SCI331', 'X', 'SCI311', '1'],
      ['000777', '3', 'SCI321', 'X', 'SCI311', '2'],
      ['000777', '4', 'ENG301', '', '', ''],
    ]);
    const skyward = await exportRequests(store.db, input({ schoolYear: '2027-28', selection: { studentNumbers: listed }, preset: 'skyward' }), TODAY);
    const rows = pythonCsv(skyward.bytes);
    expect(rows[0]).toEqual(['StudentNumber', 'SchoolYear', 'CourseID', 'IsAlternate', 'AlternateRank', 'AlternateForCourseID']);
    expect(rows.slice(1).map((r) => r[3])).toEqual(['False', 'True', 'True', 'False']);
    // 900011 is in grade 11 now: grade 12 in 2027-28, and the sample gave no plan.
    expect(skyward.skipped).toEqual([{ studentNumber: '900011', name: 'Żółć, Ánh', reason: 'has no plan yet, so no courses for grade 12 (2027-28)' }]);
    store.close();
  });

  it('says why a student is left out: graduated by then, no grade known; and refuses an unknown number or a year with no requests', async () => {
    const store = await requestStore(tempDir());
    const file = await exportRequests(store.db, input({ schoolYear: '2027-28', selection: { all: true } }), TODAY);
    const graduated = file.skipped.filter((s) => s.reason.startsWith('graduates before 2027-28'));
    expect(graduated.map((s) => s.studentNumber).sort()).toEqual(
      (store.db.prepare("SELECT student_number FROM student WHERE status = 'active' AND class_year = 2027").pluck().all() as string[]).sort(),
    );
    expect(graduated.length).toBeGreaterThan(0);
    store.db.prepare("UPDATE student SET grade = NULL, class_year = NULL WHERE student_number = '700011'").run();
    const again = await exportRequests(store.db, input({ schoolYear: '2027-28', selection: { studentNumbers: ['700011', '000777'] } }), TODAY);
    expect(again.skipped).toEqual([{ studentNumber: '700011', name: 'Abbott, Ánh', reason: 'no grade or class year is known, so the grade in that school year is not either' }]);
    await expect(exportRequests(store.db, input({ schoolYear: '2027-28', selection: { studentNumbers: ['000777', '123456'] } }), TODAY)).rejects.toThrow(
      'No student with number 123456 is in the caseload; check the numbers.',
    );
    await expect(exportRequests(store.db, input({ schoolYear: '2027-28', selection: { studentNumbers: ['700011', '700012'] } }), TODAY)).rejects.toThrow(
      /None of the 2 listed students has courses planned for 2027-28, so no file was written/,
    );
    store.close();
  });
});
