import type { Kysely, Transaction } from 'kysely';
import { declareAsker } from '../store/row-security';
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
 * writeTransactionAsync as this actor: every typed write goes through here. The department
 * server's row-level security (migration 15) reads who is asking from settings made for this
 * transaction only (store/row-security.ts), so a pooled connection never carries one counselor's
 * identity into another's request.
 */
export function writeAs<T>(db: Kysely<StoreSchema>, actor: Actor | null, fn: (trx: Transaction<StoreSchema>) => Promise<T>, options?: AsyncTransactionOptions): Promise<T> {
  return writeTransactionAsync(db, async (trx) => {
    await declareAsker(trx, actor?.userName ?? null);
    return fn(trx);
  }, options);
}

/** readTransactionAsync as this actor. */
export function readAs<T>(db: Kysely<StoreSchema>, actor: Actor | null, fn: (trx: Transaction<StoreSchema>) => Promise<T>): Promise<T> {
  return readTransactionAsync(db, async (trx) => {
    await declareAsker(trx, actor?.userName ?? null);
    return fn(trx);
  });
}
