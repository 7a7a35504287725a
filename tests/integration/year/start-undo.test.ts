import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addConference } from '../../../src/main/core/conferences/record';
import { listCaseload } from '../../../src/main/core/plans/caseload';
import { resolvePlan } from '../../../src/main/core/plans/resolve';
import { updatePlan } from '../../../src/main/core/plans/update';
import { importRoster, previewRoster } from '../../../src/main/core/roster/import';
import { removeSampleSchool } from '../../../src/main/core/sample/remove';
import type { Store } from '../../../src/main/core/store/connection';
import { startSchoolYear } from '../../../src/main/core/year/start';
import { yearStatus } from '../../../src/main/core/year/status';
import { undoSchoolYearStart } from '../../../src/main/core/year/undo';
import { CounselorError } from '../../../src/shared/errors';
import { useTempDir } from '../../helpers/temp';
import { adoptSampleAsOwn, sampleStore } from '../plans/stores';
import { storedStudents, withYearEndStudents, type StoredStudent } from './year-stores';

const tempDir = useTempDir();

type Row = StoredStudent;
const students = storedStudents;

/** The sample school plus the year-end students (year-stores.ts), and a reviewed plan reviewed today. */
async function yearEndStore(): Promise<Store> {
  return withYearEndStudents(await sampleStore(tempDir()));
}

/** The rules restated over the rows: who graduates, whose grade moves. */
function expectedChanges(rows: readonly Row[]) {
  const graduates = rows.filter((r) => r.status === 'active' && r.class_year !== null && r.class_year <= 2027).map((r) => r.student_number);
  const advancing = rows.filter((r) => r.status === 'active' && !graduates.includes(r.student_number) && r.grade !== null && r.grade < 12);
  return { graduates, advancing };
}

const START = new Date('2026-12-02T15:00:00Z');

/** A school year's audit entries of one action, oldest first, their detail read. */
function audit(db: Store['db'], action: string) {
  const rows = db.prepare('SELECT student_number, detail FROM audit_entry WHERE action = ? ORDER BY id').all(action) as { student_number: string | null; detail: string }[];
  return rows.map((r) => ({
    student_number: r.student_number,
    detail: JSON.parse(r.detail) as { changes?: Record<string, unknown>; reviewReset?: unknown; reviewRestored?: unknown },
  }));
}

