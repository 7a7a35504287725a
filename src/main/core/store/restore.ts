import type { Database as Db } from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import type { RestoreResult } from '../../../shared/domain/backup';
import { CounselorError } from '../../../shared/errors';
import { backupFolder, backupStore, parseBackupName } from './backup';
import { attachBackup, detachBackup, hasStudentTable, unreadableReason } from './backup-list';
import { applyMigrations } from './connection';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';

const SQLITE_HEADER = 'SQLite format 3\0';

/** How long a restore waits for another writer (an import in another process) to finish. */
const BUSY_WAIT_MS = 10_000;

export interface RestoreOptions {
  now?: Date;
  /** How long to wait for another writer; BUSY_WAIT_MS unless a test says otherwise. */
  busyWaitMs?: number;
  /** The connection the backup is attached to and copied through: the store's own, unless the store is too damaged to read. */
  reader?: Db;
  /** The store's page size, when its own connection cannot say (a damaged store). */
  storePageSize?: number;
}

/** Restores in flight, by store path: a second one at the same time would restore over the first. */
const restoring = new Set<string>();

/**
 * Puts a backup back into the live store. In order: find the copy and check it is a Counselor
 * Workstation store this version can read, whole (quick_check), then back up the store as it is
 * (reason `before-restore`), then copy the backup INTO the store with SQLite's online backup API,
 * then apply the migrations an older copy lacks.
 *
 * The copy goes through SQLite, never the file system: better-sqlite3's backup writes into the
 * store through a connection of its own (with the store's locks and its WAL), reading the backup
 * attached to the live connection. A file copied over the store would be read back together with a
 * leftover `-wal` from a crashed writer, and those frames would bring the crashed state back over
 * the restored one. Other connections to the store (the window's, a job's) see the restored data on
 * their next read.
 */
export async function restoreBackup(store: { db: Db; path: string }, backup: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const { db } = store;
  const reader = options.reader ?? db;
  const now = options.now ?? new Date();
  const file = locateBackup(store.path, backup);
  if (restoring.has(store.path)) {
    throw new CounselorError('conflict', 'A restore is already under way for this store; wait for it to finish.');
  }
  restoring.add(store.path);
  try {
    checkHeader(file);
    let alias: string;
    try {
      alias = attachBackup(reader, file);
    } catch (e) {
      throw new CounselorError('store_damaged', `${file} ${unreadableReason(e)}; the store was not changed. Choose another backup.`);
    }
    let fromVersion: number;
    let students: number;
    let beforeRestorePath: string;
    try {
      const storePageSize = options.storePageSize ?? (db.pragma('main.page_size', { simple: true }) as number);
      fromVersion = inspect(reader, alias, file, store.path, storePageSize);
      students = (reader.prepare(`SELECT count(*) AS n FROM ${alias}.student`).get() as { n: number }).n;
      beforeRestorePath = await backupStore(db, store.path, 'before-restore', now).catch((e: unknown) => {
        throw new CounselorError(
          'store_unavailable',
          `A backup of the store as it is could not be taken (${writeFailure(e)}), so nothing was restored. If the store is damaged beyond that, move ${store.path} and its -wal and -shm files to another folder, then restore again.`,
        );
      });
      await copyInto(reader, alias, store.path, options.busyWaitMs ?? BUSY_WAIT_MS);
    } finally {
      detachBackup(reader, alias);
    }
    migrate(db, fromVersion);
    stampRestore(db);
    const name = parseBackupName(basename(file));
    const stat = statSync(file);
    return {
      restored: {
        path: file,
        file: basename(file),
        takenAt: (name?.takenAt ?? stat.mtime).toISOString(),
        reason: name?.reason ?? 'unknown',
        bytes: stat.size,
        students,
        problem: null,
      },
      beforeRestorePath,
      students,
      fromVersion,
      toVersion: db.pragma('user_version', { simple: true }) as number,
    };
  } finally {
    restoring.delete(store.path);
  }
}

/**
 * The backup attached as `alias`, copied into the store through a connection of better-sqlite3's
 * own. Every remaining page is asked for in one step, so the store's write lock is held for one
 * synchronous step and the copy is all or nothing.
 *
 * While another writer holds the store, SQLite's first step answers "busy" before it has counted
 * any page, and better-sqlite3 then reports the backup finished with nothing copied (0 pages of 0).
 * That is checked here: the copy is tried again until a deadline, then refused with a sentence.
 */
