import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/core/store/migrations';
import { openStore } from '../../../src/main/core/store/connection';
import { additions, dumpSchema, nonAdditiveChanges, type SchemaDump } from '../../helpers/schema';
import { useTempDir } from '../../helpers/temp';

/**
 * Stores already on counselors' disks were made by the shipped migrations, so those never change
 * and the schema only grows: a new table, column or index comes with a new migration version.
 * The snapshot (tests/fixtures/schema/schema.json) is the schema after every migration; add a
 * migration, then run `UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/integration/migrations` to
 * record it. Each shipped migration's source is pinned by its hash (migrations.sha256, the format
 * of `sha256sum`: check by hand with `sha256sum -c` in the migrations folder).
 */

const tempDir = useTempDir();
const fixtures = join(__dirname, '..', '..', 'fixtures', 'schema');
const snapshotFile = join(fixtures, 'schema.json');
const hashesFile = join(fixtures, 'migrations.sha256');
const migrationsDir = join(__dirname, '..', '..', '..', 'src', 'main', 'core', 'store', 'migrations');
const updating = process.env.UPDATE_SCHEMA_SNAPSHOT === '1';

async function currentSchema(): Promise<SchemaDump> {
  const store = await openStore(join(tempDir(), 'counselor.db'));
  try {
    return dumpSchema(store.db);
  } finally {
    store.close();
  }
}

/** The migration files (0001-students.ts …) and the sha256 of each. */
function migrationHashes(): Map<string, string> {
  const files = readdirSync(migrationsDir).filter((f) => /^\d{4}-.+\.ts$/.test(f)).sort();
  return new Map(files.map((f) => [f, createHash('sha256').update(readFileSync(join(migrationsDir, f))).digest('hex')]));
}

function pinnedHashes(): Map<string, string> {
  const lines = readFileSync(hashesFile, 'utf8').split('\n').filter((l) => l.trim() !== '');
  return new Map(lines.map((l) => l.split(/\s+/)).map(([hash, file]) => [file!, hash!]));
}

/**
 * Compares a schema with the snapshot: removing, renaming or retyping is never allowed; adding is
 * allowed with a new version only; at the snapshot's version the schema must be exactly the same.
 * Returns what is wrong, in one message, or null.
 */
function schemaProblem(snapshot: SchemaDump, current: SchemaDump): string | null {
  const broken = nonAdditiveChanges(snapshot, current);
  if (broken.length > 0) {
    return `The store's schema change is not additive (stores in use would lose data or break): ${broken.join('; ')}. Add columns and tables in a new migration; never change a shipped one.`;
  }
  if (current.version === snapshot.version) {
    if (JSON.stringify(current) === JSON.stringify(snapshot)) return null;
    const added = additions(snapshot, current);
    return `A shipped migration changed: the schema at version ${current.version} is not the one recorded${added.length ? ` (new: ${added.join(', ')})` : ' (a table or index is defined differently)'}. Put the change in a new migration.`;
  }
  if (current.version < snapshot.version) return `The schema is at version ${current.version}, older than the snapshot's ${snapshot.version}: a shipped migration was removed.`;
  return `The schema grew to version ${current.version} (new: ${additions(snapshot, current).join(', ') || 'no tables or columns'}); record it with UPDATE_SCHEMA_SNAPSHOT=1.`;
}

describe('the store schema only grows', () => {
  it('matches the committed snapshot, or grows from it with a new migration version', async () => {
    const current = await currentSchema();
    expect(current.version).toBe(LATEST_SCHEMA_VERSION);
    if (updating || !existsSync(snapshotFile)) {
      if (existsSync(snapshotFile)) {
        const problem = schemaProblem(JSON.parse(readFileSync(snapshotFile, 'utf8')) as SchemaDump, current);
        // Only growth with a new version may be recorded: a changed shipped migration stays a failure.
        if (problem && !problem.includes('UPDATE_SCHEMA_SNAPSHOT')) throw new Error(problem);
      }
      writeFileSync(snapshotFile, `${JSON.stringify(current, null, 2)}\n`);
    }
    const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as SchemaDump;
    expect(schemaProblem(snapshot, current)).toBeNull();
  });

  it('keeps the source of every shipped migration exactly as shipped', () => {
    const current = migrationHashes();
    if (updating) {
      // Records new migrations only: a shipped one whose hash changed stays a failure below.
      const pinned = existsSync(hashesFile) ? pinnedHashes() : new Map<string, string>();
      for (const [file, hash] of current) if (!pinned.has(file)) pinned.set(file, hash);
      writeFileSync(hashesFile, [...pinned].map(([file, hash]) => `${hash}  ${file}\n`).join(''));
    }
    const pinned = pinnedHashes();
    const changed = [...pinned].filter(([file, hash]) => current.get(file) !== hash).map(([file]) => file);
    expect(
      changed.map((file) => `A shipped migration changed: ${file} (now ${current.get(file) ?? 'missing'}). Shipped migrations never change; add a new one.`),
    ).toEqual([]);
    const unpinned = [...current.keys()].filter((file) => !pinned.has(file));
    expect(unpinned.map((file) => `${file} has no recorded hash: run with UPDATE_SCHEMA_SNAPSHOT=1.`)).toEqual([]);
  });
});

describe('the snapshot comparison', () => {
  const base: SchemaDump = {
    version: 2,
    tables: { student: { sql: 'CREATE TABLE student (n TEXT NOT NULL)', columns: { n: { type: 'TEXT', notnull: 1, dflt_value: null, pk: 0 } } } },
    indexes: { student_n: { table: 'student', sql: 'CREATE INDEX student_n ON student (n)' } },
    triggers: {},
  };
  const grown = (version: number): SchemaDump => ({
    ...base,
    version,
    tables: {
      student: { sql: 'CREATE TABLE student (n TEXT NOT NULL, grade INTEGER)', columns: { ...base.tables.student!.columns, grade: { type: 'INTEGER', notnull: 0, dflt_value: null, pk: 0 } } },
    },
  });

  it('accepts the same schema, and a column added by a new version (asking for the snapshot to be recorded)', () => {
    expect(schemaProblem(base, base)).toBeNull();
    expect(schemaProblem(base, grown(3))).toMatch(/grew to version 3 \(new: column student.grade\); record it with UPDATE_SCHEMA_SNAPSHOT=1/);
  });

  it('refuses an addition at the same version: a shipped migration changed', () => {
    expect(schemaProblem(base, grown(2))).toMatch(/^A shipped migration changed: .*new: column student.grade/);
    const redefined = { ...base, tables: { student: { ...base.tables.student!, sql: 'CREATE TABLE student (n TEXT NOT NULL CHECK (n <> \'\'))' } } };
    expect(schemaProblem(base, redefined)).toMatch(/^A shipped migration changed/);
  });

  it('refuses a removed, renamed or retyped column, table or index as not additive, whatever the version', () => {
    const retyped = { ...base, version: 3, tables: { student: { ...base.tables.student!, columns: { n: { ...base.tables.student!.columns.n!, type: 'INTEGER' } } } } };
    expect(schemaProblem(base, retyped)).toMatch(/not additive.*column student.n changed/);
    const renamed = { ...base, version: 3, tables: { student: { ...base.tables.student!, columns: { number: base.tables.student!.columns.n! } } } };
    expect(schemaProblem(base, renamed)).toMatch(/not additive.*column student.n was removed or renamed/);
    expect(schemaProblem(base, { ...base, version: 3, tables: {}, indexes: {} })).toMatch(/not additive.*table student was removed.*index student_n was removed/);
  });
});
