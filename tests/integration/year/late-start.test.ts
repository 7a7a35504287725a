import { describe, expect, it } from 'vitest';
import type { Database as Db } from 'better-sqlite3';
import { importRoster } from '../../../src/main/core/roster/import';
import type { Store } from '../../../src/main/core/store/connection';
import { saveStudents } from '../../../src/main/core/students/repository';
import { startSchoolYear } from '../../../src/main/core/year/start';
import { yearStatus } from '../../../src/main/core/year/status';
import { undoSchoolYearStart } from '../../../src/main/core/year/undo';
import { useTempDir } from '../../helpers/temp';
import { adoptSampleAsOwn, sampleStore, student, TODAY } from '../plans/stores';

const tempDir = useTempDir();

interface Row {
  student_number: string;
  first_name: string;
  last_name: string;
  grade: number | null;
  class_year: number | null;
  status: string;
}

function students(db: Db): Row[] {
  return db.prepare('SELECT student_number, first_name, last_name, grade, class_year, status FROM student ORDER BY student_number').all() as Row[];
}

/** The sample school as the school's own, plus a senior of 2027, one of 2026, a student who left (never listed) and one without a grade. */
async function schoolStore(): Promise<Store> {
  const store = adoptSampleAsOwn(await sampleStore(tempDir()));
  saveStudents(
    store.db,
    [
      { ...student('700001', 12), classYear: 2027 },
      { ...student('700002', 12), classYear: 2026 },
      { ...student('700003', 12), classYear: 2027, status: 'not_in_latest_roster' },
      { ...student('700004', 10), grade: null, classYear: null },
    ],
    TODAY,
  );
  return store;
}

/** A real roster file (CSV: number, names, grade) imported on `at`; `partial` marks nobody absent. */
async function importRows(store: Store, rows: readonly Row[], at: string, options: { partial?: boolean; gradeUp?: boolean } = {}) {
  const lines = rows.map((r) => [r.student_number, r.first_name, r.last_name, r.grade === null ? '' : String(Math.min(12, r.grade + (options.gradeUp ? 1 : 0)))]);
  const csv = ['Student Number,First Name,Last Name,Grade', ...lines.map((l) => l.map((v) => `"${v}"`).join(','))].join('\n');
  const request = { fileName: `roster-${at.slice(0, 10)}.csv`, base64: Buffer.from(csv).toString('base64'), markAbsent: options.partial !== true, allowAbsent: true };
  const ctx = { db: store.db, storePath: store.path, progress: () => undefined, throwIfCancelled: () => undefined };
  return importRoster(request, ctx, new Date(at));
}

const MAY = '2027-05-20T15:00:00.000Z';
const SEPTEMBER = '2027-09-05T15:00:00.000Z';
const LATE = new Date('2027-10-15T15:00:00Z');

