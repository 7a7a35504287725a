/**
 * What checking answers against the contract costs (dispatch does it in tests and development, not
 * in production builds): students.list for 20,000 students, timed through dispatch with and
 * without the check, and the check alone. Prints figures; asserts nothing.
 *
 *   npx tsx bench/output-check.ts [--students 20000] [--runs 15]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contract } from '../src/shared/contract';
import { createHandlers } from '../src/main/core/api';
import { dispatch } from '../src/main/core/dispatch';
import { openStore } from '../src/main/core/store/connection';
import { saveStudents } from '../src/main/core/students/repository';
import { benchStudents } from './students';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function timed(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  await work(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  return median(times);
}

async function main(): Promise<void> {
  const count = flag('--students', 20_000);
  const runs = flag('--runs', 15);
  const dir = mkdtempSync(join(tmpdir(), 'cw-bench-'));
  const store = await openStore(join(dir, 's.db'));
  try {
    saveStudents(store.db, benchStudents(count));
    const handlers = createHandlers(store);
    const answer = await handlers['students.list']({});
    const unchecked = await timed(runs, () => dispatch(handlers, 'students.list', {}, false));
    const checked = await timed(runs, () => dispatch(handlers, 'students.list', {}, true));
    const checkAlone = await timed(runs, () => contract['students.list'].output.safeParse(answer));
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    console.log(`students.list, ${count.toLocaleString('en-US')} students, median of ${runs} (Node ${process.version})`);
    console.log(`  dispatch, outputs not checked   ${ms(unchecked)}`);
    console.log(`  dispatch, outputs checked       ${ms(checked)}  (+${ms(checked - unchecked)}, ${((checked / unchecked - 1) * 100).toFixed(0)}%)`);
    console.log(`  the check alone (safeParse)     ${ms(checkAlone)}`);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
