import type { Database as Db } from 'better-sqlite3';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Backup } from '../../../shared/domain/backup';
import { backupFolder, parseBackupName } from './backup';

/**
 * The store's backups, newest first, each with the number of students it holds. Each copy is read
 * through the live connection (ATTACH, count, DETACH), so the desktop needs no second build of the
 * driver; a copy that cannot be read is listed with the reason instead of failing the list.
 */
export function listBackups(db: Db, storePath: string): Backup[] {
  const folder = backupFolder(storePath);
  if (!existsSync(folder)) return [];
  const store = basename(storePath, '.db');
  const found: Backup[] = [];
  for (const file of readdirSync(folder)) {
    const name = parseBackupName(file);
    if (!name || name.store !== store) continue;
    const path = join(folder, file);
    let bytes: number;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) continue;
      bytes = stat.size;
    } catch {
      continue; // pruned or removed while listing
    }
    const counted = countStudents(db, path);
    found.push({ path, file, takenAt: name.takenAt.toISOString(), reason: name.reason, bytes, ...counted });
  }
  return found.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.file.localeCompare(a.file));
}

function countStudents(db: Db, path: string): { students: number | null; problem: string | null } {
  try {
    return withAttached(db, path, (alias) => {
      if (!hasStudentTable(db, alias)) return { students: null, problem: 'not a Counselor Workstation store' };
      const row = db.prepare(`SELECT count(*) AS n FROM ${alias}.student`).get() as { n: number };
      return { students: row.n, problem: null };
    });
  } catch (e) {
    return { students: null, problem: unreadableReason(e) };
  }
}

let aliasCounter = 0;

/**
 * Attaches a backup to the live connection under a fresh name: it is then read with the
 * connection's own SQLite, and nothing else ever opens it. Pair with `detachBackup`.
 */
export function attachBackup(db: Db, path: string): string {
  const alias = `backup_${++aliasCounter}`;
  db.prepare(`ATTACH DATABASE ? AS ${alias}`).run(path);
  return alias;
}

export function detachBackup(db: Db, alias: string): void {
  db.exec(`DETACH DATABASE ${alias}`);
}

function withAttached<T>(db: Db, path: string, read: (alias: string) => T): T {
  const alias = attachBackup(db, path);
  try {
    return read(alias);
  } finally {
    detachBackup(db, alias);
  }
}

export function hasStudentTable(db: Db, alias: string): boolean {
  return db.prepare(`SELECT 1 FROM ${alias}.sqlite_master WHERE type = 'table' AND name = 'student'`).get() !== undefined;
}

/** SQLite's reason, in words a counselor can repeat to IT. */
export function unreadableReason(e: unknown): string {
  const code = (e as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') return 'not an SQLite database';
  if (code.startsWith('SQLITE_CORRUPT')) return 'damaged';
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_PERM') return 'cannot be read';
  return `cannot be read (${(e as Error).message ?? String(e)})`;
}
