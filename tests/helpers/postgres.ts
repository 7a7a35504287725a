import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterAll } from 'vitest';
import { migratePostgres, openPostgres } from '../../src/main/core/store/postgres';
import { moveToPostgres } from '../../src/main/core/store/to-postgres';
import type { StoreSchema } from '../../src/main/core/store/store-schema';

/**
 * The server the PostgreSQL half of the tests runs against (scripts/pg-test-cluster.sh prints one;
 * .ci/run exports it). Unset: those tests are skipped, and their names say so.
 */
export const testPostgresUrl = process.env.COUNSELOR_TEST_POSTGRES ?? '';
export const withoutPostgres = testPostgresUrl === '';
export const SKIPPED_WITHOUT_POSTGRES = 'skipped: COUNSELOR_TEST_POSTGRES names no PostgreSQL server';

/**
 * The same server's role without SUPERUSER or BYPASSRLS (scripts/pg-test-cluster.sh writes its URL
 * to DIR/app-url; .ci/run exports it), the only kind of role row-level security binds.
 */
export const testPostgresAppUrl = process.env.COUNSELOR_TEST_POSTGRES_APP ?? '';
export const withoutAppRole = withoutPostgres || testPostgresAppUrl === '';
export const SKIPPED_WITHOUT_APP_ROLE = 'skipped: COUNSELOR_TEST_POSTGRES and COUNSELOR_TEST_POSTGRES_APP (a role without SUPERUSER) name no PostgreSQL server';

/**
 * Fresh databases on the test server, one per call, each dropped in afterAll: tests never share a
 * department database, and a run leaves nothing behind. The name is unique per run (two runs of the
 * suite may share one server), and only lowercase letters, digits and _ so it needs no quoting.
 */
export function useScratchPostgres(): (options?: { asAppRole?: boolean }) => Promise<Kysely<StoreSchema>> {
  const made: { name: string; db: Kysely<StoreSchema> }[] = [];
  let admin: Kysely<StoreSchema> | null = null;
  afterAll(async () => {
    for (const { db } of made) await db.destroy();
    for (const { name } of made.splice(0)) if (admin) await dropDatabase(admin, name);
    await admin?.destroy();
    admin = null;
  });
  // asAppRole: the database is owned by the app role and opened as it, as district IT sets up the
  // department server's (docs/ARCHITECTURE.md, "Row-level security"): its migrations make that role
  // the tables' owner, which FORCE ROW LEVEL SECURITY binds.
  return async (options = {}) => {
    admin ??= openPostgres(testPostgresUrl, { max: 1 });
    const name = `cw_test_${process.pid}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
    const owner = options.asAppRole ? ` OWNER ${decodeURIComponent(new URL(testPostgresAppUrl).username)}` : '';
    await sql.raw(`CREATE DATABASE ${name}${owner}`).execute(admin);
    const url = new URL(options.asAppRole ? testPostgresAppUrl : testPostgresUrl);
    url.pathname = `/${name}`;
    const db = openPostgres(url.toString());
    made.push({ name, db });
    return db;
  };
}

/**
 * node-postgres's pool.end() resolves before the server has seen its connections go, and FORCE
 * terminating one still closing makes its pool report a lost connection: wait for them first
 * (a few hundred ms at most), then FORCE, so a connection a failed test left open cannot keep
 * the database alive.
 */
async function dropDatabase(admin: Kysely<StoreSchema>, name: string): Promise<void> {
  for (let i = 0; i < 25; i++) {
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = ${name}`.execute(admin);
    if (rows[0]?.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(admin);
}

/** A scratch database's own address, for what connects by itself (the `counselor` command); asAppRole: as the app role. */
export async function urlOf(db: Kysely<StoreSchema>, options: { asAppRole?: boolean } = {}): Promise<string> {
  const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(db);
  const url = new URL(options.asAppRole ? testPostgresAppUrl : testPostgresUrl);
  url.pathname = `/${rows[0]!.name}`;
  return url.toString();
}

/**
 * A department database holding the store file at `path`, as `counselor migrate` moves one in:
 * a scratch database owned by the app role, migrated, the file copied in; the file opened
 * beside it (read-only unless asked), for the workstation's side of a comparison.
 */
export async function departmentFrom(
  scratch: (options?: { asAppRole?: boolean }) => Promise<Kysely<StoreSchema>>,
  path: string,
  options: { writable?: boolean } = {},
): Promise<{ file: Database.Database; pg: Kysely<StoreSchema> }> {
  const pg = await scratch({ asAppRole: true });
  await migratePostgres(pg);
  await moveToPostgres(path, pg);
  // Writable when the test makes the workstation's side of each change on the file itself.
  return { file: new Database(path, { readonly: !options.writable }), pg };
}
