import type { Database as Db } from 'better-sqlite3';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Copies kept per kind of change (before an import, before a catalog import ...). A nightly roster
 * sync would otherwise add a full copy of the store every night; twenty covers weeks of syncs.
 * Copies taken before a schema upgrade are never removed: they are the way back to an older version.
 */
export const BACKUPS_KEPT_PER_REASON = 20;

/**
 * A consistent copy of the live store through SQLite's online backup API (never a file copy of a
 * database and its -wal). Taken before a migration and before an import; kept in `backups/` beside
 * the store so a counselor can find it.
 */
export async function backupStore(db: Db, storePath: string, reason: string, now = new Date()): Promise<string> {
  const folder = join(dirname(storePath), 'backups');
  mkdirSync(folder, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const store = basename(storePath, '.db');
  const target = join(folder, `${store}-${stamp}-${reason}.db`);
  await db.backup(target);
  if (!/^before-v\d+$/.test(reason)) pruneBackups(folder, store, reason);
  return target;
}

/** The oldest copies of one kind beyond the number kept; names sort by time (ISO stamps). */
function pruneBackups(folder: string, store: string, reason: string): void {
  const pattern = new RegExp(`^${escape(store)}-\\d{4}-\\d{2}-\\d{2}T[\\d-]+Z-${escape(reason)}\\.db$`);
  const copies = readdirSync(folder)
    .filter((name) => pattern.test(name))
    .sort();
  for (const old of copies.slice(0, Math.max(0, copies.length - BACKUPS_KEPT_PER_REASON))) {
    rmSync(join(folder, old), { force: true });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