describe('starting school year 2027-28', () => {
  it('previews, graduates past classes, advances grades, resets reviews, and undoes exactly', async () => {
    const store = await yearEndStore();
    const { db } = store;
    const before = students(db);
    const { graduates, advancing } = expectedChanges(before);
    expect(graduates).toEqual(expect.arrayContaining(['700001', '700002']));
    expect(graduates).not.toContain('700003');
    // One complete plan reviewed on the day of the start: that review is the new year's.
    const caseloadBefore = (await listCaseload(db, START));
    const reviewedBefore = caseloadBefore.filter((r) => r.planStatus === 'reviewed').map((r) => r.studentNumber);
    expect(reviewedBefore.length).toBeGreaterThan(1);
    const keptReview = reviewedBefore[0]!;
    db.prepare("UPDATE plan SET last_reviewed = '2026-12-02' WHERE student_number = ?").run(keptReview);
    const resetExpected = reviewedBefore.filter((n) => n !== keptReview).sort();

    // The preview is what the page shows before anything changes; it writes nothing.
    const dry = await startSchoolYear(db, store.path, '2027-28', { dryRun: true, now: START });
    expect(dry.started).toBeNull();
    expect(dry.preview.counts).toEqual({ graduated: graduates.length, gradesAdvanced: advancing.length, reviewsReset: resetExpected.length });
    const byGrade = [6, 7, 8, 9, 10, 11]
      .map((g) => ({ from: g, to: g + 1, students: advancing.filter((r) => r.grade === g).length }))
      .filter((g) => g.students > 0);
    expect(dry.preview.advancingByGrade).toEqual(byGrade);
    expect(students(db)).toEqual(before);
    expect((await yearStatus(db, START)).next).toMatchObject({ schoolYear: '2027-28', startRefusal: null, counts: dry.preview.counts });

    const result = await startSchoolYear(db, store.path, '2027-28', { now: START });
    expect(result.started).toMatchObject({ schoolYear: '2027-28', startedOn: '2026-12-02', counts: dry.preview.counts });
    expect(existsSync(result.started!.backupPath!)).toBe(true);
    const after = new Map(students(db).map((r) => [r.student_number, r]));
    for (const n of graduates) expect(after.get(n)).toMatchObject({ status: 'graduated' });
    for (const r of advancing) expect(after.get(r.student_number)).toMatchObject({ status: 'active', grade: r.grade! + 1, class_year: r.class_year });
    expect(after.get('700003')).toMatchObject({ status: 'not_in_latest_roster', grade: 12 });
    expect(after.get('700004')).toMatchObject({ status: 'active', grade: null });
    const changed = new Set([...graduates, ...advancing.map((r) => r.student_number)]);
    for (const r of before) if (!changed.has(r.student_number)) expect(after.get(r.student_number)).toEqual(r);
    // Each student it changed has one entry saying what changed, beside the start's own (year/audit.ts).
    const fieldsIn = (action: string, field: string) =>
      audit(db, action)
        .filter((e) => e.detail.changes?.[field])
        .map((e) => [e.student_number, e.detail.changes![field]]);
    expect(audit(db, 'year.start')[0]).toEqual({ student_number: null, detail: { schoolYear: '2027-28', counts: dry.preview.counts } });
    expect(fieldsIn('year.start', 'status')).toEqual(graduates.sort().map((n) => [n, { from: 'active', to: 'graduated' }]));
    expect(fieldsIn('year.start', 'grade')).toEqual(advancing.map((r) => [r.student_number, { from: r.grade, to: r.grade! + 1 }]));
    expect(audit(db, 'year.start').filter((e) => e.detail.reviewReset).map((e) => e.student_number)).toEqual(resetExpected);

    // Reviews before the start show complete; the one made on the day of the start still counts.
    const caseloadAfter = new Map((await listCaseload(db, START)).map((r) => [r.studentNumber, r.planStatus]));
    for (const n of resetExpected) expect(caseloadAfter.get(n)).toBe('complete');
    expect(caseloadAfter.get(keptReview)).toBe('reviewed');
    expect(resolvePlan(db, resetExpected[0]!, START).status).toBe('complete');

    const status = (await yearStatus(db, START));
    expect(status.currentSchoolYear).toBe('2027-28');
    expect(status.lastStart).toMatchObject({ schoolYear: '2027-28', undoRefusal: null, counts: dry.preview.counts });
    expect(status.next.schoolYear).toBe('2028-29');
    expect(status.next.startRefusal).toMatch(/^School year 2028-29 cannot be started yet: 2027-28 was started early and begins on August 1, 2027/);

    // A graduate's plan is read-only, with a sentence; an active student's plan still changes.
    const graduatedWithPlan = graduates.find((n) => caseloadBefore.find((r) => r.studentNumber === n)?.planStatus !== 'none') ?? graduates[0]!;
    await expect(updatePlan(db, graduatedWithPlan, { op: 'setNotes', notes: 'After graduation' }, START)).rejects.toThrow(/graduated .*read-only.*undo the school year start/);
    await expect(updatePlan(db, advancing[0]!.student_number, { op: 'setNotes', notes: 'Next year' }, START)).resolves.toBeDefined();
    // …and still prints: the plan view resolves.
    expect(resolvePlan(db, graduatedWithPlan, START).student.status).toBe('graduated');

    // Twice, skipping a year, or a year already past: refused with a sentence, nothing written.
    await expect(startSchoolYear(db, store.path, '2027-28', { now: START })).rejects.toThrow(/already started on 2026-12-02; undo that start first/);
    await expect(startSchoolYear(db, store.path, '2029-30', { now: START })).rejects.toThrow(/2029-30 is not the next one: the current school year is 2027-28/);
    await expect(startSchoolYear(db, store.path, '2026-27', { now: START })).rejects.toThrow(CounselorError);

    // Undo: statuses and grades exactly as before, reviews count again.
    const undone = await undoSchoolYearStart(db, store.path, START);
    expect(undone.restored).toEqual({ graduated: graduates.length, gradesAdvanced: advancing.length, reviewsReset: resetExpected.length });
    expect(existsSync(undone.backupPath)).toBe(true);
    expect(students(db)).toEqual(before);
    // …each student's entry saying what it put back.
    expect(fieldsIn('year.undo', 'status')).toEqual(graduates.sort().map((n) => [n, { from: 'graduated', to: 'active' }]));
    expect(fieldsIn('year.undo', 'grade')).toEqual(advancing.map((r) => [r.student_number, { from: r.grade! + 1, to: r.grade }]));
    expect(audit(db, 'year.undo').filter((e) => e.detail.reviewRestored).map((e) => e.student_number)).toEqual(resetExpected);
    const caseloadUndone = new Map((await listCaseload(db, START)).map((r) => [r.studentNumber, r.planStatus]));
    for (const n of reviewedBefore) expect(caseloadUndone.get(n)).toBe('reviewed');
    expect((await yearStatus(db, START))).toMatchObject({ currentSchoolYear: '2026-27', lastStart: null, next: { schoolYear: '2027-28', startRefusal: null } });
    await expect(undoSchoolYearStart(db, store.path, START)).rejects.toThrow(/nothing to undo/);
    // Started again after the undo: allowed.
    await expect(startSchoolYear(db, store.path, '2027-28', { now: START })).resolves.toMatchObject({ started: { schoolYear: '2027-28' } });
    store.close();
  });

  it("undoes and logs only what it puts back: a grade changed since the start is left, and its student's entry does not claim it", async () => {
    const store = await yearEndStore();
    const { db } = store;
    const started = await startSchoolYear(db, store.path, '2027-28', { now: START });
    const moved = audit(db, 'year.start').find((e) => e.detail.changes?.grade && !e.detail.reviewReset)!.student_number!;
    db.prepare('UPDATE student SET grade = NULL WHERE student_number = ?').run(moved);
    const undone = await undoSchoolYearStart(db, store.path, START);
    expect(undone.restored.gradesAdvanced).toBe(started.preview.counts.gradesAdvanced - 1);
    expect(audit(db, 'year.undo').filter((e) => e.detail.changes?.grade)).toHaveLength(undone.restored.gradesAdvanced);
    expect(audit(db, 'year.undo').some((e) => e.student_number === moved)).toBe(false);
    expect(db.prepare('SELECT grade FROM student WHERE student_number = ?').pluck().get(moved)).toBeNull();
    store.close();
  });

  it('refuses a year that is not the next one before the start, and any start before the store changes', async () => {
    const store = await yearEndStore();
    const before = students(store.db);
    await expect(startSchoolYear(store.db, store.path, '2028-29', { now: START })).rejects.toThrow(/2028-29 is not the next one: the current school year is 2026-27, so the next to start is 2027-28/);
    // A year the calendar has left behind (2026-27 itself can be started late: see late-start.test.ts).
    await expect(startSchoolYear(store.db, store.path, '2025-26', { now: START })).rejects.toThrow(/2025-26 is not the next one: the current school year is 2026-27/);
    expect(students(store.db)).toEqual(before);
    expect(store.db.prepare('SELECT count(*) FROM school_year_start').pluck().get()).toBe(0);
    store.close();
  });
});

