import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveCourses, listCourses } from '../../../src/main/core/courses/repository';
import { caseloadColumns, listCaseload } from '../../../src/main/core/plans/caseload';
import { planStandings } from '../../../src/main/core/plans/caseload-status';
import { standingsRefreshed } from '../../../src/main/core/plans/standings-cache';
import { applyProgramToPlan, updatePlan } from '../../../src/main/core/plans/update';
import { requirementSetFor, saveRequirementSet } from '../../../src/main/core/requirements/repository';
import { backupStore } from '../../../src/main/core/store/backup';
import { openStore, type Store } from '../../../src/main/core/store/connection';
import { restoreBackup } from '../../../src/main/core/store/restore';
import { saveStudents } from '../../../src/main/core/students/repository';
import { writeHistory } from '../history/records';
import { useTempDir } from '../../helpers/temp';
import { sampleStore, student, TODAY } from './stores';

/*
 * The kept standings (plans/standings-cache.ts) against a from-scratch computation after writes
 * through every path a standing rests on: each comparison opens a connection of its own, which
 * keeps nothing, and works out the whole school. The triggers of migration 22 are what keeps the
 * cache honest: the last test drops one and the comparison fails.
 */

const tempDir = useTempDir();

async function fromScratch(store: Store) {
  const other = await openStore(store.path);
  try {
    return await planStandings(other.db, TODAY);
  } finally {
    other.close();
  }
}

async function expectFresh(store: Store, step: string) {
  const kept = await planStandings(store.db, TODAY);
  expect({ step, standings: kept }).toEqual({ step, standings: await fromScratch(store) });
}

/** 900009 with the nursing program applied (complete), 900011 with a transcript: the sample's plans beside them. */
async function school(): Promise<Store> {
  const store = await sampleStore(tempDir());
  await applyProgramToPlan(store.db, '900009', 'nursing', TODAY);
  writeHistory(store.db, '900011', [
    { course: 'ENG101', title: 'English 9', year: 2024, grade: 9, earned: 1 },
    { course: 'ALG101', title: 'Algebra I', year: 2024, grade: 9, earned: 1 },
  ]);
  await planStandings(store.db, TODAY);
  return store;
}

