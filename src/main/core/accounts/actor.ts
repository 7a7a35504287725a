import { sql, SqliteAdapter, type Kysely, type Transaction } from 'kysely';
import type { StoreSchema } from '../store/store-schema';
import { readTransactionAsync, writeTransactionAsync, type AsyncTransactionOptions } from '../store/transaction';
import type { Role } from './accounts';

/**
 * Who a change is made by. On the department server: the signed-in counselor (from the session,
 * never from the request body). `null` is the operator: the workstation's one counselor, the
 * `counselor` command run by district IT, the server's own work (migrations, sign-in lookups).
 */
export interface Actor {
  userName: string;
  displayName: string;
  role: Role;
}

/**
 * Tells the department server's row-level security who is asking, for this transaction only
 * (set_config(..., true) ends with the transaction, so a pooled connection never carries one
 * counselor's identity into another's request). SQLite has no such policies: nothing to set.
 */
async function declareActor(trx: Transaction<StoreSchema>, actor: Actor | null): Promise<void> {
  if (trx.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`SELECT set_config('counselor.user_name', ${actor?.userName ?? ''}, true), set_config('counselor.operator', ${actor ? 'off' : 'on'}, true)`.execute(trx);
}

/** writeTransactionAsync as this actor: every typed write goes through here. */
export function writeAs<T>(db: Kysely<StoreSchema>, actor: Actor | null, fn: (trx: Transaction<StoreSchema>) => Promise<T>, options?: AsyncTransactionOptions): Promise<T> {
  return writeTransactionAsync(db, async (trx) => {
    await declareActor(trx, actor);
    return fn(trx);
  }, options);
}

/** readTransactionAsync as this actor. */
export function readAs<T>(db: Kysely<StoreSchema>, actor: Actor | null, fn: (trx: Transaction<StoreSchema>) => Promise<T>): Promise<T> {
  return readTransactionAsync(db, async (trx) => {
    await declareActor(trx, actor);
    return fn(trx);
  });
}
