/**
 * School year start bench (issue 16, the per-student audit entries): "start the next school year"
 * on the sample school and on a 2,000-student store (each with a plan), on the workstation
 * (year/start.ts: reviewed plans read, a backup, one write transaction) and on the department
 * server (year/year-as.ts: one SERIALIZABLE transaction), a fresh copy of the school each round.
 * The baseline in the same run is the start's own dry run (the same reads and judging, nothing
 * written): the ratio start / dry run is what the writes cost, steady however loaded the machine
 * is. Median of 3; the load average printed.
 *
 * Needs COUNSELOR_TEST_POSTGRES and COUNSELOR_TEST_POSTGRES_APP for the server's half (skipped without).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { runCli } from '../src/main/cli/index';
import { openStore } from '../src/main/core/store/connection';
import { migratePostgres, openPostgres } from '../src/main/core/store/postgres';
import type { StoreSchema } from '../src/main/core/store/store-schema';
import { moveToPostgres } from '../src/main/core/store/to-postgres';
import { startSchoolYear } from '../src/main/core/year/start';
import { yearStatus } from '../src/main/core/year/status';
import { startSchoolYearAs } from '../src/main/core/year/year-as';
import { median } from './measure';
import { makePlannedStore } from './planned-store';

const ROUNDS = 3;
const dir = mkdtempSync(join(tmpdir(), 'cw-bench-year-'));

interface Figures {
  dryMs: number;
  startMs: number;
  /** This process's CPU time for the start (all of it on SQLite; the client's half on PostgreSQL). */
  startCpuMs: number;
  students: number;
}

let lastCpuMs = 0;
async function timed(work: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  await work();
  const used = process.cpuUsage(cpu);
  lastCpuMs = (used.user + used.system) / 1000;
  return performance.now() - t;
}

async function onWorkstation(template: string, round: number): Promise<Figures> {
  const path = join(dir, `ws-${round}.db`);
  copyFileSync(template, path);
  const store = await openStore(path);
  try {
    const next = (await yearStatus(store.db)).next.schoolYear;
    const dryMs = await timed(() => startSchoolYear(store.db, path, next, { dryRun: true }));
    let students = 0;
    const startMs = await timed(async () => {
      const r = await startSchoolYear(store.db, path, next);
      students = r.preview.counts.graduated + r.preview.counts.gradesAdvanced;
    });
    return { dryMs, startMs, startCpuMs: lastCpuMs, students };
  } finally {
    store.close();
  }
}

async function onServer(template: string, round: number): Promise<Figures | null> {
  const admin = process.env.COUNSELOR_TEST_POSTGRES;
  const app = process.env.COUNSELOR_TEST_POSTGRES_APP;
  if (!admin || !app) return null;
  const adminDb = openPostgres(admin, { max: 1 });
  const name = `cw_bench_year_${process.pid}_${round}`;
  await sql.raw(`CREATE DATABASE ${name} OWNER ${decodeURIComponent(new URL(app).username)}`).execute(adminDb);
  const url = new URL(app);
  url.pathname = `/${name}`;
  const pg: Kysely<StoreSchema> = openPostgres(url.toString(), { max: 4 });
  try {
    await migratePostgres(pg);
    await moveToPostgres(template, pg);
    const store = await openStore(template);
    const next = (await yearStatus(store.db)).next.schoolYear;
    store.close();
    const dryMs = await timed(() => startSchoolYearAs(pg, null, next, { dryRun: true }));
    let students = 0;
    const startMs = await timed(async () => {
      const r = await startSchoolYearAs(pg, null, next);
      students = r.preview.counts.graduated + r.preview.counts.gradesAdvanced;
    });
    return { dryMs, startMs, startCpuMs: lastCpuMs, students };
  } finally {
    await pg.destroy();
    await sql.raw(`DROP DATABASE ${name}`).execute(adminDb);
    await adminDb.destroy();
  }
}

function report(label: string, runs: Figures[]): void {
  const dry = median(runs.map((r) => r.dryMs));
  const start = median(runs.map((r) => r.startMs));
  const ratio = median(runs.map((r) => r.startMs / r.dryMs));
  const cpu = median(runs.map((r) => r.startCpuMs));
  console.log(`${label}: ${runs[0]!.students} students changed; start ${start.toFixed(0)} ms (${cpu.toFixed(0)} ms CPU here), dry run ${dry.toFixed(0)} ms, start/dry run ${ratio.toFixed(2)} (median of ${runs.length})`);
}

async function main(): Promise<void> {
  const sample = join(dir, 'sample.db');
  if ((await runCli(['demo', '--db', sample], { out: () => undefined, err: (t) => console.error(t), env: {} })) !== 0) throw new Error('counselor demo failed');
  const big = join(dir, 'big.db');
  await makePlannedStore(big, 2_000);
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  for (const [label, template] of [
    ['sample school', sample],
    ['2,000 students', big],
  ] as const) {
    const ws: Figures[] = [];
    const pg: Figures[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      ws.push(await onWorkstation(template, round));
      const server = await onServer(template, round);
      if (server) pg.push(server);
    }
    report(`SQLite, ${label}`, ws);
    if (pg.length > 0) report(`PostgreSQL, ${label}`, pg);
  }
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

main()
  .finally(() => rmSync(dir, { recursive: true, force: true }))
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
