import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CounselorError } from '../../../src/shared/errors';
import { useTempDir } from '../../helpers/temp';
import { importHistory, previewHistory } from '../../../src/main/core/history/import';
import { sampleStore } from '../plans/stores';
import { historyStore, importFile, NOW, previewFile, request, rowCount, storedCredits, taskContext } from './history-store';

const tempDir = useTempDir();

type Row = { term: string; progress: number; grade: string | null; result: string; credits_earned: number | null; excluded: number; missing: number; school_year: number; grade_level: number };
const rowsOf = (store: Awaited<ReturnType<typeof historyStore>>, student: string, course: string) =>
  store.db.prepare('SELECT * FROM course_history WHERE student_number = ? AND course_number = ? ORDER BY school_year, id').all(student, course) as Row[];
const backups = (dir: string) => readdirSync(join(dir, 'backups')).filter((f) => f.includes('before-history-import'));

describe('PowerSchool StoredGrades', () => {
  it('maps STUDENTS.Student_Number, never the internal StoredGrades.StudentID beside it', async () => {
    const store = await historyStore(tempDir());
    const preview = await previewFile(store, 'powerschool-storedgrades.csv');
    const field = (header: string) => preview.columns.find((c) => c.header === header)?.field;
    expect(field('STUDENTS.Student_Number')).toBe('studentNumber');
    expect(field('STOREDGRADES.StudentID')).toBeNull();
    expect(field('STOREDGRADES.Grade')).toBe('grade');
    expect(field('STOREDGRADES.Grade_Level')).toBe('gradeLevel');
    expect(field('STOREDGRADES.StoreCode')).toBe('term');
    expect(field('STOREDGRADES.TermID')).toBe('termId');
    store.close();
  });

  it('keeps Q1–Q4 as progress grades, S1/S2 as finals, a failed course retaken as two attempts, an excluded row counting nothing', async () => {
    const store = await historyStore(tempDir());
    await importFile(store, 'powerschool-storedgrades.csv');
    const geometry = rowsOf(store, '100148', 'MTH201');
    expect(geometry).toHaveLength(12);
    const firstTry = geometry.filter((r) => r.school_year === 2025);
    expect(firstTry.filter((r) => r.progress === 1).map((r) => r.term).sort()).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(firstTry.filter((r) => r.progress === 1).every((r) => r.result === 'in_progress' && r.credits_earned === 0)).toBe(true);
    expect(firstTry.filter((r) => r.progress === 0).map((r) => [r.term, r.grade, r.result, r.credits_earned])).toEqual([['S1', 'F', 'failed', 0], ['S2', 'F', 'failed', 0]]);
    const retake = geometry.filter((r) => r.school_year === 2026 && r.progress === 0);
    expect(retake.map((r) => [r.term, r.result, r.credits_earned, r.grade_level])).toEqual([['S1', 'passed', 0.5, 11], ['S2', 'passed', 0.5, 11]]);
    const excluded = rowsOf(store, '100123', 'ELC101');
    expect(excluded.map((r) => r.excluded)).toEqual([1]);
    const withdrawn = rowsOf(store, '100123', 'CSC101').filter((r) => r.progress === 0);
    expect(withdrawn.map((r) => [r.grade, r.result, r.credits_earned])).toEqual([['W', 'withdrawn', 0]]);
    store.close();
  });

  it('marks the current school year (2026-27, Q1 only) in progress', async () => {
    const store = await historyStore(tempDir());
    await importFile(store, 'powerschool-storedgrades.csv');
    const current = store.db.prepare('SELECT DISTINCT result FROM course_history WHERE school_year = 2027').pluck().all();
    expect(current).toEqual(['in_progress']);
    store.close();
  });

  it('counts a transfer course the catalog does not know by its credit type, and lists it', async () => {
    const store = await historyStore(tempDir());
    const report = await importFile(store, 'powerschool-storedgrades.csv');
    expect(report.unmatched).toEqual([
      expect.objectContaining({ courseNumber: 'TR-ENG9', students: 1, creditType: 'ENG', area: 'english' }),
      expect.objectContaining({ courseNumber: 'TR-PHO1', students: 1, creditType: 'XFER', area: 'elective' }),
    ]);
    expect(rowsOf(store, '004127', 'TR-ENG9').reduce((n, r) => n + (r.credits_earned ?? 0), 0)).toBe(1);
    store.close();
  });
});

