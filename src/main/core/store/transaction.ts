import type { Database as Db } from 'better-sqlite3';
import { SqliteAdapter, type Kysely, type Transaction, type TransactionBuilder } from 'kysely';
import { CounselorError } from '../../../shared/errors';
import { typedWriteOpen } from './kysely-sqlite';

/**
 * Every write to the store goes through here. `BEGIN IMMEDIATE` takes the write lock before the
 * first read: a deferred transaction that reads and then writes cannot wait for the lock (if
 * another writer commits in between, its snapshot is stale and SQLite answers SQLITE_BUSY at once,
 * whatever busy_timeout says), so a plan saved while the command line imports failed outright.
 * With the lock taken up front, SQLite waits up to busy_timeout and then we say so plainly.
 * `fn` must be synchronous: a transaction is never held across an await.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  // Not inside a typed write still awaiting its queries on this connection: it would be lost with its rollback.
  if (typedWriteOpen(db)) throw new CounselorError('busy', BUSY_MESSAGE);
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

export interface AsyncTransactionOptions {
  /**
   * PostgreSQL only. `serializable` (the default) keeps writeTransaction's promise: what the
   * function reads is still true when it commits, or it runs again. `read committed` is for work
   * serialised by a lock it takes first (the migration runner): a serializable snapshot is taken
   * at the first statement, before the lock is granted, and would miss the other's commit.
   */
  isolation?: 'serializable' | 'read committed';
}

/**
 * How often a PostgreSQL write that lost a serialization race runs before it reports busy, and
 * the pause before each new run: up to `attempt` × RETRY_PAUSE_MS, at random, so the writes
 * that collided do not start again together and collide again. SSI also fails transactions that
 * touched neither's rows (a scan of a small table locks the whole table): with 3 immediate runs,
 * 10 counselors saving different students at once saw 2–6 % of saves answered busy
 * (bench/department.ts).
 */
const SERIALIZATION_RETRIES = 6;
const RETRY_PAUSE_MS = 15;

/**
 * writeTransaction for the typed query layer (Kysely), on either store. `fn` awaits only its own
 * queries on `trx`, never a file, a timer or the network: compute those before.
 * - SQLite: BEGIN IMMEDIATE (store/kysely-sqlite.ts); the queries run synchronously, so the
 *   transaction ends within one turn of the event loop. If it did not (`fn` awaited something
 *   else), it is rolled back: the one connection would otherwise stay in a transaction that any
 *   other caller's statements join.
 * - PostgreSQL: its own pooled connection, SERIALIZABLE; a serialization failure or deadlock runs
 *   `fn` again (so `fn` must only touch the store), then becomes `busy`.
 */
export async function writeTransactionAsync<DB, T>(
  db: Kysely<DB>,
  fn: (trx: Transaction<DB>) => Promise<T>,
  options: AsyncTransactionOptions = {},
): Promise<T> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return sqliteTransaction(db.transaction(), fn);
  const isolation = options.isolation ?? 'serializable';
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().setIsolationLevel(isolation).execute(fn);
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      const raced = code === '40001' || code === '40P01';
      if (raced && attempt < SERIALIZATION_RETRIES) {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * attempt * RETRY_PAUSE_MS));
        continue;
      }
      if (raced || code === '55P03') throw new CounselorError('busy', BUSY_MESSAGE, { code });
      throw e;
    }
  }
}

/**
 * Several reads that must agree with each other (a plan and its child rows) for the typed layer:
 * one snapshot, so a save committed between two of them cannot give half the plan from before it
 * and half from after. On the department server that happens easily: other counselors save all
 * the time, and the reads run in parallel on pooled connections. PostgreSQL: REPEATABLE READ,
 * READ ONLY (nothing to retry: a read-only snapshot never fails to serialize). SQLite: a deferred
 * BEGIN (store/kysely-sqlite.ts), no write lock, ended within one turn of the event loop as a
 * write transaction is.
 */
export async function readTransactionAsync<DB, T>(db: Kysely<DB>, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  const builder = db.transaction().setAccessMode('read only');
  if (db.getExecutor().adapter instanceof SqliteAdapter) return sqliteTransaction(builder, fn);
  return builder.setIsolationLevel('repeatable read').execute(fn);
}

async function sqliteTransaction<DB, T>(builder: TransactionBuilder<DB>, fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  let turned = false;
  const turn = setImmediate(() => (turned = true));
  try {
    return await builder.execute(async (trx) => {
      const result = await fn(trx);
      if (turned) {
        throw new Error('A store transaction awaited something other than its own queries and was rolled back: compute files, timers and network calls before it.');
      }
      return result;
    });
  } catch (e) {
    throw storeWriteError(e);
  } finally {
    clearImmediate(turn);
  }
}