async function copyInto(db: Db, alias: string, storePath: string, busyWaitMs: number): Promise<void> {
  const deadline = Date.now() + busyWaitMs;
  const busy = () =>
    new CounselorError('busy', `The store ${storePath} is busy with another change (an import?); nothing was restored. Try again when it has finished.`);
  const progress = () => {
    if (Date.now() > deadline) throw busy();
    return 0x7fffffff;
  };
  // `attached` (copy from that database of the connection, not from main) is in better-sqlite3's
  // API documentation but missing from its type definitions.
  const options = { attached: alias, progress } as Parameters<Db['backup']>[1];
  for (;;) {
    let copied: { totalPages: number; remainingPages: number };
    try {
      copied = await db.backup(storePath, options);
    } catch (e) {
      if (e instanceof CounselorError) throw e;
      throw new CounselorError('store_unavailable', `The backup could not be copied into ${storePath}: ${writeFailure(e)}. The store was left as it was.`);
    }
    if (copied.totalPages > 0 && copied.remainingPages === 0) return;
    if (Date.now() > deadline) throw busy();
    await new Promise((r) => setTimeout(r, 50));
  }
}

function writeFailure(e: unknown): string {
  const code = (e as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'EACCES' || code === 'EROFS') {
    return 'it cannot be written (a read-only file or folder)';
  }
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') return 'the disk is full';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'the store is too damaged to copy';
  return `SQLite says: ${(e as Error).message}`;
}

/**
 * A file name is looked up in the backups folder only (the page sends names); a path (with a
 * folder in it) is taken as it is, for the command line.
 */
function locateBackup(storePath: string, backup: string): string {
  const file = /[/\\]/.test(backup) || isAbsolute(backup) ? resolve(backup) : join(backupFolder(storePath), backup);
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new CounselorError(
      'not_found',
      `There is no backup "${backup}" in ${backupFolder(storePath)}; \`counselor backups\` lists the backups you can restore.`,
    );
  }
  // Compared as files (a link or another spelling of the path is the store too): checkHeader's
  // descriptor must never touch the live store, closing one drops this process's locks on it.
  if (sameFile(file, storePath)) {
    throw new CounselorError('invalid_input', `${file} is the store itself, not a backup of it; name a file from the backups folder.`);
  }
  return file;
}

/**
 * Refuses a file that is not an SQLite database, and returns its page size. Read with the file
 * system before SQLite touches the file: only for a file no connection of this process holds.
 */
export function checkHeader(
  file: string,
  refusal = `${file} is not a Counselor Workstation backup (it is not an SQLite database); the store was not changed.`,
): number {
  const buf = Buffer.alloc(18);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buf, 0, 18, 0);
  } finally {
    closeSync(fd);
  }
  if (buf.toString('latin1', 0, 16) !== SQLITE_HEADER) {
    throw new CounselorError('file_unreadable', refusal);
  }
  const size = buf.readUInt16BE(16);
  return size === 1 ? 65536 : size;
}

/** Refuses a copy this version cannot restore whole; returns its schema version. */
function inspect(db: Db, alias: string, file: string, storePath: string, storePageSize: number): number {
  let version: number;
  let check: unknown;
  try {
    if (!hasStudentTable(db, alias)) {
      throw new CounselorError('file_unreadable', `${file} is not a Counselor Workstation backup (it holds no caseload); the store was not changed.`);
    }
    version = db.pragma(`${alias}.user_version`, { simple: true }) as number;
    check = version > LATEST_SCHEMA_VERSION ? 'ok' : db.pragma(`${alias}.quick_check`, { simple: true });
  } catch (e) {
    if (e instanceof CounselorError) throw e;
    throw new CounselorError('store_damaged', `${file} ${unreadableReason(e)}; the store was not changed. Choose another backup.`);
  }
  if (version > LATEST_SCHEMA_VERSION) {
    throw new CounselorError(
      'store_too_new',
      `${file} was written by a newer version of Counselor Workstation (store version ${version}; this version understands up to ${LATEST_SCHEMA_VERSION}); the store was not changed. Update the application to restore it.`,
    );
  }
  if (check !== 'ok') {
    throw new CounselorError('store_damaged', `${file} is damaged (SQLite's check says: ${String(check)}); the store was not changed. Choose another backup.`);
  }
  // A WAL database cannot change its page size: the copy would fail half-way in SQLite's hands.
  const pageSize = db.pragma(`${alias}.page_size`, { simple: true });
  if (pageSize !== storePageSize) {
    throw new CounselorError(
      'file_unreadable',
      `${file} uses a different page size (${String(pageSize)} bytes) from the store ${storePath}; the store was not changed. Open it with --db instead.`,
    );
  }
  return version;
}

/** The same steps the normal open takes for an older store, on the live connection. */
function migrate(db: Db, fromVersion: number): void {
  applyMigrations(db, migrations, fromVersion, LATEST_SCHEMA_VERSION);
}

function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

/**
 * Marks every standing as changed (the school-wide stamp, migration 23): the copy put back carries
 * its own, older ticks, which a standings cache that read the store before would take for nothing
 * new. The tick is the clock's (as the triggers' floor is), so it lands above every tick read before.
 */
function stampRestore(db: Db): void {
  db.prepare(
    `INSERT INTO standing_stamp (scope, tick) VALUES ('*', max((SELECT ifnull(max(tick), 0) + 1 FROM standing_stamp), ?))
       ON CONFLICT (scope) DO UPDATE SET tick = excluded.tick`,
  ).run(Date.now() * 1000);
}
