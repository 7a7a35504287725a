import type { Database as Db } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listPrograms } from '../../../src/main/core/programs/repository';
import { loadCatalog } from '../../../src/main/core/courses/repository';
import { planStandings } from '../../../src/main/core/plans/caseload-status';
import { writePlan } from '../../../src/main/core/plans/repository';
import { samplePlans } from '../../../src/main/core/sample/plans';
import { writeTransaction } from '../../../src/main/core/store/transaction';
import { saveStudents } from '../../../src/main/core/students/repository';
import { benchStudents } from '../../../bench/students';
import { useTempDir } from '../../helpers/temp';
import { watchPrepare } from '../../helpers/watch-db';
import { adoptSampleAsOwn, sampleStore, TODAY } from './stores';

const tempDir = useTempDir();

/** The store's connection, noting how many rows each read of the plan courses returns. */
function watchingPlanCourses(db: Db, reads: number[]): Db {
  const spy = <T extends object>(statement: T): T =>
    new Proxy(statement, {
      get(target, key) {
        const value = Reflect.get(target, key) as unknown;
        if (typeof value !== 'function') return value;
        const call = (value as (...a: unknown[]) => unknown).bind(target);
        if (key === 'raw') return (...a: unknown[]) => spy(call(...a) as object);
        if (key === 'all') return (...a: unknown[]) => {
          const rows = call(...a) as unknown[];
          reads.push(rows.length);
          return rows;
        };
        return call;
      },
    });
  return watchPrepare(db, (sql, statement) => (/SELECT student_number, id, year, term, course_number/.test(sql) ? spy(statement) : statement));
}

/**
 * The caseload's verdicts (plan status, credits, on track) rest on every plan's courses: half a
 * million rows at 20,000 students, which read at once held the serving thread for seconds. They
 * are read a page of students at a time with a turn of the event loop after each page, so the
 * number of turns follows the number of students, not the machine's speed.
 */
describe('the standings of 2,000 students with plans', () => {
  it('read the plans a page of 250 students at a time, a turn of the event loop after each, with the same verdicts as one read', async () => {
    const store = adoptSampleAsOwn(await sampleStore(tempDir()));
    const { db } = store;
    const students = benchStudents(2000, TODAY);
    saveStudents(db, students, TODAY);
    const plans = samplePlans(students, listPrograms(db), loadCatalog(db), TODAY);
    writeTransaction(db, () => {
      for (const p of plans) writePlan(db, p, TODAY);
    });
    const total = db.prepare('SELECT count(*) FROM student').pluck().get() as number;
    const planCourses = db.prepare('SELECT count(*) FROM plan_course').pluck().get() as number;
    expect(planCourses).toBeGreaterThan(20 * 2000);

    let turns = 0;
    let running = true;
    const tick = () => {
      if (!running) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const reads: number[] = [];
    const standings = await planStandings(watchingPlanCourses(db, reads), TODAY);
    running = false;
    expect(turns).toBeGreaterThanOrEqual(Math.floor(total / 250));
    // No read takes every plan's courses at once: each is one page's.
    expect(reads.length).toBeGreaterThanOrEqual(Math.floor(total / 250));
    expect(Math.max(...reads)).toBeLessThan(planCourses / 4);
    // Every course is read once (the warnings read the alternates and the years after high school too).
    expect(reads.reduce((a, b) => a + b, 0)).toBe(planCourses);

    // Paged or not, the same verdicts: every planned student is there, with the courses their plan holds.
    expect(standings.size).toBe(db.prepare('SELECT count(*) FROM plan').pluck().get());
    const counted = db.prepare("SELECT count(*) FROM plan_course WHERE student_number = ? AND year IN ('9', '10', '11', '12') AND alternate_for IS NULL").pluck();
    // Students spread over every page.
    for (const p of plans.filter((_, i) => i % 125 === 0 || i % 250 === 249)) {
      expect(standings.get(p.studentNumber)!.planCourses.length, p.studentNumber).toBe(counted.get(p.studentNumber));
    }
    store.close();
  }, 120_000);
});
