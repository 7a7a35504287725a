import type { Database as Db } from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type TransactionSettings } from 'kysely';
import type { StoreSchema } from './store-schema';

/** The one typed layer over each connection (kyselyOverStore). */
const overStore = new WeakMap<Db, Kysely<StoreSchema>>();

/** Connections with a typed write transaction open (between its BEGIN IMMEDIATE and its end). */
const typedWrites = new WeakSet<Db>();

/**
 * Whether a typed write transaction is open on this connection. It spans a few turns of the
 * microtask queue (each query is awaited), so another caller's continuation can run in between;
 * a synchronous writeTransaction there would join it as a savepoint and be lost with its
 * rollback. store/transaction.ts refuses that as busy instead.
 */
export function typedWriteOpen(db: Db): boolean {
  return typedWrites.has(db);
}

/**
 * Kysely's SQLite driver with the store's rules: a transaction starts with BEGIN IMMEDIATE (takes
 * the write lock before its first read, as writeTransaction does: a deferred one that reads then
 * writes fails at once with SQLITE_BUSY when another writer got in between), except a read-only
 * one (readTransactionAsync), which needs only a snapshot and must not wait for the write lock;
 * and destroying the Kysely leaves the connection open — it belongs to the Store that opened it.
 */
class StoreSqliteDriver extends SqliteDriver {
  readonly #db: Db;

  constructor(db: Db) {
    super({ database: db });
    this.#db = db;
  }

  override async beginTransaction(connection: DatabaseConnection, settings?: TransactionSettings): Promise<void> {
    const write = settings?.accessMode !== 'read only';
    await connection.executeQuery(CompiledQuery.raw(write ? 'BEGIN IMMEDIATE' : 'BEGIN'));
    if (write) typedWrites.add(this.#db);
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    typedWrites.delete(this.#db);
    await super.commitTransaction(connection);
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    typedWrites.delete(this.#db);
    // SQLite ends the transaction itself on some errors (SQLITE_FULL, SQLITE_IOERR): a ROLLBACK then
    // fails with "no transaction is active", and that error would replace the one the counselor
    // must read ("the disk is full"). tests/integration/disk-full.test.ts, a plan save.
    if (!this.#db.inTransaction) return;
    await super.rollbackTransaction(connection);
  }

  override async destroy(): Promise<void> {
    overStore.delete(this.#db);
  }
}

class StoreSqliteDialect extends SqliteDialect {
  readonly #db: Db;

  constructor(db: Db) {
    super({ database: db });
    this.#db = db;
  }

  override createDriver(): Driver {
    return new StoreSqliteDriver(this.#db);
  }
}

/**
 * The same typed queries as the department server's (store/postgres.ts), over an open store's
 * better-sqlite3 connection. Queries run synchronously underneath; Kysely's mutex keeps its own
 * queries in order, and writeTransactionAsync keeps a transaction within one event-loop turn.
 * One per connection (every caller gets the same): a second Kysely over the connection would have
 * a mutex of its own, and its queries could slip into the other's open transaction.
 */
export function kyselyOverStore(db: Db): Kysely<StoreSchema> {
  let typed = overStore.get(db);
  if (!typed) overStore.set(db, (typed = new Kysely<StoreSchema>({ dialect: new StoreSqliteDialect(db) })));
  return typed;
}
