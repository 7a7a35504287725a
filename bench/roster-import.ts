/**
 * Roster import bench (issue 4): a 20,000-row roster imported end to end (read → check → diff →
 * commit into a fresh store), each against a bare baseline run in the same process:
 *   .xlsx vs exceljs's bare streaming read of the same file
 *   .csv  vs papaparse's bare parse of the same text
 * plus peak RSS, and the longest event-loop stall: on this thread when the import runs here (the
 * command line), and on the serving thread when it runs in the job worker (desktop, browser mode;
 * target ≤ 100 ms). Last, the floor: what SQLite alone takes to write the same students and their
 * audit entries. Wall and CPU time both (issue 13: ≤ 1.3× exceljs, ≤ 6× papaparse).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Jobs } from '../src/main/core/api/jobs';
import { importRoster } from '../src/main/core/roster/import';
import { openStore } from '../src/main/core/store/connection';
import { writeTransaction } from '../src/main/core/store/transaction';
import { saveCheckedStudents } from '../src/main/core/students/repository';
import { recordAuditsSync } from '../src/main/core/audit/log';
import { caseloadTable } from '../src/main/core/exports/caseload';
import { writeCsv } from '../src/main/core/spreadsheet/write-csv';
import { writeXlsx } from '../src/main/core/spreadsheet/write-xlsx';
import { workerLauncher } from '../src/main/core/jobs/launch';
import { JobRegistry } from '../src/main/core/jobs/registry';
import type { Student } from '../src/shared/domain/student';
import { Student as StudentSchema } from '../src/shared/domain/student';
import { bareCsvParse, bareXlsxRead, median, withStallMeter } from './measure';
import { benchStudents } from './students';

const ROWS = Number(process.env.BENCH_ROWS ?? 20_000);
const RUNS = 3;
const dir = mkdtempSync(join(tmpdir(), 'cw-bench-import-'));

async function importFresh(bytes: Buffer, fileName: string, run: number) {
  const store = await openStore(join(dir, `${fileName}-${run}.db`));
  try {
    const report = await importRoster(
      { fileName, base64: bytes.toString('base64'), markAbsent: true },
      { db: store.db, storePath: store.path, progress: () => undefined, throwIfCancelled: () => undefined },
    );
    if (report.counts.added !== ROWS) throw new Error(`expected ${ROWS} added, got ${JSON.stringify(report.counts)}`);
    return report;
  } finally {
    store.close();
  }
}

/**
 * The floor under any import: the same students and one audit entry each written through the
 * import's own statements (saveCheckedStudents, recordAuditsSync) into a fresh store, in one
 * transaction, with nothing read, checked or compared. An import cannot be faster than this.
 */
async function writeOnly(students: readonly Student[], run: number) {
  const store = await openStore(join(dir, `floor-${run}.db`));
  try {
    const now = new Date();
    const audits = students.map((s, i) => ({ studentNumber: s.studentNumber, action: 'roster.add' as const, detail: { importId: 1, fileName: 'roster.csv', row: i + 2 } }));
    writeTransaction(store.db, () => {
      saveCheckedStudents(store.db, students, now, { rosterListed: true });
      recordAuditsSync(store.db, audits, now);
    });
  } finally {
    store.close();
  }
}

async function importInWorker(bytes: Buffer, fileName: string, run: number) {
  const store = await openStore(join(dir, `${fileName}-worker-${run}.db`));
  const jobs: Jobs = new JobRegistry(workerLauncher({ storePath: store.path, workerFile: join(__dirname, '..', 'out', 'main', 'job-worker.js') }));
  try {
    const id = jobs.start('roster.import', { fileName, base64: bytes.toString('base64'), markAbsent: true }, 'Reading');
    await jobs.settle();
    const status = jobs.status(id, 'roster.import');
    if (status.state !== 'done') throw new Error(`worker import ${status.state}: ${JSON.stringify(status.error)}`);
  } finally {
    store.close();
  }
}

