import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { addAccount } from '../../src/main/core/accounts/accounts';
import { readAs, type Actor } from '../../src/main/core/accounts/actor';
import { mayCall, refusalOf } from '../../src/main/core/accounts/method-roles';
import { departmentHandlers } from '../../src/main/core/api/department';
import { rememberedDepartments } from '../../src/main/core/courses/catalog-departments';
import { importCatalog, previewCatalog } from '../../src/main/core/courses/catalog-import';
import { catalogIn } from '../../src/main/core/courses/catalog-reads';
import { addCourse } from '../../src/main/core/courses/course-edits';
import { getCourse, listCourses, listPostsecondary } from '../../src/main/core/courses/repository';
import { programsIn } from '../../src/main/core/plans/plan-view-reads';
import { exportPrograms, programTables } from '../../src/main/core/programs/export';
import { importPrograms, type ProgramImportReport } from '../../src/main/core/programs/import';
import { getProgram, listPrograms } from '../../src/main/core/programs/repository';
import { writeXlsx } from '../../src/main/core/spreadsheet/write-xlsx';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import { openStore, type Store } from '../../src/main/core/store/connection';
import { migratePostgres } from '../../src/main/core/store/postgres';
import type { StoreSchema } from '../../src/main/core/store/store-schema';
import { moveToPostgres } from '../../src/main/core/store/to-postgres';
import { counselor as cli } from '../helpers/cli';
import { SKIPPED_WITHOUT_APP_ROLE, urlOf, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';
import { sampleStore } from './plans/stores';

/**
 * The department server's catalog and programs imports (core/api/department-imports.ts) on
 * PostgreSQL, through the role row-level security binds: the same files, written by other
 * programs (tests/fixtures/catalog), imported into the same school on a workstation's SQLite file
 * and on the department database give the same previews, reports and rows. A counselor is
 * refused (the gate's one sentence; nothing written, no audit entry).
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();
const NOW = new Date('2026-12-03T15:00:00Z');
const CATALOG = join(__dirname, '..', 'fixtures', 'catalog');
const file = (name: string) => ({ fileName: name, base64: readFileSync(join(CATALOG, name)).toString('base64') });
const bytes = (name: string) => new Uint8Array(readFileSync(join(CATALOG, name)));

/** An empty school on a workstation, and the same school moved into a department database with a lead and a counselor. */
async function school(): Promise<{ store: Store; pg: Kysely<StoreSchema>; lead: Actor; counselor: Actor }> {
  const store = await openStore(join(tempDir(), 'counselor.db'));
  const pg = await scratchDatabase({ asAppRole: true });
  await migratePostgres(pg);
  await moveToPostgres(store.path, pg);
  const account = async (userName: string, displayName: string, role: Actor['role']): Promise<Actor> => {
    await addAccount(pg, { userName, displayName, role, password: 'correct horse battery' });
    return { userName, displayName, role };
  };
  return { store, pg, lead: await account('lead', 'Dr. Lead', 'lead'), counselor: await account('first', 'Ms. First', 'counselor') };
}

const call = (pg: Kysely<StoreSchema>, actor: Actor, method: string, input: unknown) => dispatch(departmentHandlers(pg)(actor) as Handlers, method, input, true);

async function ok<T>(pg: Kysely<StoreSchema>, actor: Actor, method: string, input: unknown): Promise<T> {
  const answer = await call(pg, actor, method, input);
  if (!answer.ok) throw new Error(`${method} refused: ${answer.error.code} ${answer.error.message}`);
  return answer.value as T;
}

/** The department's catalog and remembered departments, as the workstation lists them. */
async function serverCatalog(pg: Kysely<StoreSchema>, actor: Actor) {
  return readAs(pg, actor, async (trx) => {
    const departments = await trx.selectFrom('catalog_department').select(['department_key', 'area']).execute();
    return { ...(await catalogIn(trx)), departments: new Map(departments.map((d) => [d.department_key, d.area])) };
  });
}
const workstationCatalog = (store: Store) => ({ courses: listCourses(store.db), postsecondary: listPostsecondary(store.db), departments: rememberedDepartments(store.db) });

const schoolAudit = async (pg: Kysely<StoreSchema>, lead: Actor) =>
  (await readAs(pg, lead, (trx) => trx.selectFrom('audit_entry').select(['action', 'user_name']).where('student_number', 'is', null).orderBy('id').execute()));

describe.skipIf(withoutAppRole)(`the department server imports a catalog as the workstation does${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it('previews and imports a district catalog (bad rows, a footer) to the same report and the same courses', async () => {
    const { store, pg, lead } = await school();
    const name = 'district-catalog.csv';
    const preview = await ok(pg, lead, 'catalog.preview', file(name));
    expect(preview).toEqual(await previewCatalog(store.db, bytes(name), name));
    expect(preview).toMatchObject({ added: 9, updated: 0 });
    expect((await serverCatalog(pg, lead)).courses).toEqual([]);

    const report = await ok(pg, lead, 'catalog.import', file(name));
    expect(report).toEqual(await importCatalog(store.db, bytes(name), name, { now: NOW }));
    expect(await serverCatalog(pg, lead)).toEqual(workstationCatalog(store));
    expect((await serverCatalog(pg, lead)).courses).toHaveLength(9);
    expect(await schoolAudit(pg, lead)).toEqual([{ action: 'catalog.import', user_name: 'lead' }]);

    // Again: nothing changes, on either store.
    const again = await ok(pg, lead, 'catalog.import', file(name));
    expect(again).toEqual(await importCatalog(store.db, bytes(name), name, { now: NOW }));
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 9 });
    store.close();
  }, 120_000);

  it('maps departments with the lead’s choices, remembers them, and reads a workbook as its CSV twin', async () => {
    const { store, pg, lead } = await school();
    const areas = { 'Special Education': 'elective', 'Driver Education': 'elective' } as const;
    for (const name of ['district-departments.xlsx', 'district-departments.csv']) {
      const preview = await ok(pg, lead, 'catalog.preview', { ...file(name), areas });
      expect(preview).toEqual(await previewCatalog(store.db, bytes(name), name, { areas }));
      const report = await ok(pg, lead, 'catalog.import', { ...file(name), areas });
      expect(report).toEqual(await importCatalog(store.db, bytes(name), name, { areas, now: NOW }));
      expect(await serverCatalog(pg, lead)).toEqual(workstationCatalog(store));
    }
    expect((await serverCatalog(pg, lead)).departments.get('special education')).toBe('elective');
    // The choices remembered: a preview without them maps both departments as before, on both stores.
    const name = 'district-departments.csv';
    expect(await ok(pg, lead, 'catalog.preview', file(name))).toEqual(await previewCatalog(store.db, bytes(name), name));
    store.close();
  }, 120_000);

  it('`counselor catalog import FILE --db postgres://…` answers on the department database as on the file', async () => {
    const { store, pg } = await school();
    store.close();
    const url = await urlOf(pg, { asAppRole: true });
    const path = join(CATALOG, 'district-departments.csv');
    for (const args of [['--area', 'Special Education=elective'], ['--json']]) {
      const onServer = await cli(['catalog', 'import', path, ...args, '--db', url]);
      const onFile = await cli(['catalog', 'import', path, ...args, '--db', store.path]);
      expect(onServer.stderr).toBe(onFile.stderr);
      // The file's import also names its backup; the department's backups are the district's.
      expect(onServer.stdout).toBe(onFile.stdout.replace(/\nBackup taken before the import: .*/, ''));
      expect(onServer.code).toBe(onFile.code);
    }
    // Special Education's area remembered from the first run: only Driver Education's row is left out.
    expect((await cli(['catalog', 'import', path, '--db', url])).stdout).toMatch(/^Imported district-departments\.csv: 0 new, 0 changed, 25 unchanged, 1 rows rejected\./);
  }, 120_000);

  it('refuses a counselor: the gate’s sentence, nothing written, no audit entry', async () => {
    const { store, pg, lead, counselor } = await school();
    // The database refuses the write (the transport's gate, mayCall, refuses the preview before it runs).
    expect(await call(pg, counselor, 'catalog.import', file('district-catalog.csv'))).toEqual({
      ok: false,
      error: { code: 'forbidden', message: refusalOf('counselor', 'catalog.import') },
    });
    expect(mayCall('counselor', 'catalog.preview')).toBe(false);
    expect((await serverCatalog(pg, lead)).courses).toEqual([]);
    expect(await schoolAudit(pg, lead)).toEqual([]);
    store.close();
  }, 120_000);
});

