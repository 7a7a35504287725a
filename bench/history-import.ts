/**
 * Course history import bench (issue 9): 2,000 seniors × four school years of PowerSchool
 * StoredGrades (quarter progress rows beside semester finals; ~300,000 rows), written by our own
 * exporters (papaparse's unparse for .csv, exceljs's streaming writer for .xlsx), imported end to
 * end in the job worker (workerLauncher + JobRegistry, the app's path) into a fresh copy of a
 * store holding the sample catalog and the 2,000 students. Each is set against the bare read of
 * the same bytes in the same process:
 *   .csv  vs papaparse's bare parse          (target ≤ 6×)
 *   .xlsx vs exceljs's bare streaming read   (target ≤ 1.5×)
 * plus peak RSS and the longest stall of the serving thread while the worker imports (≤ 100 ms).
 * Ratios are printed, never asserted on time. The phases printed are the job's own progress phases.
 * Knobs: BENCH_HISTORY_STUDENTS (2,000), BENCH_RUNS (3), BENCH_HISTORY_FORMATS=csv,xlsx (both), BENCH_CPU_PROF=dir (the worker writes a
 * V8 profile; `node bench/profile-summary.mjs FILE` says where the time went).
 * Run alone: `npm run build && node bench/run.mjs history-import`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Jobs } from '../src/main/core/api/jobs';
import { workerLauncher } from '../src/main/core/jobs/launch';
import { JobRegistry } from '../src/main/core/jobs/registry';
import { loadSampleSchool } from '../src/main/core/sample/load';
import type { ExportTable } from '../src/main/core/spreadsheet/export-table';
import { writeCsv } from '../src/main/core/spreadsheet/write-csv';
import { writeXlsx } from '../src/main/core/spreadsheet/write-xlsx';
import { openStore } from '../src/main/core/store/connection';
import { saveStudents } from '../src/main/core/students/repository';
import { classYearForGrade } from '../src/shared/domain/school-year';
import { historyTable } from './history-rows';
import { bareCsvParse, bareXlsxRead, median, withStallMeter } from './measure';
import { benchStudents } from './students';

const STUDENTS = Number(process.env.BENCH_HISTORY_STUDENTS ?? 2_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FORMATS = (process.env.BENCH_HISTORY_FORMATS ?? 'csv,xlsx').split(',');
const dir = mkdtempSync(join(tmpdir(), 'cw-bench-history-'));
const template = join(dir, 'template.db');

/** A store with the sample catalog kept as the school's own and the bench's seniors in it. */
async function makeTemplate(today: Date): Promise<string[]> {
  const store = await openStore(template);
  try {
    loadSampleSchool(store.db, today);
    store.db.exec('DELETE FROM sample_item; DELETE FROM sample_school;');
    const seniors = benchStudents(STUDENTS, today).map((s) => ({ ...s, grade: 12, classYear: classYearForGrade(12, today), status: 'active' as const }));
    saveStudents(store.db, seniors, today);
    return seniors.map((s) => s.studentNumber);
  } finally {
    store.close();
  }
}

/** A fresh store for one run: the template copied with SQLite's online backup, never a file copy. */
async function freshStore(name: string): Promise<string> {
  const path = join(dir, `${name}.db`);
  const store = await openStore(template);
  try {
    await store.db.backup(path);
  } finally {
    store.close();
  }
  return path;
}

/** Phase name → ms from the start until the phase was first seen (polled as the app polls, every 20 ms). */
type Phases = Map<string, number>;

async function importInWorker(base64: string, fileName: string, storePath: string, expectedRows: number, phases: Phases) {
  // BENCH_CPU_PROF=dir: the worker writes a V8 CPU profile there (where an import's time goes).
  const execArgv = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const workerFile = join(__dirname, '..', 'out', 'main', 'job-worker.js');
  const jobs: Jobs = new JobRegistry(workerLauncher({ storePath, workerFile, execArgv }));
  const start = performance.now();
  const id = jobs.start('history.import', { fileName, base64 }, 'Starting the worker');
  const poll = setInterval(() => {
    const { phase } = jobs.status(id, 'history.import').progress;
    if (!phases.has(phase)) phases.set(phase, performance.now() - start);
  }, 20);
  await jobs.settle();
  clearInterval(poll);
  phases.set('(finished)', performance.now() - start);
  const status = jobs.status(id, 'history.import');
  if (status.state !== 'done' || !status.result) throw new Error(`worker import ${status.state}: ${JSON.stringify(status.error)}`);
  const { counts } = status.result;
  if (counts.added !== expectedRows) throw new Error(`expected ${expectedRows} rows added, got ${JSON.stringify(counts)}`);
  return counts;
}

