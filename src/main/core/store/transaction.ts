import type { Database as Db } from 'better-sqlite3';
import { CounselorError } from '../../../shared/errors';

/**
 * Every write to the store goes through here. `BEGIN IMMEDIATE` takes the write lock before the
 * first read: a deferred transaction that reads and then writes cannot wait for the lock (if
 * another writer commits in between, its snapshot is stale and SQLite answers SQLITE_BUSY at once,
 * whatever busy_timeout says), so a plan saved while the command line imports failed outright.
 * With the lock taken up front, SQLite waits up to busy_timeout and then we say so plainly.
 * `fn` must be synchronous: a transaction is never held across an await.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  try {
    return db.transaction(fn).immediate();
  } catch (e) {
    throw storeWriteError(e);
  }
}

/** How long a write waits for another writer (an import, a print run, another program) to finish. */
export const BUSY_TIMEOUT_MS = 5000;

export const BUSY_MESSAGE =
  'The store is busy with another change (an import or a print run may be saving); your change was not saved. Try again in a moment.';

/**
 * SQLite's write failures as a counselor reads them. Anything that is not one of these passes
 * through unchanged (a CounselorError keeps its own sentence; a bug stays a bug).
 */
export function storeWriteError(e: unknown): unknown {
  if (e instanceof CounselorError) return e;
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string') return e;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new CounselorError('busy', BUSY_MESSAGE, { code });
  if (code.startsWith('SQLITE_READONLY')) {
    return new CounselorError(
      'store_unavailable',
      'The store cannot be changed: its file or folder is read-only. Nothing was changed; ask for write permission or choose another store with --db.',
      { code },
    );
  }
  return e;
}
