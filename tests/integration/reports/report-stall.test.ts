import type { Database as Db } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/core/api';
import { dispatch } from '../../../src/main/core/dispatch';
import { runReport } from '../../../src/main/core/reports/run';
import { useTempDir } from '../../helpers/temp';
import { watchPrepare } from '../../helpers/watch-db';
import { writeSchool } from '../history/scale';
import { adoptSampleAsOwn, sampleStore, TODAY } from '../plans/stores';

const tempDir = useTempDir();

/**
 * The store's connection, calling `onScope` when a report reads its students (after the standings,
 * which slice themselves): from then on the report groups and builds its tables.
 */
function watching(db: Db, onScope: () => void): Db {
  return watchPrepare(db, (sql, statement) => {
    if (!/FROM student ORDER BY last_name/.test(sql)) return statement;
    onScope();
    // As on a slower computer: each student the report passes over costs 0.05 ms of the thread,
    // so the per-student passes span several 20 ms slices on any machine (on a fast, quiet one
    // 2,000 students fitted in one slice and the save waited for the report). Time spent, not
    // measured: nothing here asserts a duration.
    return new Proxy(statement, {
      get(target, key) {
        if (key === 'all') return (...args: unknown[]) => slowRows((target.all as (...a: unknown[]) => unknown[])(...args), 0.05);
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  });
}

function slowRows<T>(rows: T[], ms: number): T[] {
  const slow = [...rows];
  const slowly = function* () {
    for (const row of rows) {
      const until = performance.now() + ms;
      while (performance.now() < until);
      yield row;
    }
  };
  slow[Symbol.iterator] = slowly as unknown as T[][typeof Symbol.iterator];
  return slow;
}

/**
 * A report of a whole school runs on the thread that serves the window, like the caseload. After
 * the standings (kept between calls, and read in slices), its per-student passes — the scope, each
 * student's CTE courses, the student tables — give the event loop turns too, so a plan save that
 * arrives meanwhile is answered before the report.
 */
describe('a report of a school of 2,000 students', () => {
  it('gives the event loop turns while it builds its tables, and answers a plan save made meanwhile first', async () => {
    const store = adoptSampleAsOwn(await sampleStore(tempDir()));
    writeSchool(store.db, 2000, TODAY);
    const handlers = createHandlers(store);
    const save = (notes: string) => dispatch(handlers, 'plans.update', { studentNumber: '500001', operation: { op: 'setNotes', notes } });
    expect((await save('Met in September.')).ok).toBe(true); // the day's backup: not what is measured
    await runReport(store.db, { report: 'cte' }, TODAY); // the course history read once and kept: not what is measured

    // The CTE report: its per-student pass (each student's courses against the programs) is the
    // longest; at 2,000 students the plans report's passes fit in one 20 ms slice.
    for (const report of ['cte'] as const) {
      const order: string[] = [];
      let turns = 0;
      let building = false;
      const tick = () => {
        if (!building) return;
        turns++;
        setImmediate(tick);
      };
      const db = watching(store.db, () => {
        if (building) return;
        building = true;
        setImmediate(tick);
        // A save arriving from the window as the report starts grouping: a turn of the event loop later.
        setImmediate(() => void save(`Asked about ${report}.`).then((a) => (expect(a.ok).toBe(true), order.push('save'))));
      });
      const made = await runReport(db, { report }, TODAY).then((r) => (order.push('report'), r));
      building = false;
      console.log(`${report} report of 2,000 students after the standings: ${turns} turns of the event loop`);
      await new Promise((r) => setImmediate(r));
      expect(order, report).toEqual(['save', 'report']);
      expect(turns, report).toBeGreaterThan(0);
      expect(made.studentCount).toBeGreaterThan(2000);
    }
    store.close();
  }, 180_000);
});
