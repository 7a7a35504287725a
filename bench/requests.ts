/**
 * Course requests bench: a school of 20,000 students, each with a copy of a sample plan.
 *   file       the `requests.export` job end to end as the window runs it (JobRegistry +
 *              workerLauncher with the built out/main/job-worker.js: worker start, its own store
 *              connection, the file, the result back as base64, polled every 150 ms like the page)
 *              of every active student's requests for next year, .csv and .xlsx, against listing the
 *              same caseload (students and their plan summaries, what the Caseload page asks for) in
 *              the same run: time, longest stall of the serving thread, ratio
 *   sheets     400 course request sheets in one combined PDF (the print job's work), ms per sheet
 * Prints figures; asserts nothing.
 *
 *   npm run build && node --import tsx bench/requests.ts [--students 20000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tasks } from '../src/main/core/api/jobs';
import { workerLauncher } from '../src/main/core/jobs/launch';
import { JobRegistry } from '../src/main/core/jobs/registry';
import { planSummaries } from '../src/main/core/plans/caseload-status';
import { readAllPlans, writePlan } from '../src/main/core/plans/repository';
import { printRequestSheets } from '../src/main/core/print/print-request-sheets';
import { loadSampleSchool } from '../src/main/core/sample/load';
import { openStore } from '../src/main/core/store/connection';
import { listStudents, saveStudents } from '../src/main/core/students/repository';
import type { RequestExportResult } from '../src/shared/domain/requests';
import { median, withStallMeter } from './measure';
import { benchStudents } from './students';

const TODAY = new Date('2026-12-01T15:00:00Z');

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

type Jobs = JobRegistry<typeof tasks>;

/** One export through the job worker, polled as the page polls it; the result as the page receives it. */
async function exportJob(jobs: Jobs, preset: 'powerschool' | 'generic', format: 'csv' | 'xlsx'): Promise<RequestExportResult> {
  const jobId = jobs.start('requests.export', { schoolYear: '2027-28', selection: { all: true }, preset, format, requestedAt: TODAY.toISOString() }, 'Choosing the students');
  for (;;) {
    await new Promise((r) => setTimeout(r, 150));
    const status = jobs.status(jobId, 'requests.export');
    if (status.state === 'done') return status.result!;
    if (status.state !== 'running') throw new Error(status.error?.message ?? status.state);
  }
}

async function main(): Promise<void> {
  const count = Number(flag('--students', '20000'));
  const dir = mkdtempSync(join(tmpdir(), 'cw-bench-requests-'));
  try {
    const store = await openStore(join(dir, 'bench.db'));
    loadSampleSchool(store.db, TODAY);
    const plans = readAllPlans(store.db);
    const extra = benchStudents(count - listStudents(store.db).length, TODAY).map((s, i) => ({ ...s, studentNumber: `9${String(i).padStart(5, '0')}`, status: 'active' as const }));
    store.db.transaction(() => {
      saveStudents(store.db, extra, TODAY);
      extra.forEach((s, i) => writePlan(store.db, { ...plans[i % plans.length]!, studentNumber: s.studentNumber }, TODAY));
    })();
    const { db } = store;
    const jobs: Jobs = new JobRegistry(workerLauncher({ storePath: store.path, workerFile: join(__dirname, '..', 'out', 'main', 'job-worker.js') }));
    const runs = { caseload: [] as number[], csv: [] as number[], xlsx: [] as number[] };
    let stall = { csv: 0, xlsx: 0 };
    let rows = 0;
    for (let i = 0; i < 3; i++) {
      // Awaited whole: the summaries are built in slices, and one left running would be measured as the next job's stall.
      runs.caseload.push((await withStallMeter(async () => ({ students: listStudents(db), summaries: await planSummaries(db, TODAY) }))).ms);
      const csv = await withStallMeter(() => exportJob(jobs, 'powerschool', 'csv'));
      const xlsx = await withStallMeter(() => exportJob(jobs, 'generic', 'xlsx'));
      runs.csv.push(csv.ms);
      runs.xlsx.push(xlsx.ms);
      stall = { csv: Math.max(stall.csv, csv.stallMs), xlsx: Math.max(stall.xlsx, xlsx.stallMs) };
      rows = csv.value.requests;
    }
    const base = median(runs.caseload);
    console.log(`students ${count}, request rows ${rows}`);
    console.log(`caseload listing (baseline)   ${base.toFixed(0).padStart(6)} ms`);
    console.log(`request file .csv (job)       ${median(runs.csv).toFixed(0).padStart(6)} ms  ${(median(runs.csv) / base).toFixed(2)}×  longest stall ${stall.csv.toFixed(0)} ms`);
    console.log(`request file .xlsx (job)      ${median(runs.xlsx).toFixed(0).padStart(6)} ms  ${(median(runs.xlsx) / base).toFixed(2)}×  longest stall ${stall.xlsx.toFixed(0)} ms`);
    const numbers = listStudents(db).filter((s) => s.classYear !== null && s.classYear > 2027).slice(0, 400).map((s) => s.studentNumber);
    const sheets = await withStallMeter(() =>
      printRequestSheets(db, { studentNumbers: numbers }, '2027-28', { mode: 'combined', school: 'Lincoln High School', printedAt: TODAY, printedOn: '2026-12-01', fileName: 'x.pdf' }, { progress: () => undefined, throwIfCancelled: () => undefined }),
    );
    console.log(`request sheets, combined      ${sheets.ms.toFixed(0).padStart(6)} ms  ${(sheets.ms / numbers.length).toFixed(1)} ms/sheet  ${sheets.value.pages} pages  longest stall ${sheets.stallMs.toFixed(0)} ms`);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
