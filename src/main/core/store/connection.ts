import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CounselorError } from '../../../shared/errors';
import { backupStore } from './backup';
import { checkStoreLocation } from './location';
import type { Migration } from './migration';
import { migrations, LATEST_SCHEMA_VERSION } from './migrations';
import { BUSY_TIMEOUT_MS, writeTransaction } from './transaction';

export interface Store {
  readonly db: Db;
  readonly path: string;
  /** The schema version the store was at before this open, and the backup taken before migrating. */
  readonly opened: { fromVersion: number; toVersion: number; backupPath: string | null };
  close(): void;
}

export interface OpenStoreOptions {
  /** Path to a better_sqlite3.node built for the running runtime (the desktop passes its Electron build). */
  nativeBinding?: string;
  /** For tests of the migration runner: migrate with this list instead of the application's. */
  migrations?: typeof migrations;
}

/**
 * Opens (or creates) the caseload store. In order: refuse a file that is not SQLite, a store from
 * a newer version, a damaged one (all read-only through SQLite, so a refused file is left
 * byte-for-byte as it was) and one this user cannot write; then open for writing with the
 * pragmas docs/ARCHITECTURE.md names ("The store"), back up, and apply pending migrations in one transaction. A damaged
 * file is never deleted or repaired.
 *
 * The store file is never opened by any means but SQLite: this process (or another thread of it,
 * a job's worker) may already hold a connection, and closing any other descriptor of the file
 * drops all of the process's POSIX locks on it. Another program with an older SQLite then thinks
 * it is alone and deletes the live -wal (SQLite's "How To Corrupt", §2.2). stat/access/chmod
 * open no descriptor and are safe.
 */
export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<Store> {
  const file = resolve(path);
  checkStoreLocation(file);
  const list = options.migrations ?? migrations;
  const latest = options.migrations ? list.length : LATEST_SCHEMA_VERSION;
  const exists = existsSync(file) && statSync(file).size > 0;

  let fromVersion = 0;
  if (exists) {
    fromVersion = inspectReadOnly(file, latest, options.nativeBinding);
    checkWritable(file);
  } else {
    try {
      // Only its owner may read the caseload: a new folder is 0700 whatever the umask.
      const folder = dirname(file);
      if (!existsSync(folder)) {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        chmodSync(folder, 0o700);
      }
    } catch (e) {
      throw new CounselorError(
        'store_unavailable',
        `Cannot create the folder for the store ${file}: ${(e as Error).message}.`,
      );
    }
  }

  const db = openConnection(file, { nativeBinding: options.nativeBinding });
  try {
    ownerOnly(file);
    applyPragmas(db);
    let backupPath: string | null = null;
    if (list.some((m) => m.version > fromVersion)) {
      if (fromVersion > 0) backupPath = await backupStore(db, file, `before-v${latest}`);
      applyMigrations(db, list, fromVersion, latest);
    }
    return {
      db,
      path: file,
      opened: { fromVersion, toVersion: latest, backupPath },
      close: () => db.close(),
    };
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Every migration newer than `fromVersion`, in one transaction with user_version set inside it.
 * Foreign keys are off while it runs, as SQLite's procedure for rebuilding a table asks
 * (lang_altertable.html): with them on, dropping the old table deletes its rows first and
 * ON DELETE CASCADE empties the tables that refer to it. The pragma is a no-op inside a
 * transaction, so it is set around it; `foreign_key_check` inside it refuses to commit a
 * migration that left a dangling reference.
 */
export function applyMigrations(db: Db, list: readonly Migration[], fromVersion: number, latest: number): void {
  const pending = list.filter((m) => m.version > fromVersion);
  if (pending.length === 0) return;
  if (db.inTransaction) throw new Error('Migrations run outside any transaction: foreign keys cannot be turned off inside one.');
  const enforced = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    writeTransaction(db, () => {
      for (const m of pending) m.up(db);
      const dangling = db.pragma('foreign_key_check') as { table: string; parent: string }[];
      if (dangling.length > 0) {
        const first = dangling[0]!;
        throw new Error(`Migration to version ${latest} left ${dangling.length} rows of ${first.table} referring to missing ${first.parent} rows.`);
      }
      db.pragma(`user_version = ${latest}`);
    });
  } finally {
    if (enforced) db.pragma('foreign_keys = ON');
  }
}

function openConnection(file: string, opts: { readonly?: boolean; nativeBinding?: string }): Db {
  try {
    return new Database(file, {
      readonly: opts.readonly ?? false,
      fileMustExist: opts.readonly ?? false,
      ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    });
  } catch (e) {
    throw storeError(file, e);
  }
}

/** WAL for concurrent readers; FULL set explicitly (a fresh connection to a WAL file comes up NORMAL here). */
function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

/**
 * The store and the -wal/-shm SQLite makes beside it (which take the store file's mode) are the
 * owner's alone, whatever the umask: chmod opens no descriptor, so it is safe on a live store.
 */
function ownerOnly(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if (existsSync(path) && (statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
    } catch {
      // Not ours to change (another user's file on a shared drive): SQLite still decides access.
    }
  }
}

/**
 * A store this user cannot write would open, read, and then hang in the first backup (SQLite's
 * backup step retries a read-only -shm forever): say so before anything starts.
 */
function checkWritable(file: string): void {
  const parts = [file, dirname(file), `${file}-wal`, `${file}-shm`].filter((p, i) => i < 2 || existsSync(p));
  for (const path of parts) {
    try {
      accessSync(path, constants.R_OK | constants.W_OK);
    } catch {
      throw new CounselorError(
        'store_unavailable',
        `The store ${file} cannot be changed: ${path === dirname(file) ? 'its folder' : path === file ? 'the file' : 'its companion file ' + path} is read-only for you. Nothing was changed; ask for write permission or choose another store with --db.`,
      );
    }
  }
}

/** Reads the schema version and runs quick_check without writing a byte. */
function inspectReadOnly(file: string, latest: number, nativeBinding?: string): number {
  const db = openConnection(file, { readonly: true, nativeBinding });
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latest) {
      throw new CounselorError(
        'store_too_new',
        `${file} was written by a newer version of Counselor Workstation (store version ${version}; this version understands up to ${latest}). Update the application; the file was not changed.`,
      );
    }
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new CounselorError(
        'store_damaged',
        `${file} is damaged (SQLite's check says: ${String(check)}). It was left as it is; restore a backup with "counselor restore" ("counselor backups" lists them) or choose another file with --db.`,
      );
    }
    return version;
  } catch (e) {
    throw storeError(file, e);
  } finally {
    db.close();
  }
}

function storeError(file: string, e: unknown): CounselorError {
  if (e instanceof CounselorError) return e;
  const code = (e as { code?: string }).code ?? '';
  const text = (e as Error).message ?? String(e);
  if (code === 'SQLITE_NOTADB') {
    return new CounselorError(
      'store_damaged',
      `${file} is not a Counselor Workstation store (it is not an SQLite database). It was left as it is; choose another file with --db.`,
    );
  }
  if (code === 'SQLITE_CORRUPT') {
    return new CounselorError(
      'store_damaged',
      `${file} is damaged or is not a Counselor Workstation store (${text}). It was left as it is; restore a backup with "counselor restore" ("counselor backups" lists them) or choose another file with --db.`,
    );
  }
  return new CounselorError('store_unavailable', `Cannot open the store ${file}: ${text}.`, { code });
}
