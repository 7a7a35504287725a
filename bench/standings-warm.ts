/**
 * The standings cache (plans/standings-cache.ts) at a school's size: how long warming takes at
 * store open and the longest the serving thread waited meanwhile (target ≤ 100 ms), then what a
 * caseload read costs warm, after one plan edit, and after a catalog edit (the whole school again).
 * Prints figures; asserts nothing. Knobs: BENCH_STUDENTS (20,000).
 * Run alone: `npx tsx bench/standings-warm.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listCourses, saveCourses } from '../src/main/core/courses/repository';
import { caseloadColumns } from '../src/main/core/plans/caseload';
import { standingsRefreshed, warmStandings } from '../src/main/core/plans/standings-cache';
import { openStore } from '../src/main/core/store/connection';
import { makePlannedStore } from './planned-store';

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 20_000);

/** The longest gap between turns of the event loop while `work` runs. */
async function gapsDuring(work: () => Promise<unknown>): Promise<{ ms: number; longestGapMs: number; gapsOver100: number }> {
  let longest = 0;
  let over = 0;
  let last = performance.now();
  let done = false;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    if (now - last > 100) over++;
    last = now;
    if (!done) setImmediate(tick);
  };
  setImmediate(tick);
  const start = performance.now();
  await work();
  done = true;
  // A read that never yields is one stall from its last turn to its end.
  longest = Math.max(longest, performance.now() - last);
  return { ms: performance.now() - start, longestGapMs: longest, gapsOver100: over };
}

async function timed(label: string, work: () => Promise<unknown>, db: Parameters<typeof standingsRefreshed>[0]): Promise<void> {
  const r = await gapsDuring(work);
  console.log(`  ${label.padEnd(40)} ${r.ms.toFixed(0).padStart(6)} ms   longest stall ${r.longestGapMs.toFixed(0).padStart(4)} ms   recomputed ${standingsRefreshed(db)}`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cw-bench-warm-'));
  try {
    const path = join(dir, 'school.db');
    await makePlannedStore(path, STUDENTS);
    const store = await openStore(path);
    const { db } = store;
    console.log(`standings cache, ${STUDENTS.toLocaleString('en-US')} students with plans`);
    const warm = await gapsDuring(() => warmStandings(db));
    console.log(`  ${'warming at open'.padEnd(40)} ${warm.ms.toFixed(0).padStart(6)} ms   longest stall ${warm.longestGapMs.toFixed(0).padStart(4)} ms (target ≤ 100; ${warm.gapsOver100} over)`);
    for (let i = 1; i <= 3; i++) await timed(`caseload read, warm (${i})`, () => caseloadColumns(db), db);
    db.prepare("UPDATE plan SET notes = 'Met in September.' WHERE student_number = (SELECT min(student_number) FROM plan)").run();
    await timed('caseload read after one plan edit', () => caseloadColumns(db), db);
    const course = listCourses(db)[0]!;
    saveCourses(db, [{ ...course, title: `${course.title} (edited)` }]);
    await timed('caseload read after a catalog edit', () => caseloadColumns(db), db);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