describe.skipIf(withoutAppRole)(`the department server imports programs of study as the workstation does${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  const served = (pg: Kysely<StoreSchema>, actor: Actor) =>
    readAs(pg, actor, async (trx) => ({ ...(await catalogIn(trx)), programs: await programsIn(trx) }));
  const kept = (store: Store) => ({ courses: listCourses(store.db), postsecondary: listPostsecondary(store.db), programs: listPrograms(store.db) });
  const workbook = async (ids?: string[]) => {
    const source = await sampleStore(tempDir());
    const exported = await exportPrograms(source.db, ids);
    // One program naming a pathway no framework has: refused, the rest taken.
    const broken = { ...getProgram(source.db, 'accounting'), id: 'broken', pathwayCode: 'ZZ-ZZZ' };
    const mixed = await writeXlsx(programTables([...listPrograms(source.db), broken], listCourses(source.db), listPostsecondary(source.db)));
    // The receiving department's own version of a course the workbook carries.
    const ours = { ...getCourse(source.db, 'TEC221'), title: 'Intro to Welding (our version)' };
    source.close();
    return { exported, mixed, ours };
  };

  it('takes another district’s workbook (a program it cannot take reported) to the same report, programs, courses and entries', async () => {
    const { store, pg, lead } = await school();
    const { exported, mixed } = await workbook();
    const input = { fileName: 'mixed.xlsx', base64: Buffer.from(mixed).toString('base64') };
    const report = await ok<ProgramImportReport>(pg, lead, 'programs.import', input);
    expect(report).toEqual(await importPrograms(store.db, mixed, 'mixed.xlsx', { now: NOW }));
    expect(report.added).toBe(exported.count);
    expect(report.rejected).toEqual([expect.objectContaining({ column: 'Programs: ID', value: 'broken', reason: expect.stringContaining('ZZ-ZZZ') })]);
    expect(await served(pg, lead)).toEqual(kept(store));
    expect(await schoolAudit(pg, lead)).toEqual([{ action: 'programs.import', user_name: 'lead' }]);

    // Again: the programs replaced, nothing added, on both stores.
    const again = await ok<ProgramImportReport>(pg, lead, 'programs.import', input);
    expect(again).toEqual(await importPrograms(store.db, mixed, 'mixed.xlsx', { now: NOW }));
    expect(again).toMatchObject({ added: 0, updated: exported.count, coursesAdded: 0, postsecondaryAdded: 0 });
    expect(await served(pg, lead)).toEqual(kept(store));
    store.close();
  }, 120_000);

  it('keeps the department’s own version of a course the workbook also carries', async () => {
    const { store, pg, lead } = await school();
    const { exported, ours } = await workbook(['welding']);
    await ok(pg, lead, 'courses.add', ours);
    addCourse(store.db, ours);
    const input = { fileName: exported.fileName, base64: exported.bytes.toString('base64') };
    expect(await ok(pg, lead, 'programs.import', input)).toEqual(await importPrograms(store.db, exported.bytes, exported.fileName, { now: NOW }));
    expect(await served(pg, lead)).toEqual(kept(store));
    expect((await served(pg, lead)).courses.find((c) => c.number === 'TEC221')?.title).toBe(ours.title);
    store.close();
  }, 120_000);

  it('writes nothing when an import fails half way: no course, entry or program, no audit entry', async () => {
    const { store, pg, lead } = await school();
    const { mixed } = await workbook();
    // The database itself fails the last rows each import writes, after its courses are in.
    await sql.raw(`CREATE FUNCTION fail_late() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'failed half way'; END $$;
      CREATE TRIGGER fail_department BEFORE INSERT ON catalog_department FOR EACH ROW EXECUTE FUNCTION fail_late();
      CREATE TRIGGER fail_program_course BEFORE INSERT ON program_course FOR EACH ROW EXECUTE FUNCTION fail_late();`).execute(pg);
    const areas = { 'Special Education': 'elective', 'Driver Education': 'elective' };
    expect(await call(pg, lead, 'catalog.import', { ...file('district-departments.csv'), areas })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await call(pg, lead, 'programs.import', { fileName: 'mixed.xlsx', base64: Buffer.from(mixed).toString('base64') })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await served(pg, lead)).toEqual({ courses: [], postsecondary: [], programs: [] });
    expect(await schoolAudit(pg, lead)).toEqual([]);
    store.close();
  }, 120_000);

  it('refuses a counselor: the gate’s sentence, nothing written, no audit entry', async () => {
    const { store, pg, lead, counselor } = await school();
    const { mixed } = await workbook();
    expect(await call(pg, counselor, 'programs.import', { fileName: 'mixed.xlsx', base64: Buffer.from(mixed).toString('base64') })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: refusalOf('counselor', 'programs.import') },
    });
    expect(await served(pg, lead)).toEqual({ courses: [], postsecondary: [], programs: [] });
    expect(await schoolAudit(pg, lead)).toEqual([]);
    store.close();
  }, 120_000);
});

describe.skipIf(withoutAppRole)(`a department database holding the sample school${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it('refuses either import in the workstation’s sentence, writing nothing', async () => {
    const store = await sampleStore(tempDir());
    const pg = await scratchDatabase({ asAppRole: true });
    await migratePostgres(pg);
    await moveToPostgres(store.path, pg);
    await addAccount(pg, { userName: 'lead', displayName: 'Dr. Lead', role: 'lead', password: 'correct horse battery' });
    const lead: Actor = { userName: 'lead', displayName: 'Dr. Lead', role: 'lead' };
    const before = await readAs(pg, lead, async (trx) => ({ ...(await catalogIn(trx)), programs: await programsIn(trx) }));
    const name = 'district-catalog.csv';
    const refused = await call(pg, lead, 'catalog.import', file(name));
    expect(refused).toEqual(await settled(importCatalog(store.db, bytes(name), name)));
    expect(refused.ok).toBe(false);
    const { bytes: workbook, fileName } = await exportPrograms(store.db);
    expect(await call(pg, lead, 'programs.import', { fileName, base64: workbook.toString('base64') })).toEqual(await settled(importPrograms(store.db, workbook, fileName)));
    expect(await readAs(pg, lead, async (trx) => ({ ...(await catalogIn(trx)), programs: await programsIn(trx) }))).toEqual(before);
    store.close();
  }, 120_000);
});

/** What the workstation's import answers or throws, as the server's envelope says it. */
async function settled<T>(answer: Promise<T>) {
  try {
    return { ok: true, value: await answer };
  } catch (e) {
    const { code, message, details } = e as { code: string; message: string; details?: unknown };
    return { ok: false, error: { code, message, ...(details === undefined ? {} : { details }) } };
  }
}