describe('the sample school after a start', () => {
  it('can still be removed: its students go with their part of the start, the counselor\'s own students keep theirs', async () => {
    const store = await yearEndStore();
    const { db } = store;
    await startSchoolYear(db, store.path, '2027-28', { now: START });
    const removal = await removeSampleSchool(db, store.path, START);
    expect(removal.removed.students).toBeGreaterThan(0);
    // The students saved beside the sample are the counselor's: their graduations and grades are still recorded.
    const left = db.prepare('SELECT DISTINCT student_number FROM school_year_change ORDER BY student_number').pluck().all();
    expect(left).toEqual(db.prepare("SELECT student_number FROM student WHERE student_number IN (SELECT student_number FROM school_year_change) ORDER BY student_number").pluck().all());
    expect(left).toEqual(expect.arrayContaining(['700001', '700002', '900009']));
    expect(db.pragma('foreign_key_check')).toEqual([]);
    store.close();
  });
});

describe('a roster import after the start', () => {
  it('leaves graduates graduated (listed or not), and makes the start final', async () => {
    const store = adoptSampleAsOwn(await yearEndStore());
    const { db } = store;
    await startSchoolYear(db, store.path, '2027-28', { now: START });
    const graduated = db.prepare("SELECT student_number FROM student WHERE status = 'graduated' ORDER BY student_number").pluck().all() as string[];
    expect(graduated.length).toBeGreaterThan(2);
    const active = db.prepare("SELECT student_number, first_name, last_name FROM student WHERE status = 'active' ORDER BY student_number").all() as {
      student_number: string;
      first_name: string;
      last_name: string;
    }[];
    // The new roster lists every active student but the last, and one graduate (a late export).
    const listedGraduate = '700001';
    const rows = [...active.slice(0, -1).map((s) => [s.student_number, s.first_name, s.last_name, '10']), [listedGraduate, 'Ánh', 'Nguyễn', '12']];
    const csv = ['Student Number,First Name,Last Name,Grade', ...rows.map((r) => r.map((v) => `"${v}"`).join(','))].join('\n');
    const request = { fileName: 'roster-2027.csv', base64: Buffer.from(csv).toString('base64'), markAbsent: true };
    const ctx = { db, storePath: store.path, progress: () => undefined, throwIfCancelled: () => undefined };
    // The preview says so before anything is written.
    const preview = await previewRoster(request, ctx);
    expect(preview.keptGraduated).toEqual([{ row: rows.length + 1, studentNumber: listedGraduate, name: 'Nguyễn, Ánh' }]);
    expect(preview.absent.map((a) => a.studentNumber)).toEqual([active.at(-1)!.student_number]);
    const report = await importRoster(request, ctx, new Date('2026-12-03T15:00:00Z'));
    expect(report.counts).toMatchObject({ absent: 1, keptGraduated: 1 });
    // Graduates: still graduated, whether the file listed them or not; the one absent active student is marked.
    expect(db.prepare("SELECT student_number FROM student WHERE status = 'graduated' ORDER BY student_number").pluck().all()).toEqual(graduated);
    expect(db.prepare('SELECT status, grade FROM student WHERE student_number = ?').get(active.at(-1)!.student_number)).toEqual({ status: 'not_in_latest_roster', grade: expect.any(Number) });
    expect(db.prepare('SELECT grade FROM student WHERE student_number = ?').pluck().get(listedGraduate)).toBe(12);

    const status = (await yearStatus(db, new Date('2026-12-03T16:00:00Z')));
    expect(status.lastStart?.undoRefusal).toMatch(/^School year 2027-28 can no longer be undone: a roster was imported after it was started on 2026-12-02/);
    await expect(undoSchoolYearStart(db, store.path)).rejects.toThrow(/can no longer be undone.*restore the backup taken before the start/);
    expect(db.prepare("SELECT count(*) FROM school_year_start WHERE undone_at IS NULL").pluck().get()).toBe(1);
    store.close();
  });

  it('counts a conference "this year" by the same window as reviews: a start closes the old year for both, undo reopens it', async () => {
    const store = await yearEndStore();
    const { db } = store;
    const someone = (await listCaseload(db, START)).find((r) => r.status === 'active' && (r.grade ?? 12) < 12)!.studentNumber;
    addConference(db, { studentNumber: someone, heldOn: '2026-10-20', studentAttended: true, guardians: [], others: null, language: null, interpreter: false, interpreterName: null, notes: null, printSnapshotId: null }, START);
    const thisYear = async () => (await listCaseload(db, START)).find((r) => r.studentNumber === someone)!.conferencesThisYear;
    expect(await thisYear()).toBe(1);
    await startSchoolYear(db, store.path, '2027-28', { now: START });
    expect(await thisYear()).toBe(0); // October belongs to the year that was closed on December 2
    await undoSchoolYearStart(db, store.path, START);
    expect(await thisYear()).toBe(1);
    store.close();
  });
});