/** How long each phase took, from when one was first seen to when the next was. */
function phaseLine(phases: Phases): string {
  const seen = [...phases].sort((a, b) => a[1] - b[1]);
  return seen.slice(0, -1).map(([name, at], i) => `${name} ${((seen[i + 1]![1] - at) / 1000).toFixed(1)} s`).join(' · ');
}

async function compare(label: string, bytes: Buffer, fileName: string, rows: number, baseline: () => Promise<number> | number, baselineName: string) {
  await baseline(); // module loading is not what is measured
  const base: number[] = [];
  const worker: { ms: number; stallMs: number; stallAtMs: number; peakRssMb: number }[] = [];
  const base64 = bytes.toString('base64'); // what the window sends; encoding it is not the import's work
  const phases: Phases[] = [];
  for (let run = 1; run <= RUNS; run++) {
    base.push((await withStallMeter(async () => baseline())).ms);
    const storePath = await freshStore(`${fileName}-${run}`);
    global.gc?.(); // the baseline's garbage is not the import's
    phases.push(new Map());
    worker.push(await withStallMeter(() => importInWorker(base64, fileName, storePath, rows, phases[run - 1]!)));
  }
  const b = median(base);
  const w = median(worker.map((r) => r.ms));
  console.log(`\n${label}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${rows.toLocaleString('en-US')} rows, ${STUDENTS.toLocaleString('en-US')} students, median of ${RUNS}`);
  console.log(`  ${baselineName.padEnd(46)} ${b.toFixed(0).padStart(6)} ms`);
  console.log(`  ${'import in the job worker, end to end'.padEnd(46)} ${w.toFixed(0).padStart(6)} ms   ratio ${(w / b).toFixed(2)}×`);
  const worst = worker.reduce((a, r) => (r.stallMs > a.stallMs ? r : a));
  console.log(`  ${'  longest stall on the serving thread'.padEnd(46)} ${worst.stallMs.toFixed(0).padStart(6)} ms   (target ≤ 100 ms; at ${(worst.stallAtMs / 1000).toFixed(2)} s)`);
  const mid = worker.indexOf(worker.find((r) => r.ms === w)!);
  console.log(`  ${'  phases of the median run'.padEnd(46)} ${phaseLine(phases[mid]!)}`);
  console.log(`  ${'peak RSS of the process during the imports'.padEnd(46)} ${Math.max(...worker.map((r) => r.peakRssMb)).toFixed(0).padStart(6)} MB`);
  return { baselineMs: b, workerMs: w, ratio: w / b };
}

async function main(): Promise<void> {
  const today = new Date();
  const numbers = await makeTemplate(today);
  const table: ExportTable = historyTable(numbers, today);
  const rows = table.rows.length;
  const csv = writeCsv(table);
  const xlsx = await writeXlsx([table]);
  console.log(`Node ${process.version}; ${rows.toLocaleString('en-US')} StoredGrades rows written with our own .csv and .xlsx writers`);
  try {
    const c = FORMATS.includes('csv') ? await compare('.csv', csv, 'storedgrades.csv', rows, () => bareCsvParse(csv), 'papaparse bare parse (baseline)') : null;
    const x = FORMATS.includes('xlsx') ? await compare('.xlsx', xlsx, 'storedgrades.xlsx', rows, () => bareXlsxRead(xlsx), 'exceljs bare streaming read (baseline)') : null;
    const target = (r: { ratio: number } | null, limit: string) => (r ? `${r.ratio.toFixed(2)}× (${limit})` : 'not run');
    console.log(`\ntargets: .csv ${target(c, '≤ 6×')}  .xlsx ${target(x, '≤ 1.5×')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
