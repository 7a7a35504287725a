import type { Database as Db } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * A consistent copy of the live store through SQLite's online backup API (never a file copy of a
 * database and its -wal). Taken before a migration and before an import; kept in `backups/` beside
 * the store so a counselor can find it.
 */
export async function backupStore(db: Db, storePath: string, reason: string, now = new Date()): Promise<string> {
  const folder = join(dirname(storePath), 'backups');
  mkdirSync(folder, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(folder, `${basename(storePath, '.db')}-${stamp}-${reason}.db`);
  await db.backup(target);
  return target;
}
