import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../src/main/core/store/connection';
import { kyselyOverStore } from '../../../src/main/core/store/kysely-sqlite';
import { migrations } from '../../../src/main/core/store/migrations';
import { postgresMigrations } from '../../../src/main/core/store/migrations/pg';
import { migratePostgres, openPostgres } from '../../../src/main/core/store/postgres';
import type { StoreSchema } from '../../../src/main/core/store/store-schema';
import { SKIPPED_WITHOUT_POSTGRES, testPostgresUrl, useScratchPostgres, withoutPostgres } from '../../helpers/postgres';
import { keyDifferences, postgresKeys, postgresShape, shapeDifferences, sqliteKeys, sqliteShape } from '../../helpers/store-shape';
import { useTempDir } from '../../helpers/temp';

/**
 * The department server's schema is the workstation's, column for column: the same domain code
 * (store/store-schema.ts, the typed queries) runs over both, so a column one store lacks, or allows
 * NULL in where the other does not, is a bug that only one of the two would show.
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();
const opened: Store[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

describe('the migrations of the two stores', () => {
  it('come in pairs: every SQLite migration has a PostgreSQL twin with the same version and name', () => {
    const pairs = (list: readonly { version: number; name: string }[]) => list.map((m) => `${m.version} ${m.name}`);
    expect(pairs(postgresMigrations)).toEqual(pairs(migrations));
  });
});

describe.skipIf(withoutPostgres)(`the department server's schema (${withoutPostgres ? SKIPPED_WITHOUT_POSTGRES : 'PostgreSQL'})`, () => {
  it('has every table and column of a freshly migrated workstation store, with the same nullability and type family', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    const sqlite = sqliteShape(store.db);
    store.close();
    const db = await scratchDatabase();
    await migratePostgres(db);

    const differences = shapeDifferences(sqlite, await postgresShape(db));
    // The whole list, one line each: easier to act on than the first mismatch alone.
    expect(differences.join('\n')).toBe('');
    expect(sqlite.size).toBeGreaterThan(30);
  });

  it('has the same keys, indexes and foreign keys (with their cascades) as the workstation store', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    const sqlite = sqliteKeys(store.db);
    store.close();
    const db = await scratchDatabase();
    await migratePostgres(db);

    expect(keyDifferences(sqlite, await postgresKeys(db)).join('\n')).toBe('');
    expect(sqlite.get('plan_course')).toContain('foreign key (student_number) → plan (student_number) on update cascade on delete cascade');
  });

  it("holds the same rows once migrated: the framework's clusters, pathways and aliases, and nothing else", async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    opened.push(store);
    const sqlite = kyselyOverStore(store.db);
    const db = await scratchDatabase();
    await migratePostgres(db);

    // Every column in the ORDER BY: both stores then list the rows in one order (text is byte-ordered on both).
    const rowsOf = async (k: Kysely<StoreSchema>, table: string, width: number) =>
      (await sql.raw<Record<string, unknown>>(`SELECT * FROM ${table} ORDER BY ${Array.from({ length: width }, (_, i) => i + 1).join(', ')}`).execute(k)).rows;
    let total = 0;
    for (const [table, columns] of sqliteShape(store.db)) {
      const expected = await rowsOf(sqlite, table, columns.size);
      expect({ table, rows: await rowsOf(db, table, columns.size) }).toEqual({ table, rows: expected });
      total += expected.length;
    }
    expect(total).toBeGreaterThan(100);
  });

  it('is migrated once: a second run finds nothing to do', async () => {
    const db = await scratchDatabase();
    expect(await migratePostgres(db)).toEqual({ fromVersion: 0, toVersion: postgresMigrations.length });
    expect(await migratePostgres(db)).toEqual({ fromVersion: postgresMigrations.length, toVersion: postgresMigrations.length });
    const { rows } = await sql<{ version: number }>`SELECT version FROM schema_version ORDER BY version`.execute(db);
    expect(rows.map((r) => r.version)).toEqual(postgresMigrations.map((m) => m.version));
  });

  it('is migrated by one of two servers starting at the same moment; the other waits and finds it done', async () => {
    const db = await scratchDatabase();
    // A second pool on the same database: its own connection, as a second server would have.
    const { rows: named } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(db);
    const url = new URL(testPostgresUrl);
    url.pathname = `/${named[0]!.name}`;
    const other = openPostgres(url.toString(), { max: 1 });
    try {
      const results = await Promise.all([migratePostgres(db), migratePostgres(other)]);
      const latest = postgresMigrations.length;
      expect(results.map((r) => r.fromVersion).sort((a, b) => a - b)).toEqual([0, latest]);
      const { rows } = await sql<{ applied: number }>`SELECT count(*) AS applied FROM schema_version`.execute(db);
      expect(rows[0]!.applied).toBe(latest);
    } finally {
      await other.destroy();
    }
  });

  it('leaves a database at the version it had when an upgrade fails partway: nothing of it applied', async () => {
    const db = await scratchDatabase();
    await migratePostgres(db, postgresMigrations.slice(0, 1));
    const broken = { version: 3, name: 'broken', up: async () => { throw new Error('migration 3 failed'); } };
    await expect(migratePostgres(db, [...postgresMigrations.slice(0, 2), broken])).rejects.toThrow('migration 3 failed');

    const { rows } = await sql<{ version: number }>`SELECT version FROM schema_version ORDER BY version`.execute(db);
    expect(rows.map((r) => r.version)).toEqual([1]);
    // Migration 2's tables went with it, so the version that is recorded is the schema that is there.
    const { rows: tables } = await sql<{ n: number }>`SELECT count(*) AS n FROM pg_tables WHERE tablename = 'career_cluster'`.execute(db);
    expect(tables[0]!.n).toBe(0);
  });

  it('refuses a database set up by a newer version, and changes nothing', async () => {
    const db = await scratchDatabase();
    await migratePostgres(db);
    const newer = postgresMigrations.length + 1;
    await sql`INSERT INTO schema_version (version, name) VALUES (${newer}, 'from the future')`.execute(db);
    await expect(migratePostgres(db)).rejects.toMatchObject({ code: 'store_too_new' });
    const { rows } = await sql<{ latest: number }>`SELECT max(version) AS latest FROM schema_version`.execute(db);
    expect(rows[0]!.latest).toBe(newer);
  });
});