/** A tiny seeded generator (mulberry32): the same "random" writes on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the kept standings', () => {
  it('equal a from-scratch computation after each kind of write, recomputing only the students a write touched', async () => {
    const store = await school();
    const { db } = store;
    const change = (studentNumber: string, op: Parameters<typeof updatePlan>[2]) => updatePlan(db, studentNumber, op, TODAY);

    // A plan edit: a duplicate course opens warnings.
    const view = await change('900009', { op: 'placeCourse', courseNumber: 'ENG101', year: '10' });
    await expectFresh(store, 'plan edit');
    expect(standingsRefreshed(db)).toBe(1);
    expect((await planStandings(db, TODAY)).get('900009')!.summary.planStatus).toBe('complete_with_warnings');

    // Acknowledgements, through the plan and straight into the table.
    for (const w of view.warnings) await change('900009', { op: 'acknowledgeWarning', warningId: w.id, note: 'Counselor approved' });
    await expectFresh(store, 'acknowledged');
    expect((await planStandings(db, TODAY)).get('900009')!.summary.planStatus).toBe('complete');
    db.prepare("DELETE FROM plan_acknowledgement WHERE student_number = '900009'").run();
    await expectFresh(store, 'acknowledgements deleted');
    expect((await planStandings(db, TODAY)).get('900009')!.summary.planStatus).toBe('complete_with_warnings');

    // A history import (the import's rows), and a transcript row excluded by hand.
    writeHistory(db, '900011', [{ course: 'BIO101', title: 'Biology', year: 2025, grade: 10, earned: 1 }]);
    await expectFresh(store, 'history import');
    expect(standingsRefreshed(db)).toBe(1);
    db.prepare("UPDATE course_history SET excluded = 1 WHERE student_number = '900011' AND course_number = 'ALG101'").run();
    await expectFresh(store, 'history row excluded');

    // The catalog: a course's credits (every student planning it).
    const english = listCourses(db).find((c) => c.number === 'ENG101')!;
    saveCourses(db, [{ ...english, credits: 0.5 }], TODAY);
    await expectFresh(store, 'catalog edit');
    expect(standingsRefreshed(db)).toBe('all');

    // The requirements: English asks one credit fewer.
    const set = requirementSetFor(db, null);
    saveRequirementSet(db, { ...set, areas: set.areas.map((a) => (a.area === 'english' ? { ...a, credits: a.credits - 1 } : a)) }, TODAY);
    await expectFresh(store, 'requirements edit');

    // The roster: a grade change (class year with it), then a name change that must cost nothing.
    saveStudents(db, [{ ...student('900011', 12, 'Żółć') }], TODAY);
    await expectFresh(store, 'roster grade change');
    expect(standingsRefreshed(db)).toBe(1);
    saveStudents(db, [{ ...student('900011', 12, 'Zolc') }], TODAY);
    await planStandings(db, TODAY);
    expect(standingsRefreshed(db)).toBe(0);

    // A started school year moves the review window.
    db.prepare("INSERT INTO school_year_start (school_year, started_at, started_on, backup_path) VALUES (2027, ?, '2026-11-27', NULL)").run(TODAY.toISOString());
    await expectFresh(store, 'school year started');

    // Another connection (the job worker, the command line) writing a plan.
    const other = await openStore(store.path);
    await updatePlan(other.db, '900009', { op: 'markReviewed', date: '2026-11-20' }, TODAY);
    other.close();
    await expectFresh(store, 'another connection');

    // A student removed, then one added.
    db.prepare("DELETE FROM plan WHERE student_number = '900009'").run();
    await expectFresh(store, 'plan removed');
    saveStudents(db, [student('900012', 10)], TODAY);
    await expectFresh(store, 'student added');

    // Varied writes at random, each compared.
    const random = seeded(13);
    const students = [...(await planStandings(db, TODAY)).keys()];
    const courses = listCourses(db).map((c) => c.number);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    for (let i = 0; i < 20; i++) {
      const studentNumber = pick(students);
      const kind = pick(['place', 'remove', 'review', 'history', 'credits', 'grade'] as const);
      if (kind === 'place') await change(studentNumber, { op: 'placeCourse', courseNumber: pick(courses), year: pick(['9', '10', '11', '12'] as const) });
      if (kind === 'remove') db.prepare('DELETE FROM plan_course WHERE rowid = (SELECT min(rowid) FROM plan_course WHERE student_number = ?)').run(studentNumber);
      if (kind === 'review') db.prepare('UPDATE plan SET last_reviewed = ? WHERE student_number = ?').run(pick(['2026-09-01', '2025-10-01']), studentNumber);
      if (kind === 'history') writeHistory(db, studentNumber, [{ course: pick(courses), title: 'Transfer', year: 2025, grade: 10, earned: pick([0.5, 1]) }]);
      if (kind === 'credits') db.prepare('UPDATE course SET credits = ? WHERE number = ?').run(pick([0.5, 1]), pick(courses));
      if (kind === 'grade') db.prepare('UPDATE student SET class_year = ?, grade = ? WHERE student_number = ?').run(...pick([[2027, 12], [2029, 10]] as const), studentNumber);
      await expectFresh(store, `random ${i}: ${kind} ${studentNumber}`);
    }
    store.close();
  }, 120_000);

  it('shows a plan course another program wrote into the file (python3 sqlite3)', async () => {
    const store = await school();
    const before = (await listCaseload(store.db, TODAY)).find((r) => r.studentNumber === '900009')!;
    expect(before.planStatus).toBe('complete');
    const python = `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("""INSERT INTO plan_course (student_number, id, position, year, term, course_number, status)
              SELECT student_number, 'python-1', max(position) + 1, '10', 'full_year', 'ENG101', 'planned'
                FROM plan_course WHERE student_number = '900009'""")
db.commit()
`;
    execFileSync('/usr/bin/python3', ['-c', python, store.path]);
    const after = (await listCaseload(store.db, TODAY)).find((r) => r.studentNumber === '900009')!;
    expect(after.planStatus).toBe('complete_with_warnings');
    await expectFresh(store, 'python');
    store.close();
  });

  it("rebuilds the caseload's columns after any write, this connection's or another's, and hands out the same ones when nothing was written", async () => {
    const store = await school();
    const name = async () => (await listCaseload(store.db, TODAY)).find((r) => r.studentNumber === '900011')!.lastName;
    expect(await name()).toBe('Żółć');
    expect(await caseloadColumns(store.db, TODAY)).toBe(await caseloadColumns(store.db, TODAY));
    saveStudents(store.db, [student('900011', 11, 'Zolc')], TODAY); // a name: no standing stamp moves
    expect(await name()).toBe('Zolc');
    const other = await openStore(store.path);
    saveStudents(other.db, [student('900011', 11, 'Solc')], TODAY);
    other.close();
    expect(await name()).toBe('Solc');
    store.close();
  });

  it('follows a restore that puts back an older copy (its ticks are older than the ones read)', async () => {
    const store = await school();
    const taken = await backupStore(store.db, store.path, 'daily', TODAY);
    await updatePlan(store.db, '900009', { op: 'placeCourse', courseNumber: 'ENG101', year: '10' }, TODAY);
    expect((await planStandings(store.db, TODAY)).get('900009')!.summary.planStatus).toBe('complete_with_warnings');
    await restoreBackup(store, basename(taken), { now: TODAY });
    expect((await planStandings(store.db, TODAY)).get('900009')!.summary.planStatus).toBe('complete');
    await expectFresh(store, 'restored');
    store.close();
  });

  it('goes stale when a trigger is missing: the comparison above catches it', async () => {
    const store = await school();
    store.db.exec('DROP TRIGGER standing_plan_course_insert');
    // Straight into the table, as another program would (a plan edit also bumps the plan's own row).
    store.db
      .prepare(`INSERT INTO plan_course (student_number, id, position, year, term, course_number, status)
                SELECT student_number, 'unseen-1', max(position) + 1, '10', 'full_year', 'ENG101', 'planned' FROM plan_course WHERE student_number = '900009'`)
      .run();
    const kept = await planStandings(store.db, TODAY);
    expect(kept.get('900009')!.summary.planStatus).toBe('complete');
    expect(kept).not.toEqual(await fromScratch(store));
    store.close();
  });
});
