import type { Database as Db } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/core/api';
import { dispatch } from '../../../src/main/core/dispatch';
import { listCaseload } from '../../../src/main/core/plans/caseload';
import { openStore } from '../../../src/main/core/store/connection';
import { useTempDir } from '../../helpers/temp';
import { adoptSampleAsOwn, sampleStore, TODAY } from '../plans/stores';
import { writeHistory } from './records';
import { writeSchool } from './scale';

const tempDir = useTempDir();

/** The store's connection, counting the statements that read course history (what a build reads). */
function counting(db: Db): { db: Db; historyReads: () => number } {
  let reads = 0;
  const proxy = new Proxy(db, {
    get(target, key) {
      if (key === 'prepare')
        return (sql: string) => {
          if (/FROM course_history\s+WHERE student_number BETWEEN/.test(sql)) reads++;
          return target.prepare(sql);
        };
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: proxy, historyReads: () => reads };
}

/** How often the event loop got a turn while `work` ran, and the longest gap between turns (printed, not asserted: a shared machine's scheduler is in it). */
async function turnsDuring<T>(work: Promise<T>): Promise<{ value: T; turns: number; longestMs: number }> {
  let turns = 0;
  let longest = 0;
  let last = performance.now();
  let done = false;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    turns++;
    if (!done) setImmediate(tick);
  };
  setImmediate(tick);
  const value = await work;
  done = true;
  return { value, turns, longestMs: longest };
}

/**
 * The first caseload after an import reads a school's whole course history (2,000 students × 144
 * rows: over a second). It runs on the thread that serves the window, so it must give way: a
 * plan save made meanwhile is answered before the caseload, callers arriving together share one
 * build, and an import committed during the build is in the answer.
 */
describe('the caseload reading a school of course history', () => {
  it('gives the event loop turns while it builds, answers a plan save first, and builds once for callers that arrive together', async () => {
    const store = adoptSampleAsOwn(await sampleStore(tempDir()));
    writeSchool(store.db, 2000, TODAY);
    const { db, historyReads } = counting(store.db);

    const handlers = createHandlers(store);
    const save = (notes: string) => dispatch(handlers, 'plans.update', { studentNumber: '500001', operation: { op: 'setNotes', notes } });
    expect((await save('Met in September.')).ok).toBe(true); // the day's backup is taken on the first save: not what is measured

    const order: string[] = [];
    const caseload = listCaseload(db, TODAY).then((rows) => (order.push('caseload'), rows));
    const second = listCaseload(db, TODAY);
    const saved = save('Asked about welding.').then((a) => (order.push('save'), a));
    const { value: rows, turns, longestMs } = await turnsDuring(caseload);
    console.log(`cold caseload of 2,000 students × 144 rows: ${turns} turns of the event loop, longest gap ${longestMs.toFixed(0)} ms`);

    expect((await saved).ok).toBe(true);
    expect(order).toEqual(['save', 'caseload']);
    expect(turns).toBeGreaterThan(10);
    expect(rows.filter((r) => r.studentNumber.startsWith('5'))).toHaveLength(2000);
    expect(await second).toEqual(rows);
    // One build for both callers: the 2,000 students read 25 at a time, once; the second caller
    // then reads again only the student whose plan was saved meanwhile (plans/standings-cache.ts).
    expect(historyReads()).toBe(81);
    await listCaseload(db, TODAY);
    expect(historyReads()).toBe(81); // kept: nothing changed
    store.close();
  }, 180_000);

  it('answers with an import that another connection committed while it was building', async () => {
    const store = adoptSampleAsOwn(await sampleStore(tempDir()));
    writeSchool(store.db, 2000, TODAY);
    // Kept as of the day before, so the read below works out the whole school again (a student's
    // own change alone is read by itself, without a build: plans/standings-cache.ts).
    const before = (await listCaseload(store.db, new Date(TODAY.getTime() - 86_400_000))).find((r) => r.studentNumber === '500001')!.creditsEarned;
    writeHistory(store.db, '500002', [{ course: 'X-2', title: 'Transfer Art', year: 2026, grade: 11, earned: 0.5 }]); // the kept transcripts are stale now

    const building = listCaseload(store.db, TODAY);
    // The job worker's connection: an import of one transfer course, committed mid-build.
    const other = await openStore(store.path);
    await new Promise((resolve) => setImmediate(resolve));
    writeHistory(other.db, '500001', [{ course: 'X-1', title: 'Transfer Elective', year: 2026, grade: 11, earned: 1 }]);
    other.close();

    const rows = await building;
    expect(rows.find((r) => r.studentNumber === '500001')!.creditsEarned).toBe(before! + 1);
    store.close();
  }, 180_000);
});