describe('starting school year 2027-28 late, in October', () => {
  it('graduates the class of 2027, moves up only the students no roster since August 1 lists, and previews exactly that', async () => {
    const store = await schoolStore();
    const { db } = store;
    const active = students(db).filter((r) => r.status === 'active');
    await importRows(store, active, MAY); // the last roster of 2026-27
    // In September a partial roster (the new grade 11s only) already gives 2027-28's grades.
    const relisted = active.filter((r) => r.grade === 10 && r.class_year !== null && r.class_year > 2027);
    expect(relisted.length).toBeGreaterThan(0);
    await importRows(store, relisted, SEPTEMBER, { partial: true, gradeUp: true });
    const before = students(db);
    const relistedNumbers = new Set(relisted.map((r) => r.student_number));
    const graduates = before.filter((r) => r.status === 'active' && r.class_year !== null && r.class_year <= 2027).map((r) => r.student_number);
    const advancing = before.filter((r) => r.status === 'active' && !graduates.includes(r.student_number) && !relistedNumbers.has(r.student_number) && r.grade !== null && r.grade < 12);
    expect(graduates).toEqual(expect.arrayContaining(['700001', '700002']));
    expect(advancing.length).toBeGreaterThan(0);

    // The old rule refused: "already under way by the calendar". Now the page offers it, counted.
    const status = await yearStatus(db, LATE);
    expect(status.currentSchoolYear).toBe('2027-28');
    expect(status.lateStart).toMatchObject({
      schoolYear: '2027-28',
      listedSince: '2027-08-01',
      keptAsListed: relisted.length,
      graduatingNotInRoster: 0,
      counts: { graduated: graduates.length, gradesAdvanced: advancing.length, reviewsReset: 0 },
    });
    expect(status.next).toMatchObject({ schoolYear: '2028-29', startRefusal: null });

    const result = await startSchoolYear(db, store.path, '2027-28', { now: LATE });
    const { startRefusal: _ignored, ...preview } = { ...status.lateStart!, startRefusal: null };
    expect(result.preview).toEqual(preview);
    const after = new Map(students(db).map((r) => [r.student_number, r]));
    for (const n of graduates) expect(after.get(n)!.status).toBe('graduated');
    for (const r of advancing) expect(after.get(r.student_number)!.grade).toBe(r.grade! + 1);
    for (const r of relisted) expect(after.get(r.student_number)!.grade).toBe(r.grade! + 1); // once, by the roster: not twice
    expect(after.get('700003')!.status).toBe('not_in_latest_roster'); // never listed: left, not graduated

    await expect(startSchoolYear(db, store.path, '2027-28', { now: LATE })).rejects.toThrow(/already started on 2027-10-15/);
    expect((await yearStatus(db, LATE)).lateStart).toBeNull();
    await undoSchoolYearStart(db, store.path, LATE);
    expect(students(db)).toEqual(before);
    store.close();
  });

  it('graduates seniors a full fall roster marked "not in latest roster", but not a student who left in March or a fifth-year senior it lists', async () => {
    const store = await schoolStore();
    const { db } = store;
    const active = students(db).filter((r) => r.status === 'active');
    const seniors = active.filter((r) => r.class_year !== null && r.class_year <= 2027);
    expect(seniors.length).toBeGreaterThan(2);
    const [leftInMarch, fifthYear] = seniors;
    await importRows(store, active.filter((r) => r !== leftInMarch), '2027-03-10T15:00:00.000Z');
    await importRows(store, active.filter((r) => r !== leftInMarch), MAY);
    // The first roster of 2027-28: everyone enrolled, in their new grades; the seniors gone but one who did not finish.
    const fall = active.filter((r) => !seniors.includes(r) || r === fifthYear);
    await importRows(store, fall, SEPTEMBER, { gradeUp: true });
    const before = students(db);
    const graduates = seniors.filter((r) => r !== leftInMarch && r !== fifthYear).map((r) => r.student_number);

    const { lateStart } = await yearStatus(db, LATE);
    expect(lateStart).toMatchObject({ counts: { graduated: graduates.length, gradesAdvanced: 0 }, graduatingNotInRoster: graduates.length, keptAsListed: fall.length });
    await startSchoolYear(db, store.path, '2027-28', { now: LATE });
    const after = new Map(students(db).map((r) => [r.student_number, r]));
    for (const n of graduates) expect(after.get(n)!.status).toBe('graduated');
    expect(after.get(leftInMarch!.student_number)!.status).toBe('not_in_latest_roster');
    expect(after.get(fifthYear!.student_number)!.status).toBe('active');
    for (const r of fall) expect(after.get(r.student_number)!.grade).toBe(before.find((b) => b.student_number === r.student_number)!.grade);

    // Undo puts each graduate back to "not in latest roster", as it found them.
    await undoSchoolYearStart(db, store.path, LATE);
    expect(students(db)).toEqual(before);
    store.close();
  });

  it('is refused for a year the calendar has left behind, and once the year was started early', async () => {
    const store = await schoolStore();
    await expect(startSchoolYear(store.db, store.path, '2026-27', { now: LATE })).rejects.toThrow(/2026-27 is not the next one: the current school year is 2027-28/);
    await startSchoolYear(store.db, store.path, '2027-28', { now: new Date('2027-06-15T15:00:00Z') });
    expect((await yearStatus(store.db, LATE)).lateStart).toBeNull();
    await expect(startSchoolYear(store.db, store.path, '2027-28', { now: LATE })).rejects.toThrow(/already started on 2027-06-15/);
    store.close();
  });
});
