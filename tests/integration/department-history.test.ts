import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../src/main/core/accounts/accounts';
import { readAs, type Actor } from '../../src/main/core/accounts/actor';
import { mayCall } from '../../src/main/core/accounts/method-roles';
import { departmentHandlers } from '../../src/main/core/api/department';
import { historyHandlers } from '../../src/main/core/api/history';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import { importHistoryAs } from '../../src/main/core/history/import-as';
import { catalogIn, catalogOf } from '../../src/main/core/plans/plan-view-reads';
import { planAs } from '../../src/main/core/plans/plans-as';
import { resolvePlan } from '../../src/main/core/plans/resolve';
import type { Store } from '../../src/main/core/store/connection';
import { kyselyOverStore } from '../../src/main/core/store/kysely-sqlite';
import { migratePostgres } from '../../src/main/core/store/postgres';
import type { StoreSchema } from '../../src/main/core/store/store-schema';
import { moveToPostgres } from '../../src/main/core/store/to-postgres';
import type { HistoryImportReport, HistoryPreview, HistoryRequest } from '../../src/shared/domain/history';
import { counselor as cli } from '../helpers/cli';
import { SKIPPED_WITHOUT_APP_ROLE, urlOf, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';
import { HISTORY_FIXTURES, historyStore, importFile, NOW, previewFile, request } from './history/history-store';

/**
 * The course history import on the department server (history/import-as.ts,
 * api/department-history.ts), as the signed-in lead through the role row-level security binds,
 * against the workstation's import of the same transcript files (exports of PowerSchool, Infinite
 * Campus, Skyward ... written by scripts/make-history-fixtures.py, not by us) into the same sample
 * school: the same preview, rows, log and report; a corrected file's changed and missing rows on
 * both; the plan views after it equal; a counselor refused by the role gate and by the database.
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();
const quiet = { progress: () => undefined, throwIfCancelled: () => undefined };
const catalog = async (trx: Parameters<typeof catalogIn>[0]) => catalogOf(await catalogIn(trx));
/** In this order: the corrected PowerSchool file changes and drops rows of the first. */
const FILES = ['powerschool-storedgrades.csv', 'infinite-campus-transcript.csv', 'skyward-transcript.xlsx', 'schoolinks-courses.csv', 'powerschool-storedgrades-corrected.csv'];

async function school(): Promise<{ store: Store; pg: Kysely<StoreSchema>; lead: Actor; counselor: Actor }> {
  const store = await historyStore(tempDir());
  const pg = await scratchDatabase({ asAppRole: true });
  await migratePostgres(pg);
  await moveToPostgres(store.path, pg);
  const account = async (userName: string, displayName: string, role: Actor['role']): Promise<Actor> => {
    await addAccount(pg, { userName, displayName, role, password: 'correct horse battery staple' });
    return { userName, displayName, role };
  };
  return { store, pg, lead: await account('lead', 'Dr. Lead', 'lead'), counselor: await account('alvarez', 'Ms. Alvarez', 'counselor') };
}

type Row = Record<string, unknown>;
/** Every row of the tables a history import writes, read as the operator on PostgreSQL. */
async function rowsOf(db: Kysely<StoreSchema>, pg: boolean): Promise<Record<string, Row[]>> {
  const tables = {
    course_history: 'student_number, record_key',
    history_student: 'student_number',
    roster_mapping: 'header_key',
    catalog_department: 'department_key',
    history_course_match: 'course_key',
  };
  const out: Record<string, Row[]> = {};
  for (const [table, order] of Object.entries(tables)) {
    const read = (q: Kysely<StoreSchema>) => sql<Row>`SELECT * FROM ${sql.table(table)} ORDER BY ${sql.raw(order)}`.execute(q);
    out[table] = (pg ? await readAs(db, null, read) : await read(db)).rows;
  }
  // The log's reports, but for where each store keeps its backup (a file on the workstation; the district's backups on the server).
  const log = (q: Kysely<StoreSchema>) => q.selectFrom('history_import').select(['id', 'file_name', 'imported_at', 'report']).orderBy('id').execute();
  out.history_import = pg ? await readAs(db, null, log) : await log(db);
  return out;
}

/** The entries history imports wrote, oldest first, with who wrote them left out (the lead on the server, nobody on the workstation). */
async function historyAudit(db: Kysely<StoreSchema>, pg: boolean) {
  const read = (q: Kysely<StoreSchema>) =>
    q.selectFrom('audit_entry').select(['at', 'student_number', 'action', 'detail', 'user_name']).where('action', '=', 'history.import').orderBy('id').execute();
  const rows = pg ? await readAs(db, null, read) : await read(db);
  return rows.map(({ user_name: _u, detail, ...r }) => ({ ...r, detail: JSON.parse(detail) as { added: number; changed: { changes: object }[]; missing: number } }));
}

type Call = (method: string, input: unknown) => ReturnType<typeof dispatch>;
async function ok<T>(call: Call, method: string, input: unknown): Promise<T> {
  const answer = await call(method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.code} ${answer.error.message}`);
  return answer.value as T;
}

/** Starts a job and polls it to its end, as the browser does. */
async function job<T>(call: Call, method: string, input: unknown): Promise<T> {
  const { jobId } = await ok<{ jobId: string }>(call, method, input);
  for (;;) {
    const status = await ok<{ state: string; result: T; error: { message: string } | null }>(call, `${method}Status`, { jobId });
    if (status.state === 'done') return status.result;
    if (status.state !== 'running') throw new Error(`${method}: ${status.state} ${status.error?.message}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const opened: Store[] = [];
afterAll(() => opened.forEach((s) => s.close()));

describe.skipIf(withoutAppRole)(`the course history import on the department server${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it('previews and imports each transcript file as the workstation does: the same preview, rows, log, report and plan views', async () => {
    const { store, pg, lead, counselor } = await school();
    opened.push(store);
    // One server's handlers (its jobs), asked as each account.
    const handlersFor = departmentHandlers(pg);
    const server: Call = (method, input) => dispatch(handlersFor(lead) as Handlers, method, input, true);
    const local = historyHandlers(store, null as never);
    const seen = { updated: 0, missing: 0, rejected: 0, unmatched: 0, chosen: 0 };
    const total = { added: 0 };
    for (const name of FILES) {
      const first = await previewFile(store, name);
      // A credit type the automatic reading leaves to the counselor is chosen, and remembered on both.
      const open = first.creditTypes.find((c) => c.source === 'unmapped');
      const extra: Partial<HistoryRequest> = open ? { creditTypes: { [open.creditType]: 'cte' } } : {};
      seen.chosen += open ? 1 : 0;
      const workstationPreview = await previewFile(store, name, extra);
      const serverPreview = await job<HistoryPreview>(server, 'history.preview', request(name, extra));
      expect(serverPreview, name).toEqual(workstationPreview);
      const workstation = await importFile(store, name, extra);
      // Called as the job does, on the fixtures' day (its timestamps are in the rows compared).
      const imported = await importHistoryAs(pg, lead, request(name, extra), quiet, catalog, NOW);
      expect({ ...imported, backupPath: null }, name).toEqual({ ...workstation, backupPath: null });
      seen.updated += imported.counts.updated;
      seen.missing += imported.counts.missing;
      seen.rejected += imported.counts.rejected;
      seen.unmatched += imported.unmatched.length;
      expect(await rowsOf(pg, true), name).toEqual(await rowsOf(kyselyOverStore(store.db), false));
      expect(await historyAudit(pg, true), name).toEqual(await historyAudit(kyselyOverStore(store.db), false));
      total.added += imported.counts.added;
    }
    // Every course added, changed and no longer listed is in some student's entry, each change with its fields.
    const entries = await historyAudit(pg, true);
    const sum = (f: (d: (typeof entries)[number]['detail']) => number) => entries.reduce((n, e) => n + f(e.detail), 0);
    expect({ added: sum((d) => d.added), updated: sum((d) => d.changed.length), missing: sum((d) => d.missing) }).toEqual({ ...total, updated: seen.updated, missing: seen.missing });
    expect(entries.flatMap((e) => e.detail.changed).every((c) => Object.keys(c.changes).length > 0)).toBe(true);
    // The comparison is worth making: every kind of outcome is in it.
    expect(seen).toMatchObject({ updated: expect.any(Number), missing: expect.any(Number) });
    for (const [what, n] of Object.entries(seen)) expect(n, what).toBeGreaterThan(0);

    // The same file again, through the server's job: nothing changes, on either store.
    const again = await job<HistoryImportReport>(server, 'history.import', request(FILES.at(-1)!));
    expect(again.counts).toEqual((await importFile(store, FILES.at(-1)!)).counts);
    expect(again.counts).toMatchObject({ added: 0, updated: 0 });

    // The log and its report read back through the server's methods as the workstation's.
    // (but for where each keeps its backup, and the job's own clock on the last).
    type Listed = { imports: { backupPath: string | null; importedAt: string }[] };
    const listed = ({ imports }: Listed) => imports.map(({ backupPath: _b, importedAt: _at, ...rest }) => rest);
    expect(listed(await ok<Listed>(server, 'history.imports', {}))).toEqual(listed(local['history.imports']({}) as Listed));
    // The corrected file's import, made on the fixtures' day on both.
    const last = (local['history.imports']({}) as { imports: { importId: number }[] }).imports[1]!.importId;
    const report = await ok<{ fileName: string; count: number }>(server, 'history.reportXlsx', { importId: last });
    expect(report).toMatchObject({ fileName: (await local['history.reportXlsx']({ importId: last })).fileName, count: 1 });
    // A counselor reads the log, as on the workstation.
    expect(await dispatch(handlersFor(counselor) as Handlers, 'history.imports', {}, true)).toMatchObject({ ok: true });

    // The courses to match, and a match made on both: every later read uses it.
    const unmatched = await ok<{ courses: { courseNumber: string; title: string }[] }>(server, 'history.unmatched', {});
    expect(unmatched).toEqual(local['history.unmatched']({}));
    const course = unmatched.courses[0]!;
    const catalogNumber = (await readAs(pg, lead, async (trx) => catalogOf(await catalogIn(trx)))).courses.keys().next().value!;
    const match = { courseNumber: course.courseNumber, title: course.title, catalogNumber };
    const after = await ok<{ courses: unknown[] }>(server, 'history.matchCourse', match);
    expect(after).toEqual(await local['history.matchCourse'](match));
    expect(after.courses).toHaveLength(unmatched.courses.length - 1);
    // The same rows, but for the clocks of the job's import and the match (now, not the fixtures' day).
    const timeless = (all: Record<string, Row[]>) =>
      Object.fromEntries(Object.entries(all).map(([t, rows]) => [t, rows.map(({ updated_at: _u, imported_at: _i, ...rest }) => rest)]));
    expect(timeless(await rowsOf(pg, true))).toEqual(timeless(await rowsOf(kyselyOverStore(store.db), false)));

    // Every plan view after the imports equals the workstation's (the department-plans pattern).
    const students = store.db.prepare('SELECT DISTINCT student_number FROM course_history ORDER BY student_number').pluck().all() as string[];
    expect(students.length).toBeGreaterThan(10);
    for (const studentNumber of students) {
      expect(await planAs(pg, lead, studentNumber, NOW), studentNumber).toEqual(resolvePlan(store.db, studentNumber, NOW));
    }
  }, 300_000);

  it("refuses a counselor: the role gate, and the database past it; a lead's job is the lead's to cancel", async () => {
    const { store, pg, lead, counselor } = await school();
    opened.push(store);
    for (const method of ['history.preview', 'history.import', 'history.matchCourse'] as const) expect(mayCall('counselor', method), method).toBe(false);
    const before = await rowsOf(pg, true);
    // Cancelled as it starts (before its read is done): it stops before its transaction; another account's cancel is "not known".
    const handlersFor = departmentHandlers(pg);
    const as = (actor: Actor): Call => (method, input) => dispatch(handlersFor(actor) as Handlers, method, input, true);
    const { jobId } = await ok<{ jobId: string }>(as(lead), 'history.import', request('powerschool-storedgrades.csv'));
    expect(await as(counselor)('jobs.cancel', { jobId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await ok(as(lead), 'jobs.cancel', { jobId });
    for (;;) {
      const status = await ok<{ state: string }>(as(lead), 'history.importStatus', { jobId });
      if (status.state === 'running') await new Promise((r) => setTimeout(r, 10));
      else {
        expect(status.state).toBe('cancelled');
        break;
      }
    }
    expect(await rowsOf(pg, true)).toEqual(before);
    await expect(importHistoryAs(pg, counselor, request('powerschool-storedgrades.csv'), quiet, catalog, NOW)).rejects.toMatchObject({ code: '42501' });
    expect(await rowsOf(pg, true)).toEqual(before);
  }, 120_000);

  it('imports through `counselor history import FILE --db postgres://…` as on a store file, and lists and matches on both', async () => {
    const { store, pg } = await school();
    store.close();
    const url = await urlOf(pg, { asAppRole: true });
    const file = join(HISTORY_FIXTURES, 'powerschool-storedgrades.csv');
    for (const args of [['history', 'import', file, '--dry-run'], ['history', 'import', file], ['history', 'unmatched'], ['history', 'match', 'T-ALG1', 'NO-SUCH']]) {
      const onServer = await cli([...args, '--db', url]);
      const onFile = await cli([...args, '--db', store.path]);
      expect(onServer.stderr, args.join(' ')).toBe(onFile.stderr);
      // The file's import also names its backup; the department's backups are the district's.
      expect(onServer.stdout, args.join(' ')).toBe(onFile.stdout.replace(/\nBackup taken before the import: .*/, ''));
      expect(onServer.code, args.join(' ')).toBe(onFile.code);
    }
    expect((await cli(['history', 'import', file, '--db', url])).stdout).toMatch(/^Imported powerschool-storedgrades\.csv: 8 students; 0 new rows, 0 changed, 550 unchanged/);
    const rows = await readAs(pg, null, (trx) => trx.selectFrom('course_history').select('id').execute());
    expect(rows.length).toBeGreaterThan(500);
  }, 120_000);
});
