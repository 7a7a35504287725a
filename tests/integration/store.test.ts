import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/main/core/store/connection';
import { LATEST_SCHEMA_VERSION, migrations } from '../../src/main/core/store/migrations';
import { checkMigrationOrder, type Migration } from '../../src/main/core/store/migration';
import { CounselorError } from '../../src/shared/errors';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function expectStoreError(promise: Promise<unknown>, code: string): Promise<CounselorError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CounselorError);
  expect((error as CounselorError).code).toBe(code);
  return error as CounselorError;
}

describe('opening the caseload store', () => {
  it('creates a fresh store with every migration, the durable pragmas, and no backup', async () => {
    const path = join(tempDir(), 'nested', 'folder', 'counselor.db');
    const store = await openStore(path);
    try {
      expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      // 2 = FULL: a fresh connection to a WAL file would otherwise come up NORMAL on this build.
      expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
      expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(store.opened).toEqual({ fromVersion: 0, toVersion: LATEST_SCHEMA_VERSION, backupPath: null });
    } finally {
      store.close();
    }
  });

  it('reopens an existing WAL store with synchronous=FULL set again', async () => {
    const path = join(tempDir(), 'counselor.db');
    (await openStore(path)).close();
    const store = await openStore(path);
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.opened.backupPath).toBeNull();
    store.close();
  });

  it('makes every table STRICT', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    const tables = store.db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string; strict: number }[];
    store.close();
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.filter((t) => t.strict !== 1).map((t) => t.name)).toEqual([]);
  });

  it('upgrades an older store in one transaction after taking a backup with its data', async () => {
    const dir = tempDir();
    const path = join(dir, 'counselor.db');
    const v1 = migrations.slice(0, 1);
    const old = await openStore(path, { migrations: v1 });
    old.db
      .prepare(
        "INSERT INTO student (student_number, first_name, last_name, created_at, updated_at) VALUES ('000123', 'Ana', 'Peña', 'x', 'x')",
      )
      .run();
    old.close();

    const marker: Migration = {
      version: 2,
      name: 'test marker',
      up: (db) => db.exec('CREATE TABLE marker (id INTEGER PRIMARY KEY) STRICT'),
    };
    const store = await openStore(path, { migrations: [...v1, marker] });
    expect(store.opened.fromVersion).toBe(1);
    expect(store.db.pragma('user_version', { simple: true })).toBe(2);
    store.close();

    const backupPath = store.opened.backupPath as string;
    expect(backupPath).toMatch(/backups/);
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
    const backup = new Database(backupPath, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT student_number FROM student').pluck().all()).toEqual(['000123']);
    backup.close();
  });

  it('rolls back every pending migration when one fails, leaving the old version', async () => {
    const path = join(tempDir(), 'counselor.db');
    const v1 = migrations.slice(0, 1);
    (await openStore(path, { migrations: v1 })).close();
    const good: Migration = { version: 2, name: 'good', up: (db) => db.exec('CREATE TABLE good (id INTEGER) STRICT') };
    const bad: Migration = { version: 3, name: 'bad', up: (db) => db.exec('THIS IS NOT SQL') };
    await expect(openStore(path, { migrations: [...v1, good, bad] })).rejects.toThrow();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'good'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a store from a newer version, names both versions, and leaves the file byte for byte', async () => {
    const path = join(tempDir(), 'counselor.db');
    (await openStore(path)).close();
    const raw = new Database(path);
    raw.pragma('journal_mode = DELETE'); // fold the WAL in so the main file is the whole store
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = sha(path);

    const error = await expectStoreError(openStore(path), 'store_too_new');
    expect(error.message).toContain(`store version ${LATEST_SCHEMA_VERSION + 5}`);
    expect(error.message).toContain(`up to ${LATEST_SCHEMA_VERSION}`);
    expect(error.message.split('\n')).toHaveLength(1);
    expect(sha(path)).toBe(before);
    expect(existsSync(join(path, '..', 'backups'))).toBe(false);
  });

  it('refuses a file that is not a database and leaves it in place', async () => {
    const path = join(tempDir(), 'notes.db');
    writeFileSync(path, 'Meeting notes for Tuesday, not a database at all.\n'.repeat(20));
    const before = sha(path);
    const error = await expectStoreError(openStore(path), 'store_damaged');
    expect(error.message).toContain('not an SQLite database');
    expect(sha(path)).toBe(before);
  });

  it('refuses a damaged database with a clear message and never repairs or deletes it', async () => {
    const path = join(tempDir(), 'counselor.db');
    const store = await openStore(path);
    const insert = store.db.prepare(
      "INSERT INTO student (student_number, first_name, last_name, created_at, updated_at) VALUES (?, 'A', 'B', 'x', 'x')",
    );
    store.db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(String(100000 + i));
    })();
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    const bytes = readFileSync(path);
    // Scribble over pages in the middle of the file, keeping the header intact.
    for (let i = 8192; i < bytes.length - 4096; i += 4096) bytes.fill(0x5a, i + 100, i + 400);
    writeFileSync(path, bytes);
    const before = sha(path);
    const error = await expectStoreError(openStore(path), 'store_damaged');
    expect(error.message).toMatch(/damaged/);
    expect(existsSync(path)).toBe(true);
    expect(sha(path)).toBe(before);
  });

  it('checks that migration versions only increase one by one', () => {
    const m = (version: number): Migration => ({ version, name: `m${version}`, up: () => undefined });
    expect(() => checkMigrationOrder([m(1), m(2), m(3)])).not.toThrow();
    expect(() => checkMigrationOrder([m(1), m(3)])).toThrow(/expected 2/);
    expect(() => checkMigrationOrder([m(1), m(1)])).toThrow(/expected 2/);
  });
});
