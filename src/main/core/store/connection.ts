import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CounselorError } from '../../../shared/errors';
import { backupStore } from './backup';
import { checkStoreLocation } from './location';
import { migrations, LATEST_SCHEMA_VERSION } from './migrations';

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

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Opens (or creates) the caseload store. In order: refuse a file that is not SQLite, refuse a
 * store from a newer version and check integrity (both read-only, so a refused file is left
 * byte-for-byte as it was), then open for writing with the pragmas DESIGN.md names, back up,
 * and apply pending migrations in one transaction. A damaged file is never deleted or repaired.
 */
export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<Store> {
  const file = resolve(path);
  checkStoreLocation(file);
  const list = options.migrations ?? migrations;
  const latest = options.migrations ? list.length : LATEST_SCHEMA_VERSION;
  const exists = existsSync(file) && statSync(file).size > 0;

  let fromVersion = 0;
  if (exists) {
    checkHeader(file);
    fromVersion = inspectReadOnly(file, latest, options.nativeBinding);
  } else {
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch (e) {
      throw new CounselorError(
        'store_unavailable',
        `Cannot create the folder for the store ${file}: ${(e as Error).message}.`,
      );
    }
  }

  const db = openConnection(file, { nativeBinding: options.nativeBinding });
  try {
    applyPragmas(db);
    let backupPath: string | null = null;
    const pending = list.filter((m) => m.version > fromVersion);
    if (pending.length > 0) {
      if (fromVersion > 0) backupPath = await backupStore(db, file, `before-v${latest}`);
      db.transaction(() => {
        for (const m of pending) m.up(db);
        db.pragma(`user_version = ${latest}`);
      }).immediate();
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
  db.pragma('busy_timeout = 5000');
}

function checkHeader(file: string): void {
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(16);
  try {
    readSync(fd, buf, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (buf.toString('latin1') !== SQLITE_HEADER) {
    throw new CounselorError(
      'store_damaged',
      `${file} is not a Counselor Workstation store (it is not an SQLite database). It was left as it is; choose another file with --db.`,
    );
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
        `${file} is damaged (SQLite's check says: ${String(check)}). It was left as it is; restore the latest copy from its backups folder or choose another file with --db.`,
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
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new CounselorError(
      'store_damaged',
      `${file} is damaged or is not a Counselor Workstation store (${text}). It was left as it is; restore the latest copy from its backups folder or choose another file with --db.`,
    );
  }
  return new CounselorError('store_unavailable', `Cannot open the store ${file}: ${text}.`, { code });
}
