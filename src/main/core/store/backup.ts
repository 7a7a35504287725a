import type { Database as Db } from 'better-sqlite3';
import { chmodSync, closeSync, fchmodSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Copies kept per kind of change (before an import, before a catalog import, daily ...). A nightly
 * roster sync would otherwise add a full copy of the store every night; twenty covers weeks of
 * syncs, and four school weeks of daily copies. Copies taken before a schema upgrade are never
 * removed: they are the way back to an older version.
 */
export const BACKUPS_KEPT_PER_REASON = 20;

/** Backups hold every student record: only their owner may open the folder or read a copy. */
const FOLDER_MODE = 0o700;
const FILE_MODE = 0o600;

/** `counselor-2026-11-22T14-03-05-123Z-before-import.db`: the store's name, when (UTC), why. */
const NAME = /^(.+)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z0-9-]+)\.db$/;

export interface BackupName {
  store: string;
  takenAt: Date;
  reason: string;
}

/** The folder beside the store where its backups go. */
export function backupFolder(storePath: string): string {
  return join(dirname(storePath), 'backups');
}

/** What a backup's file name says, or null for a file that is not one of this application's backups. */
export function parseBackupName(file: string): BackupName | null {
  const m = NAME.exec(file);
  if (!m) return null;
  const takenAt = new Date(`${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`);
  if (Number.isNaN(takenAt.getTime())) return null;
  return { store: m[1] as string, takenAt, reason: m[7] as string };
}

/**
 * Creates the backups folder so only the owner can enter it, whatever the umask; a folder and
 * copies made by an earlier version (0755 and 0644 under the usual umask) are tightened too.
 */
export function ensureBackupFolder(storePath: string): string {
  const folder = backupFolder(storePath);
  mkdirSync(folder, { recursive: true, mode: FOLDER_MODE });
  chmodSync(folder, FOLDER_MODE);
  for (const file of readdirSync(folder)) {
    if (!parseBackupName(file)) continue;
    const path = join(folder, file);
    try {
      if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, FILE_MODE);
    } catch {
      // removed meanwhile, or not ours to change: the folder's 0700 still keeps others out
    }
  }
  return folder;
}

/**
 * A consistent copy of the live store through SQLite's online backup API (never a file copy of a
 * database and its -wal). Taken before a migration, an import, a restore, and on the first plan
 * edit of a day; kept in `backups/` beside the store so a counselor can find it.
 */
export async function backupStore(db: Db, storePath: string, reason: string, now = new Date()): Promise<string> {
  const folder = ensureBackupFolder(storePath);
  const store = basename(storePath, '.db');
  const target = createPrivateFile((ms) => {
    const stamp = new Date(now.getTime() + ms).toISOString().replace(/[:.]/g, '-');
    return join(folder, `${store}-${stamp}-${reason}.db`);
  });
  try {
    await db.backup(target);
    makeSelfContained(target);
  } catch (e) {
    rmSync(target, { force: true });
    throw e;
  }
  if (!/^before-v\d+$/.test(reason)) pruneBackups(folder, store, reason);
  return target;
}

/**
 * The copy is created empty with mode 0600 before SQLite writes into it: SQLite would create it
 * with the process umask (0644 by default), readable by every local user for a moment or for good.
 * Created exclusively: two imports (two processes, or one taking its backup again after another
 * writer committed) in the same millisecond get names a millisecond apart, never the same file.
 */
function createPrivateFile(nameAt: (ms: number) => string): string {
  for (let ms = 0; ; ms++) {
    const path = nameAt(ms);
    let fd: number;
    try {
      fd = openSync(path, 'wx', FILE_MODE);
    } catch (e) {
      if ((e as { code?: string }).code === 'EEXIST' && ms < 1000) continue;
      throw e;
    }
    try {
      fchmodSync(fd, FILE_MODE);
    } finally {
      closeSync(fd);
    }
    return path;
  }
}

/**
 * The backup API copies the store's header, which marks it as a WAL database (bytes 18 and 19 are
 * 2): every later read of the copy (listing it, restoring from it) would then make `-wal` and
 * `-shm` files beside it. The copy was written with a rollback journal and has no -wal of its own,
 * so marking it "legacy" (1) is what `PRAGMA journal_mode=DELETE` would do, without opening a
 * second connection (the desktop's connections need Electron's build of the driver). Nobody holds
 * the copy open at this point: the backup's connection closed when it finished.
 */
function makeSelfContained(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
  } finally {
    closeSync(fd);
  }
}

/** The oldest copies of one kind beyond the number kept; names sort by time (ISO stamps). */
function pruneBackups(folder: string, store: string, reason: string): void {
  const copies = readdirSync(folder)
    .filter((name) => {
      const parsed = parseBackupName(name);
      return parsed !== null && parsed.store === store && parsed.reason === reason;
    })
    .sort();
  for (const old of copies.slice(0, Math.max(0, copies.length - BACKUPS_KEPT_PER_REASON))) {
    rmSync(join(folder, old), { force: true });
  }
}
