import { describe, expect, it } from 'vitest';
import { importHistory } from '../../../src/main/core/history/import';
import { saveStudents } from '../../../src/main/core/students/repository';
import { reactivateGraduate } from '../../../src/main/core/year/reactivate';
import { startSchoolYear } from '../../../src/main/core/year/start';
import { yearStatus } from '../../../src/main/core/year/status';
import { undoSchoolYearStart } from '../../../src/main/core/year/undo';
import { CounselorError } from '../../../src/shared/errors';
import { useTempDir } from '../../helpers/temp';
import { historyStore, request, taskContext } from '../history/history-store';
import { student, TODAY } from '../plans/stores';

const tempDir = useTempDir();
const START = new Date('2026-12-02T15:00:00Z');
const LATER = new Date('2026-12-03T15:00:00Z');

/** The sample school as the school's own, with two seniors of 2027 still active: both graduate when 2027-28 starts. */
async function seniorsStore() {
  const store = await historyStore(tempDir());
  saveStudents(store.db, [{ ...student('700001', 12), classYear: 2027 }, { ...student('700002', 12), classYear: 2027 }], TODAY);
  return store;
}

const statusOf = (store: { db: import('better-sqlite3').Database }, n: string) =>
  store.db.prepare('SELECT status, grade, class_year FROM student WHERE student_number = ?').get(n);

describe('a graduate made active again (did not finish)', () => {
  it('is active at once, stays active through an undo of the start, and is not graduated again by the same year started anew', async () => {
    const store = await seniorsStore();
    const { db } = store;
    const first = await startSchoolYear(db, store.path, '2027-28', { now: START });
    expect(statusOf(store, '700001')).toEqual({ status: 'graduated', grade: 12, class_year: 2027 });

    const done = reactivateGraduate(db, '700001', LATER);
    expect(done).toEqual({ studentNumber: '700001', status: 'active', classYear: 2027, graduatedBy: { schoolYear: '2027-28', startedOn: '2026-12-02' }, reactivatedAt: LATER.toISOString() });
    expect(statusOf(store, '700001')).toEqual({ status: 'active', grade: 12, class_year: 2027 });
    expect(db.prepare('SELECT student_number, school_year FROM student_reactivation').all()).toEqual([{ student_number: '700001', school_year: 2028 }]);
    // The student's log says so, in the same transaction (year/audit.ts).
    expect(db.prepare("SELECT at, student_number, detail FROM audit_entry WHERE action = 'year.reactivate'").all()).toEqual([
      {
        at: LATER.toISOString(),
        student_number: '700001',
        detail: JSON.stringify({ graduatedBy: { schoolYear: '2027-28', startedOn: '2026-12-02' }, changes: { status: { from: 'graduated', to: 'active' } } }),
      },
    ]);

    const undone = await undoSchoolYearStart(db, store.path, LATER);
    expect(undone.restored.graduated).toBe(first.started!.counts.graduated - 1);
    expect(statusOf(store, '700001')).toMatchObject({ status: 'active' });
    expect(statusOf(store, '700002')).toMatchObject({ status: 'active' });

    // The same year started again: the student who did not finish stays on the active caseload, the other senior graduates.
    const again = await startSchoolYear(db, store.path, '2027-28', { now: LATER });
    expect(again.started!.counts.graduated).toBe(first.started!.counts.graduated - 1);
    expect(statusOf(store, '700001')).toMatchObject({ status: 'active', grade: 12 });
    expect(statusOf(store, '700002')).toMatchObject({ status: 'graduated' });
    store.close();
  });

  it('is refused, with nothing written, for an active student, an unknown one, and a graduate no start recorded', async () => {
    const store = await seniorsStore();
    const { db } = store;
    saveStudents(db, [{ ...student('700009', 12), classYear: 2026, status: 'graduated' }], TODAY);
    const refusals: [string, string, RegExp][] = [
      ['700001', 'conflict', /^Student 700001 is not graduated, so there is nothing to make active again\.$/],
      ['999999', 'not_found', /^There is no student with number 999999\.$/],
      ['700009', 'conflict', /no school year start records it/],
    ];
    for (const [n, code, message] of refusals) {
      let error: unknown;
      try {
        reactivateGraduate(db, n);
      } catch (e) {
        error = e;
      }
      expect(error, n).toBeInstanceOf(CounselorError);
      expect((error as CounselorError).code).toBe(code);
      expect((error as Error).message).toMatch(message);
    }
    expect(db.prepare('SELECT count(*) FROM student_reactivation').pluck().get()).toBe(0);
    expect(statusOf(store, '700009')).toMatchObject({ status: 'graduated' });
    store.close();
  });
});

describe('a course history import after a start', () => {
  it('closes the undo as a roster import does: its rows were matched to the students as the start left them', async () => {
    const store = await seniorsStore();
    const { db } = store;
    await startSchoolYear(db, store.path, '2027-28', { now: START });
    expect((await yearStatus(db, START)).lastStart?.undoRefusal).toBeNull();
    await importHistory(request('powerschool-storedgrades.csv'), taskContext(store), LATER);
    const refusal = (await yearStatus(db, LATER)).lastStart?.undoRefusal;
    expect(refusal).toMatch(/^School year 2027-28 can no longer be undone: a course history was imported after it was started on 2026-12-02/);
    await expect(undoSchoolYearStart(db, store.path, LATER)).rejects.toThrow(/can no longer be undone/);
    expect(db.prepare("SELECT count(*) FROM student WHERE student_number = '700001' AND status = 'graduated'").pluck().get()).toBe(1);
    store.close();
  });
});
