import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { addAccount } from '../../src/main/core/accounts/accounts';
import { readAs, type Actor } from '../../src/main/core/accounts/actor';
import { departmentHandlers } from '../../src/main/core/api/department';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import { copyProgramAs } from '../../src/main/core/programs/programs-as';
import { copyProgram } from '../../src/main/core/programs/repository';
import { loadSampleSchool } from '../../src/main/core/sample/load';
import { removeSampleSchool } from '../../src/main/core/sample/remove';
import { loadSampleSchoolAs, removeSampleSchoolAs } from '../../src/main/core/sample/sample-as';
import { openStore, type Store } from '../../src/main/core/store/connection';
import { kyselyOverStore } from '../../src/main/core/store/kysely-sqlite';
import { migratePostgres } from '../../src/main/core/store/postgres';
import { sampleStatus, sampleStatusIn } from '../../src/main/core/store/sample-record';
import type { StoreSchema } from '../../src/main/core/store/store-schema';
import { moveToPostgres } from '../../src/main/core/store/to-postgres';
import { saveStudents } from '../../src/main/core/students/repository';
import { counselor as cli } from '../helpers/cli';
import { SKIPPED_WITHOUT_APP_ROLE, urlOf, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';
import { student } from './plans/stores';

/**
 * The sample school on the department server (sample/sample-as.ts), for training a department in
 * an empty database: a lead loads it and the database holds the same rows, table by table, as a
 * workstation's store the sample was loaded into; the removal takes away exactly what the
 * workstation's does (keeping a program copied from a sample one, and the courses it names). A
 * database holding real students is refused with a sentence; a counselor and an admin are refused
 * by the database.
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();
const TODAY = new Date('2026-11-28T12:00:00Z');
const PASSWORD = 'correct horse battery staple';
/**
 * The department's own tables, the audit log the workstation does not write for these changes,
 * and the workstation's own standing stamps (migration 23; the server works standings out live).
 */
const NOT_COMPARED = new Set(['counselor_account', 'counselor_session', 'audit_entry', 'schema_version', 'standing_stamp']);

async function stores(moveIn?: (store: Store) => void): Promise<{ store: Store; pg: Kysely<StoreSchema>; actors: Record<Actor['role'], Actor> }> {
  const store = await openStore(join(tempDir(), 'counselor.db'));
  moveIn?.(store);
  const pg = await scratchDatabase({ asAppRole: true });
  await migratePostgres(pg);
  await moveToPostgres(store.path, pg);
  const actors = {} as Record<Actor['role'], Actor>;
  for (const role of ['counselor', 'lead', 'admin'] as const) {
    await addAccount(pg, { userName: role, displayName: `Ms. ${role}`, role, password: PASSWORD });
    actors[role] = { userName: role, displayName: `Ms. ${role}`, role };
  }
  return { store, pg, actors };
}

type Row = Record<string, unknown>;
/** Every table of the store, its rows in a fixed order; a copy's time stamps (made "now" on each store) left out. */
async function rowsOf(store: Store, db: Kysely<StoreSchema>, pg: boolean): Promise<Record<string, Row[]>> {
  const tables = (store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]).filter(
    (t) => !NOT_COMPARED.has(t),
  );
  const out: Record<string, Row[]> = {};
  for (const table of tables) {
    const read = (q: Kysely<StoreSchema>) => sql<Row>`SELECT * FROM ${sql.table(table)}`.execute(q);
    const rows = (pg ? await readAs(db, null, read) : await read(db)).rows;
    // A copied program is stamped with the moment of the copy, on each store its own.
    out[table] = rows.map((row) => {
      if (table !== 'program') return row;
      const { created_at: _c, updated_at: _u, ...rest } = row;
      return rest;
    });
    out[table]!.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  }
  return out;
}
const same = async (store: Store, pg: Kysely<StoreSchema>) => expect(await rowsOf(store, pg, true)).toEqual(await rowsOf(store, kyselyOverStore(store.db), false));

