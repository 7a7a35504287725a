/**
 * Department server bench (issue 16): 10 counselors saving plans on PostgreSQL while a
 * 20,000-row roster import runs on the server — p50/p95 save latency idle and during the import,
 * and the import's time against the same import on SQLite, in one run.
 *
 * The import is the real one on both: the department server's (roster/import-as.ts
 * importRosterAs: the file read on the serving thread, then one SERIALIZABLE transaction as the
 * lead that compares with the students and writes) and the workstation's (roster/import.ts
 * importRoster: the same read and comparison, a backup, one BEGIN IMMEDIATE transaction), over
 * the same 20,000 rows as a CSV into the same school.
 *
 * Each counselor is a signed-in account whose caseload is the students the roster gives her;
 * a save is `plans.update` (setNotes) through the department server's own function
 * (plans-as.ts updatePlanAs: reads, the change's SERIALIZABLE transaction with its audit entry,
 * the view read again), as that counselor through the role row-level security binds. The saves
 * and the import share this one Node thread, as they share the server's.
 *
 * Needs COUNSELOR_TEST_POSTGRES (and COUNSELOR_TEST_POSTGRES_APP); without them it starts a
 * cluster with scripts/pg-test-cluster.sh, and says so and stops when it cannot.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { addAccount } from '../src/main/core/accounts/accounts';
import { writeAs, type Actor } from '../src/main/core/accounts/actor';
import { importRosterAs } from '../src/main/core/roster/import-as';
import { caseloadTable } from '../src/main/core/exports/caseload';
import { caseloadAs } from '../src/main/core/plans/caseload-as';
import { updatePlanAs } from '../src/main/core/plans/plans-as';
import { importRoster } from '../src/main/core/roster/import';
import { openStore } from '../src/main/core/store/connection';
import { migratePostgres, openPostgres } from '../src/main/core/store/postgres';
import { moveToPostgres } from '../src/main/core/store/to-postgres';
import { saveStudents } from '../src/main/core/students/repository';
import { writeCsv } from '../src/main/core/spreadsheet/write-csv';
import { runCli } from '../src/main/cli/index';
import { Student as StudentSchema, type Student } from '../src/shared/domain/student';
import { median } from './measure';
import { benchStudents } from './students';

const ROSTER = Number(process.env.BENCH_ROWS ?? 20_000);
/** Students already in the department before the roster arrives (the rest are new to it). */
const SCHOOL = 2_000;
const COUNSELORS = 10;
const IDLE_SAVES = 15;
const dir = mkdtempSync(join(tmpdir(), 'cw-bench-dept-'));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** The server to use: the test server named, else one started here (stopped at the end), else null. */
function server(): { admin: string; app: string; stop?: () => void } | null {
  const admin = process.env.COUNSELOR_TEST_POSTGRES;
  const app = process.env.COUNSELOR_TEST_POSTGRES_APP;
  if (admin && app) return { admin, app };
  const script = join(__dirname, '..', 'scripts', 'pg-test-cluster.sh');
  const cluster = join(dir, 'pg');
  try {
    const url = execFileSync(script, ['start', cluster], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    return { admin: url, app: readFileSync(join(cluster, 'app-url'), 'utf8').trim(), stop: () => execFileSync(script, ['stop', cluster], { stdio: 'ignore' }) };
  } catch {
    return null;
  }
}

/**
 * A workstation store holding the first SCHOOL students of the roster; with `sample`, the sample
 * school too (its catalog and programs, what a plan save reads; a roster import refuses a store
 * holding it, so the SQLite comparison's stores have only the students).
 */
async function schoolFile(name: string, roster: readonly Student[], sample: boolean): Promise<string> {
  const path = join(dir, name);
  if (sample) {
    const code = await runCli(['demo', '--db', path], { out: () => undefined, err: (t) => console.error(t), env: {} });
    if (code !== 0) throw new Error('counselor demo failed');
  }
  const store = await openStore(path);
  saveStudents(store.db, roster.slice(0, SCHOOL));
  store.close();
  return path;
}

async function main(): Promise<void> {
  const pgServer = server();
  if (!pgServer) {
    console.log('skipped: COUNSELOR_TEST_POSTGRES names no PostgreSQL server and scripts/pg-test-cluster.sh could not start one (install Debian\'s postgresql).');
    return;
  }
  const now = new Date();
  const roster = benchStudents(ROSTER, now).map((s): Student => StudentSchema.parse(s));
  // The roster moves every known student to another homeroom: the write changes rows counselors' saves read.
  const arriving = roster.map((s) => ({ ...s, homeroom: `R${(s.homeroom ?? '').slice(-3)}` }));
  const admin = openPostgres(pgServer.admin, { max: 1 });
  const name = `cw_bench_${process.pid}_${Date.now().toString(36)}`;
  const appUser = decodeURIComponent(new URL(pgServer.app).username);
  await sql.raw(`CREATE DATABASE ${name} OWNER ${appUser}`).execute(admin);
  const url = new URL(pgServer.app);
  url.pathname = `/${name}`;
  const pg = openPostgres(url.toString(), { max: 24 });
  try {
    const file = await schoolFile('school.db', roster, true);
    await migratePostgres(pg);
    await moveToPostgres(file, pg);
    const names = [...new Set(roster.slice(0, SCHOOL).map((s) => s.counselor).filter((c): c is string => c !== null))].slice(0, COUNSELORS);
    const counselors: { actor: Actor; students: string[] }[] = [];
    for (const [i, displayName] of names.entries()) {
      const actor: Actor = { userName: `counselor${i}`, displayName, role: 'counselor' };
      await addAccount(pg, { ...actor, password: 'correct horse battery' });
      counselors.push({ actor, students: roster.slice(0, SCHOOL).filter((s) => s.counselor === displayName).map((s) => s.studentNumber) });
    }

    let saves = 0;
    /** Saves answered `busy` (still failing to serialize after the store's retries): the counselor is told to try again. */
    const busy = { idle: 0, loaded: 0 };
    let phase: keyof typeof busy = 'idle';
    const save = async (c: (typeof counselors)[number]): Promise<number | null> => {
      const studentNumber = c.students[saves++ % c.students.length]!;
      const started = performance.now();
      try {
        await updatePlanAs(pg, c.actor, studentNumber, { op: 'setNotes', notes: `Save ${saves}: talked about next year.` }, undefined);
      } catch (e) {
        if ((e as { code?: unknown }).code !== 'busy') throw e;
        busy[phase]++;
        return null;
      }
      return performance.now() - started;
    };
    const timed = (t: number | null, into: number[]) => t !== null && into.push(t);
    // Warm: module loading and the first connections are not what is measured.
    await Promise.all(counselors.map((c) => save(c)));
    busy.idle = 0;
    const idle: number[] = [];
    await Promise.all(counselors.map(async (c) => { for (let k = 0; k < IDLE_SAVES; k++) timed(await save(c), idle); }));
    phase = 'loaded';

    // The roster as a district's system exports it, and the same file a month later (back to the first homerooms).
    const csv = writeCsv(caseloadTable(arriving)).toString('base64');
    const later = writeCsv(caseloadTable(roster)).toString('base64');
    // The sample school gave the department its catalog and programs (what a save reads); a roster
    // import refuses a database marked as the sample, so the mark goes, as a school keeping them would.
    await writeAs(pg, null, async (trx) => {
      await trx.deleteFrom('sample_item').execute();
      await trx.deleteFrom('sample_school').execute();
    });
    const lead: Actor = { userName: 'lead', displayName: 'Dr. Lead', role: 'lead' };
    await addAccount(pg, { ...lead, password: 'correct horse battery' });
    const quiet = { progress: () => undefined, throwIfCancelled: () => undefined };
    // markAbsent false: the sample's students are not in the roster, and stay as they are.
    const rosterImport = (base64: string) => importRosterAs(pg, lead, { fileName: 'roster.csv', base64, markAbsent: false }, quiet, now);

    let writing = true;
    const loaded: number[] = [];
    const started = performance.now();
    const write = rosterImport(csv).finally(() => (writing = false));
    await Promise.all(counselors.map(async (c) => { while (writing) timed(await save(c), loaded); }));
    const report = await write;
    const pgImport = performance.now() - started;
    const alone = performance.now();
    await rosterImport(later);
    const pgImportAlone = performance.now() - alone;

    // The caseload page on the server after the roster (every student's standing computed from the database, nothing kept).
    const caseload: { lead: number[]; counselor: number[]; rows: { lead: number; counselor: number } } = { lead: [], counselor: [], rows: { lead: 0, counselor: 0 } };
    for (let run = 0; run < 3; run++) {
      let t = performance.now();
      caseload.rows.lead = (await caseloadAs(pg, lead)).length;
      caseload.lead.push(performance.now() - t);
      t = performance.now();
      caseload.rows.counselor = (await caseloadAs(pg, counselors[0]!.actor)).length;
      caseload.counselor.push(performance.now() - t);
    }

    // SQLite, the same school: the same import of the same file.
    const sqliteImport: number[] = [];
    for (let run = 0; run < 3; run++) {
      const other = await openStore(await schoolFile(`import-${run}.db`, roster, false));
      const t = performance.now();
      await importRoster({ fileName: 'roster.csv', base64: csv, markAbsent: false }, { db: other.db, storePath: other.path, ...quiet });
      sqliteImport.push(performance.now() - t);
      other.close();
    }

    const { rows } = await sql<{ server_version: string }>`SHOW server_version`.execute(pg);
    const ms = (v: number) => `${v.toFixed(0).padStart(6)} ms`;
    console.log(`PostgreSQL ${rows[0]?.server_version}, Node ${process.version}; ${COUNSELORS} counselors, ${SCHOOL.toLocaleString('en-US')} students in the department, a ${ROSTER.toLocaleString('en-US')}-row roster`);
    console.log(`  save (plans.update, setNotes), idle          p50 ${ms(median(idle))}   p95 ${ms(percentile(idle, 95))}   (${idle.length} saved, ${busy.idle} answered busy)`);
    console.log(`  save during the roster import                p50 ${ms(median(loaded))}   p95 ${ms(percentile(loaded, 95))}   max ${ms(Math.max(...loaded))}   (${loaded.length} saved, ${busy.loaded} answered busy)`);
    console.log(`  roster import on PostgreSQL as the lead, under the saves  ${ms(pgImport)}   (${report.counts.added} new, ${report.counts.updated} changed)`);
    console.log(`  roster import on PostgreSQL, alone (next month's file)    ${ms(pgImportAlone)}`);
    console.log(`  the same import on SQLite (CSV, backup included), median of 3 ${ms(median(sqliteImport))}`);
    console.log(`  students.list as a lead (${caseload.rows.lead.toLocaleString('en-US')} rows), median of 3       ${ms(median(caseload.lead))}`);
    console.log(`  students.list as a counselor (${caseload.rows.counselor.toLocaleString('en-US')} rows), median of 3   ${ms(median(caseload.counselor))}`);
    console.log(`  ratio: PostgreSQL import under the saves / SQLite import ${(pgImport / median(sqliteImport)).toFixed(2)}×`);
  } finally {
    await pg.destroy();
    await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(admin);
    await admin.destroy();
    pgServer.stop?.();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