describe('re-importing and later files', () => {
  it('changes nothing when the same file comes again: no backup, every row unchanged', async () => {
    const dir = tempDir();
    const store = await historyStore(dir);
    const first = await importFile(store, 'powerschool-storedgrades.csv');
    expect(first.backupPath).not.toBeNull();
    const before = store.db.prepare('SELECT * FROM course_history ORDER BY id').all();
    const again = await importFile(store, 'powerschool-storedgrades.csv');
    expect(again.counts).toMatchObject({ added: 0, updated: 0, unchanged: 550, missing: 0 });
    expect(again.backupPath).toBeNull();
    expect(backups(dir)).toHaveLength(1);
    expect(store.db.prepare('SELECT * FROM course_history ORDER BY id').all()).toEqual(before);
    store.close();
  });

  it('a corrected grade is updated and the preview says so; a row the later file lacks is kept and flagged; it clears when it comes back', async () => {
    const store = await historyStore(tempDir());
    await importFile(store, 'powerschool-storedgrades.csv');
    const credits = storedCredits(store, '004154');
    const preview = await previewFile(store, 'powerschool-storedgrades-corrected.csv');
    expect(preview.counts).toEqual({ students: 8, added: 0, updated: 1, unchanged: 548, missing: 1, rejected: 1 });
    expect(preview.changed).toEqual([
      expect.objectContaining({ studentNumber: '004145', courseNumber: 'ENG101', schoolYear: '2025-26', term: 'S2', changes: [expect.objectContaining({ field: 'grade', before: 'C+', after: 'B+' })] }),
    ]);
    expect(preview.missing).toEqual([expect.objectContaining({ studentNumber: '004154', courseNumber: 'SCI201', schoolYear: '2025-26', term: 'S2' })]);
    const report = await importFile(store, 'powerschool-storedgrades-corrected.csv');
    expect(report.counts).toMatchObject({ updated: 1, missing: 1 });
    const chemistry = rowsOf(store, '004154', 'SCI201').filter((r) => r.term === 'S2');
    expect(chemistry.map((r) => [r.missing, r.grade, r.credits_earned])).toEqual([[1, 'A-', 0.5]]);
    expect(storedCredits(store, '004154')).toBe(credits);
    expect(rowsOf(store, '004145', 'ENG101').find((r) => r.term === 'S2')?.grade).toBe('B+');

    const back = await importFile(store, 'powerschool-storedgrades.csv');
    expect(back.counts).toMatchObject({ added: 0, updated: 2, missing: 0 });
    expect(rowsOf(store, '004154', 'SCI201').every((r) => r.missing === 0)).toBe(true);
    store.close();
  });
});