async function compare(label: string, bytes: Buffer, fileName: string, baseline: () => Promise<number> | number, baselineName: string) {
  await baseline(); // warm both paths once: module loading is not what is measured
  await importFresh(bytes, fileName, 0);
  type Run = { ms: number; cpuMs: number; stallMs: number; peakRssMb: number };
  const base: Run[] = [];
  const full: Run[] = [];
  const worker: Run[] = [];
  // Interleaved, so a neighbour's burst of work falls on all three alike.
  for (let run = 1; run <= RUNS; run++) {
    base.push(await withStallMeter(async () => baseline()));
    full.push(await withStallMeter(() => importFresh(bytes, fileName, run)));
    worker.push(await withStallMeter(() => importInWorker(bytes, fileName, run)));
  }
  const ms = (runs: Run[]) => median(runs.map((r) => r.ms));
  const cpu = (runs: Run[]) => median(runs.map((r) => r.cpuMs));
  const line = (name: string, runs: Run[], extra = '') =>
    console.log(`  ${name.padEnd(46)} ${ms(runs).toFixed(0).padStart(6)} ms ${cpu(runs).toFixed(0).padStart(6)} ms CPU${extra}`);
  const ratio = (runs: Run[]) => `   ratio ${(ms(runs) / ms(base)).toFixed(2)}×, CPU ${(cpu(runs) / cpu(base)).toFixed(2)}×`;
  console.log(`\n${label}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${ROWS.toLocaleString('en-US')} rows, median of ${RUNS}; load average ${loadavg()[0]!.toFixed(1)}`);
  line(baselineName, base);
  line('import end to end (read → store), this thread', full, ratio(full));
  console.log(`  ${'  longest event-loop stall on this thread'.padEnd(46)} ${median(full.map((r) => r.stallMs)).toFixed(0).padStart(6)} ms`);
  line('import in the job worker (the app’s path)', worker, ratio(worker));
  console.log(`  ${'  longest stall on the serving thread'.padEnd(46)} ${median(worker.map((r) => r.stallMs)).toFixed(0).padStart(6)} ms   (target ≤ 100 ms)`);
  console.log(`  ${'peak RSS during the imports'.padEnd(46)} ${Math.max(...full.map((r) => r.peakRssMb)).toFixed(0).padStart(6)} MB`);
}

async function floor(students: readonly Student[]) {
  await writeOnly(students, 0);
  const runs = [];
  for (let run = 1; run <= RUNS; run++) runs.push(await withStallMeter(() => writeOnly(students, run)));
  const line = `${median(runs.map((r) => r.ms)).toFixed(0).padStart(6)} ms ${median(runs.map((r) => r.cpuMs)).toFixed(0).padStart(6)} ms CPU`;
  console.log(`\nSQLite alone: ${ROWS.toLocaleString('en-US')} students + audit entries written, nothing read (the floor), median of ${RUNS}`);
  console.log(`  ${'saveCheckedStudents + recordAuditsSync'.padEnd(46)} ${line}`);
}

async function main(): Promise<void> {
  const today = new Date();
  const students = benchStudents(ROWS, today).map((s): Student => StudentSchema.parse(s));
  const table = caseloadTable(students);
  const xlsx = await writeXlsx([table]);
  const csv = writeCsv(table);
  writeFileSync(join(dir, 'roster.xlsx'), xlsx);
  console.log(`Node ${process.version}; rows written with the caseload export (${table.columns.length} columns)`);
  try {
    await compare('.xlsx', readFileSync(join(dir, 'roster.xlsx')), 'roster.xlsx', () => bareXlsxRead(xlsx), 'exceljs bare streaming read (baseline)');
    await compare('.csv', csv, 'roster.csv', () => bareCsvParse(csv), 'papaparse bare parse (baseline)');
    await floor(students);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
