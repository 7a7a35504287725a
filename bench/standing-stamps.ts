/**
 * What migration 22's triggers (the standing stamps) cost the big writers, in the same process:
 * each write timed on a store with the triggers and on a copy of it without them, alternately,
 * median of BENCH_RUNS (5). The writes are the statements the imports run, in one transaction:
 *   72,000 course history rows added (480 students × 150: a history import's save)
 *   20,000 students added (a first roster import's save), then 20,000 moved up a grade
 * Prints ratios, asserts nothing. Run alone: `npx tsx bench/standing-stamps.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database as Db } from 'better-sqlite3';
import { openStore } from '../src/main/core/store/connection';
import { saveStudents } from '../src/main/core/students/repository';
import { median } from './measure';
import { benchStudents } from './students';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'cw-bench-stamps-'));
const today = new Date();

function dropTriggers(db: Db): void {
  for (const name of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'standing_%'").pluck().all() as string[]) {
    db.exec(`DROP TRIGGER "${name}"`);
  }
}

function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

function addHistory(db: Db, numbers: readonly string[]): void {
  const importId = Number(db.prepare("INSERT INTO history_import (file_name, imported_at, report) VALUES ('bench.csv', ?, '{}')").run(today.toISOString()).lastInsertRowid);
  const insert = db.prepare(
    `INSERT INTO course_history (student_number, record_key, school_year, grade_level, term, progress, course_number, state_code, title,
       credit_type, grade, result, credits_earned, credits_attempted, excluded, missing, import_id, updated_at)
     VALUES (?, ?, 2025, 11, 'S1', 0, ?, NULL, 'Course', 'English', 'A', 'passed', 0.5, 0.5, 0, 0, ?, ?)`,
  );
  db.transaction(() => {
    for (const n of numbers) for (let i = 0; i < 150; i++) insert.run(n, `k${i}`, `C${i}`, importId, today.toISOString());
  })();
}

async function store(name: string, triggers: boolean) {
  const s = await openStore(join(dir, `${name}.db`));
  if (!triggers) dropTriggers(s.db);
  return s;
}

async function main(): Promise<void> {
  const students = benchStudents(20_000, today);
  const seniors = students.slice(0, 480);
  const history: Record<'with' | 'without', number[]> = { with: [], without: [] };
  const roster: Record<'with' | 'without', number[]> = { with: [], without: [] };
  const grades: Record<'with' | 'without', number[]> = { with: [], without: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const kind of run % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const)) {
      const s = await store(`${kind}-${run}`, kind === 'with');
      roster[kind].push(timed(() => saveStudents(s.db, students, today)));
      grades[kind].push(timed(() => s.db.transaction(() => s.db.prepare('UPDATE student SET grade = grade + 1 WHERE grade < 12').run())()));
      history[kind].push(timed(() => addHistory(s.db, seniors.map((x) => x.studentNumber))));
      s.close();
    }
  }
  const line = (label: string, r: Record<'with' | 'without', number[]>) => {
    const w = median(r.with);
    const wo = median(r.without);
    console.log(`  ${label.padEnd(44)} ${wo.toFixed(0).padStart(6)} ms without, ${w.toFixed(0).padStart(6)} ms with   ratio ${(w / wo).toFixed(2)}×`);
  };
  console.log(`standing stamps' triggers (migration 22), median of ${RUNS}, alternating`);
  line('20,000 students added (roster save)', roster);
  line('20,000 students moved up a grade', grades);
  line('72,000 course history rows added', history);
  rmSync(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