describe('files that cannot be imported', () => {
  it('rejects rows for student numbers not in the store, with the number and the reason', async () => {
    const store = await historyStore(tempDir());
    const report = await importFile(store, 'powerschool-storedgrades.csv');
    expect(report.rejected).toEqual([{ row: 9, column: 'STUDENTS.Student_Number', value: '100999', reason: expect.stringMatching(/No student with number 100999 is in the caseload/) }]);
    store.close();
  });

  it("refuses a file in which no row is for a student of this school, writing nothing (no backup, no log)", async () => {
    const dir = tempDir();
    const store = await historyStore(dir);
    const preview = await previewFile(store, 'other-school.csv');
    expect(preview.nothingToImport).toMatch(/"other-school\.csv".*probably not this school's file/);
    const error = await importFile(store, 'other-school.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CounselorError);
    expect((error as CounselorError).message).toMatch(/none of its 6 rows is for a student in this caseload.*probably not this school's file\. Nothing was imported/);
    expect(rowCount(store)).toBe(0);
    expect(store.db.prepare('SELECT count(*) FROM history_import').pluck().get()).toBe(0);
    expect(() => backups(dir)).toThrow();
    store.close();
  });

  it('rejects every broken row with its column, value and reason, and imports nothing', async () => {
    const store = await historyStore(tempDir());
    const preview = await previewFile(store, 'only-bad-rows.csv');
    expect(preview.nothingToImport).toMatch(/every one of its 6 rows was rejected/);
    const by = (row: number) => preview.rejected.find((r) => r.row === row)!;
    expect(by(2)).toMatchObject({ column: 'Course Number', value: '', reason: expect.stringMatching(/course number is missing/) });
    expect(by(3)).toMatchObject({ column: 'Credits Earned', value: 'lots', reason: expect.stringMatching(/not a number/) });
    expect(by(4)).toMatchObject({ column: 'Grade', value: '14', reason: expect.stringMatching(/not a grade from kindergarten to 12/) });
    expect(by(5)).toMatchObject({ column: 'School Year', value: 'someday', reason: expect.stringMatching(/not a school year/) });
    expect(by(6)).toMatchObject({ column: 'Credits Earned', value: '-1', reason: expect.stringMatching(/below 0/) });
    expect(by(7)).toMatchObject({ column: 'Credits Earned', value: '12', reason: expect.stringMatching(/more than 10 credits/) });
    await expect(importFile(store, 'only-bad-rows.csv')).rejects.toThrow(/nothing was imported/);
    expect(rowCount(store)).toBe(0);
    store.close();
  });

  it('refuses every import while the store holds the sample school', async () => {
    const store = await sampleStore(tempDir());
    await expect(importFile(store, 'powerschool-storedgrades.csv')).rejects.toThrow(/Remove the sample school first.*then import your course history\./);
    store.close();
  });
});

describe('Xello StudentCourses', () => {
  it('reads GradeMark 0 as in progress, earning nothing yet', async () => {
    const store = await historyStore(tempDir());
    await importFile(store, 'xello-studentcourses.txt');
    const precalc = rowsOf(store, '100152', 'MTH401');
    expect(precalc.map((r) => [r.result, r.credits_earned, r.grade_level, r.school_year])).toEqual([['in_progress', null, 12, 2027]]);
    store.close();
  });
});

describe('student numbers', () => {
  it('finds a student by the number without its leading zeros when that is unique', async () => {
    const dir = tempDir();
    const store = await historyStore(dir);
    const file = join(dir, 'zeros.csv');
    const script = "import csv,sys\nw=csv.writer(open(sys.argv[1],'w',newline=''))\nw.writerow(['Student Number','School Year','Course Number','Course Name','Score','Credits Earned'])\nw.writerow(['4127','2024-25','ENG201','English 10','B','1'])\nw.writerow(['0100148','2024-25','ENG201','English 10','A','1'])\n";
    expect(spawnSync('/usr/bin/python3', ['-c', script, file]).status).toBe(0);
    const report = await importHistory(request('zeros.csv', {}, readFileSync(file)), taskContext(store), NOW);
    expect(report.counts).toMatchObject({ students: 2, added: 2, rejected: 0 });
    expect(rowsOf(store, '004127', 'ENG201').map((r) => [r.grade, r.grade_level])).toEqual([['B', 10]]);
    expect(rowsOf(store, '100148', 'ENG201').map((r) => [r.grade, r.grade_level])).toEqual([['A', 10]]);
    store.close();
  });
});

describe('credit types', () => {
  it('maps the plain words and SIS codes automatically, leaves the rest to the counselor, and remembers a choice', async () => {
    const store = await historyStore(tempDir());
    const ps = await previewFile(store, 'powerschool-storedgrades.csv');
    expect(ps.creditTypes[0]).toMatchObject({ creditType: 'XFER', area: null, source: 'unmapped' });
    expect(Object.fromEntries(ps.creditTypes.slice(1).map((c) => [c.creditType, c.area]))).toEqual({
      CTE: 'cte', ELEC: 'elective', ENG: 'english', FA: 'fine_arts', HLTH: 'health', MATH: 'math', PE: 'physical_education', PF: 'personal_finance', SCI: 'science', SOC: 'social_studies', WL: 'world_language',
    });
    const ic = await previewFile(store, 'infinite-campus-transcript.csv');
    expect(ic.creditTypes.find((c) => c.creditType === 'Career & Technical Ed')).toMatchObject({ area: 'cte', source: 'automatic' });
    expect(ic.creditTypes.every((c) => c.source === 'automatic')).toBe(true);

    const report = await importFile(store, 'powerschool-storedgrades.csv', { creditTypes: { XFER: 'fine_arts' } });
    expect(report.unmatched.find((u) => u.courseNumber === 'TR-PHO1')).toMatchObject({ area: 'fine_arts' });
    const again = await previewFile(store, 'powerschool-storedgrades.csv');
    expect(again.creditTypes.find((c) => c.creditType === 'XFER')).toMatchObject({ area: 'fine_arts', source: 'remembered' });
    store.close();
  });
});

describe('stated GPA', () => {
  it('keeps the GPA the file states, as written; the same file again changes nothing', async () => {
    const store = await historyStore(tempDir());
    await importFile(store, 'infinite-campus-transcript.csv');
    const gpa = () => Object.fromEntries((store.db.prepare('SELECT student_number, gpa FROM history_student').all() as { student_number: string; gpa: string }[]).map((r) => [r.student_number, r.gpa]));
    expect(gpa()).toEqual({ '100156': '3.900', '100132': '3.583', '100111': '3.266', '100107': '2.949', '100154': '2.632', '100130': '2.315' });
    const again = await importFile(store, 'infinite-campus-transcript.csv');
    expect(again.backupPath).toBeNull();
    store.close();
  });
});

describe('report exports', () => {
  it('passes over a header repeated on each printed page and a total line at the end', async () => {
    const dir = tempDir();
    const store = await historyStore(dir);
    const file = join(dir, 'report.csv');
    const script = [
      'import csv,sys',
      "w=csv.writer(open(sys.argv[1],'w',newline=''))",
      "h=['Student Number','School Year','Course Number','Course Name','Score','Credits Earned']",
      "w.writerow(h); w.writerow(['100148','2024-25','ENG201','English 10','B','1'])",
      "w.writerow(h); w.writerow(['100148','2024-25','MTH201','Geometry','C','1'])",
      "w.writerow(['Total: 2 rows','','','','',''])",
    ].join('\n');
    expect(spawnSync('/usr/bin/python3', ['-c', script, file]).status).toBe(0);
    const report = await importHistory(request('report.csv', {}, readFileSync(file)), taskContext(store), NOW);
    expect(report.counts).toMatchObject({ added: 2, rejected: 0 });
    expect(report.rejected).toEqual([]);
    store.close();
  });
});

describe('the mapping screen', () => {
  it("shows the columns with samples and says what is missing, then takes the counselor's choice and remembers it", async () => {
    const dir = tempDir();
    const store = await historyStore(dir);
    const file = join(dir, 'odd.csv');
    const script = "import csv,sys\nw=csv.writer(open(sys.argv[1],'w',newline=''))\nw.writerow(['Student Number','School Year','Class','Score','Credits Earned'])\nw.writerow(['100148','2024-25','ENG201','B','1'])\n";
    expect(spawnSync('/usr/bin/python3', ['-c', script, file]).status).toBe(0);
    const bytes = readFileSync(file);
    const first = await previewHistory(request('odd.csv', {}, bytes), taskContext(store), NOW);
    expect(first.mappingProblem).toMatch(/"odd\.csv": no column holds course numbers\. Columns found: Student Number, School Year, Class, Score, Credits Earned/);
    expect(first.columns.find((c) => c.header === 'Class')).toMatchObject({ letter: 'C', field: null, samples: ['ENG201'] });
    expect(first.mappingRemembered).toBe(false);
    const chosen = await previewHistory(request('odd.csv', { mapping: { courseNumber: 'Class' } }, bytes), taskContext(store), NOW);
    expect(chosen.mappingProblem).toBeNull();
    expect(chosen.counts.added).toBe(1);
    await importHistory(request('odd.csv', { mapping: { courseNumber: 'Class' } }, bytes), taskContext(store), NOW);
    const later = await previewHistory(request('odd.csv', {}, bytes), taskContext(store), NOW);
    expect(later).toMatchObject({ mappingRemembered: true, mappingProblem: null, counts: expect.objectContaining({ unchanged: 1 }) });
    store.close();
  });
});
