import type { Database as Db } from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type TransactionSettings } from 'kysely';
import type { StoreSchema } from './store-schema';

/**
 * Kysely's SQLite driver with the store's rules: a transaction starts with BEGIN IMMEDIATE (takes
 * the write lock before its first read, as writeTransaction does: a deferred one that reads then
 * writes fails at once with SQLITE_BUSY when another writer got in between), except a read-only
 * one (readTransactionAsync), which needs only a snapshot and must not wait for the write lock;
 * and destroying the Kysely leaves the connection open — it belongs to the Store that opened it.
 */
class StoreSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection, settings?: TransactionSettings): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(settings?.accessMode === 'read only' ? 'BEGIN' : 'BEGIN IMMEDIATE'));
  }

  override async destroy(): Promise<void> {}
}

class StoreSqliteDialect extends SqliteDialect {
  readonly #db: Db;

  constructor(db: Db) {
    super({ database: db });
    this.#db = db;
  }

  override createDriver(): Driver {
    return new StoreSqliteDriver({ database: this.#db });
  }
}

const overStore = new WeakMap<Db, Kysely<StoreSchema>>();

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
