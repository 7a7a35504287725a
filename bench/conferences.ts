/**
 * Conferences in the caseload: what the "Last conference" column and the "No conference this
 * year" filter add to listing the caseload. 20,000 students, 50,000 conferences over three school
 * years; the caseload listed in the same run without any conference is the baseline (target: the
 * conference facts cost under 10% of the listing). Prints figures; asserts nothing.
 *
 *   npx tsx bench/conferences.ts [--students 20000] [--runs 5]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conferenceFacts } from '../src/main/core/conferences/facts';
import { listCaseload } from '../src/main/core/plans/caseload';
import { openStore } from '../src/main/core/store/connection';
import { writeTransaction } from '../src/main/core/store/transaction';
import { saveStudents } from '../src/main/core/students/repository';
import { median } from './measure';
import { benchStudents } from './students';
import { schoolYearDates } from '../src/shared/domain/school-year';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

async function timed(runs: number, work: () => unknown): Promise<number> {
  await work(); // warm: statements prepared, pages cached
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

async function main(): Promise<void> {
  const count = flag('--students', 20_000);
  const runs = flag('--runs', 5);
  const today = new Date('2026-12-01T12:00:00Z');
  const dir = mkdtempSync(join(tmpdir(), 'cw-bench-conferences-'));
  try {
    const store = await openStore(join(dir, 'store.db'));
    const students = benchStudents(count, today);
    saveStudents(store.db, students, today);

    const without = await timed(runs, () => listCaseload(store.db, today));

    // Two or three conferences for most students, none for every fifth: fall 2024, spring 2026, fall 2026.
    const days = ['2024-10-15', '2026-03-10', '2026-10-20'];
    const insert = store.db.prepare(
      `INSERT INTO conference (student_number, held_on, student_attended, guardians, interpreter, created_at, updated_at)
       VALUES (?, ?, 1, '["A guardian"]', 0, 'bench', 'bench')`,
    );
    let conferences = 0;
    writeTransaction(store.db, () => {
      students.forEach((s, i) => {
        if (i % 5 === 4) return;
        for (const day of days.slice(i % 2)) {
          insert.run(s.studentNumber, day);
          conferences++;
        }
      });
    });

    const facts = await timed(runs, () => conferenceFacts(store.db, schoolYearDates(today)));
    const withConferences = await timed(runs, () => listCaseload(store.db, today));
    const none = (await listCaseload(store.db, today)).filter((r) => r.conferencesThisYear === 0).length;
    store.close();

    console.log(`${count.toLocaleString('en-US')} students, ${conferences.toLocaleString('en-US')} conferences (${none.toLocaleString('en-US')} students with none this year)`);
    console.log(`caseload listed, no conferences (baseline): ${without.toFixed(1)} ms`);
    console.log(`conferenceFacts alone:                      ${facts.toFixed(1)} ms  (${((facts / without) * 100).toFixed(1)}% of the baseline; target < 10%)`);
    console.log(`caseload listed with conferences:           ${withConferences.toFixed(1)} ms  (×${(withConferences / without).toFixed(2)} the baseline)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