describe.skipIf(withoutAppRole)(`the sample school on the department server (${withoutAppRole ? SKIPPED_WITHOUT_APP_ROLE : 'PostgreSQL'})`, () => {
  it('loads into an empty department database the rows it loads into a store, and removes exactly what it removes there', async () => {
    const { store, pg, actors } = await stores();
    const { lead } = actors;
    expect(await loadSampleSchoolAs(pg, lead, TODAY)).toEqual(loadSampleSchool(store.db, TODAY));
    await same(store, pg);
    expect((await rowsOf(store, pg, true)).plan_course!.length).toBeGreaterThan(100);
    expect(await readAs(pg, lead, (trx) => sampleStatusIn(trx))).toEqual(sampleStatus(store.db));

    // Refused while it is there (it holds students now), in the department's words.
    await expect(loadSampleSchoolAs(pg, lead, TODAY)).rejects.toThrow(
      /^This department database already holds 62 students; the sample school loads only into an empty department database\. Load it into a new, empty department database made for training/,
    );

    // What the department made while training stays: a program copied from a sample one, with the courses it names.
    const source = store.db.prepare('SELECT id FROM program ORDER BY id LIMIT 1').pluck().get() as string;
    copyProgram(store.db, source, 'Our own pathway');
    await copyProgramAs(pg, lead, source, 'Our own pathway', TODAY);

    const here = await removeSampleSchool(store.db, store.path, TODAY);
    const there = await removeSampleSchoolAs(pg, lead, TODAY);
    expect(there.backupPath).toBeNull();
    expect(there).toEqual({ ...here, backupPath: null });
    expect(there.kept.programs).toEqual([]);
    expect(there.kept.courses.length).toBeGreaterThan(0);
    await same(store, pg);
    await expect(removeSampleSchoolAs(pg, lead, TODAY)).rejects.toThrow('This department database does not hold the sample school; there is nothing to remove.');

    const audit = await readAs(pg, null, (trx) => trx.selectFrom('audit_entry').select(['user_name', 'action']).where('action', 'like', 'sample.%').orderBy('id').execute());
    expect(audit).toEqual([{ user_name: 'lead', action: 'sample.load' }, { user_name: 'lead', action: 'sample.remove' }]);
    store.close();
  }, 120_000);

  it('refuses a department database holding real students, with a sentence, and writes nothing', async () => {
    const { store, pg, actors } = await stores((s) => saveStudents(s.db, [student('400001', 10)], TODAY));
    store.close();
    await expect(loadSampleSchoolAs(pg, actors.lead, TODAY)).rejects.toThrow(
      'This department database already holds 1 students; the sample school loads only into an empty department database.',
    );
    expect(await readAs(pg, null, (trx) => sampleStatusIn(trx))).toMatchObject({ loaded: false, students: 0 });
  }, 120_000);

  it("refuses a counselor's and an admin's load and removal in the gate's sentence (the database decides), and writes nothing", async () => {
    const { store, pg, actors } = await stores();
    store.close();
    const call = (actor: Actor, method: string) => dispatch(departmentHandlers(pg)(actor) as Handlers, method, {}, true);
    const refused = (actor: Actor, method: string) => ({
      ok: false,
      error: { code: 'forbidden', message: `Your account (${actor.role}) may not use ${method}; ask a lead counselor to do it.` },
    });
    for (const actor of [actors.counselor, actors.admin]) expect(await call(actor, 'sample.load')).toEqual(refused(actor, 'sample.load'));
    expect(await readAs(pg, null, (trx) => sampleStatusIn(trx))).toMatchObject({ loaded: false, students: 0, courses: 0 });
    await loadSampleSchoolAs(pg, actors.lead, TODAY);
    for (const actor of [actors.counselor, actors.admin]) expect(await call(actor, 'sample.remove')).toEqual(refused(actor, 'sample.remove'));
    expect(await readAs(pg, null, (trx) => sampleStatusIn(trx))).toMatchObject({ loaded: true, students: 62 });
  }, 120_000);

  it('`counselor demo --db postgres://…` loads it into the department database and `demo --remove` removes it, as the operator', async () => {
    const { store, pg } = await stores();
    store.close();
    const db = await urlOf(pg, { asAppRole: true });
    const loaded = await cli(['demo', '--db', db]);
    expect([loaded.code, loaded.stderr]).toEqual([0, '']);
    expect(loaded.stdout).toMatch(/^Loaded the sample school: 62 students into PostgreSQL database cw_test_\w+ on /);
    expect(await readAs(pg, null, (trx) => sampleStatusIn(trx))).toMatchObject({ loaded: true, students: 62 });
    const again = await cli(['demo', '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('This department database already holds 62 students');
    const removed = await cli(['demo', '--remove', '--db', db, '--json']);
    expect([removed.code, removed.stderr]).toEqual([0, '']);
    expect(JSON.parse(removed.stdout)).toMatchObject({ school: 'Lincoln High School', backupPath: null, removed: { students: 62 } });
    expect(await readAs(pg, null, (trx) => sampleStatusIn(trx))).toMatchObject({ loaded: false, students: 0, courses: 0, programs: 0 });
  }, 120_000);
});
