import { sql, SqliteAdapter, type Kysely, type Transaction } from 'kysely';
import { CounselorError } from '../../../shared/errors';

/**
 * Tells the department server's row-level security (migration 15) who is asking, for this
 * transaction only: set_config(..., true) ends with the transaction, so a pooled connection never
 * carries one counselor's identity into another's request. `userName` is the signed-in account's
 * user name; `null` is the operator (the `counselor` command run by district IT, migrations, the
 * server's own sign-in lookups), whom the policies let do everything. The policies read the role
 * and display name from counselor_account, never from a setting. SQLite has no policies: nothing
 * to set. accounts/actor.ts (writeAs/readAs) is how domain code reaches this; the store's own
 * transactions (migratePostgres, moveToPostgres) call it directly, as accounts sits above store.
 */
export async function declareAsker<DB>(trx: Transaction<DB>, userName: string | null): Promise<void> {
  if (trx.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`SELECT set_config('counselor.user_name', ${userName ?? ''}, true), set_config('counselor.operator', ${userName === null ? 'on' : 'off'}, true)`.execute(trx);
}

/**
 * A superuser (or a role with BYPASSRLS) is never bound by row-level security, FORCE or not: a
 * department server connected as one would let any bug hand one counselor's caseload to another.
 * The server calls this before serving.
 */
export async function refuseSuperuser<DB>(db: Kysely<DB>): Promise<void> {
  const { rows } = await sql<{ name: string; bypasses: boolean }>`SELECT rolname AS name, rolsuper OR rolbypassrls AS bypasses FROM pg_roles WHERE rolname = current_user`.execute(db);
  const role = rows[0];
  if (role?.bypasses) {
    throw new CounselorError(
      'store_unavailable',
      `The department server connects to PostgreSQL as ${role.name}, a superuser (or a role that bypasses row-level security), which the counselors' access rules cannot bind: connect as the server's own role instead (docs/ARCHITECTURE.md, "Row-level security").`,
    );
  }
}

/** PostgreSQL's insufficient_privilege: what a row-level security policy answers a refused INSERT. */
export const POLICY_REFUSED = '42501';

/**
 * A policy answers a refused UPDATE or DELETE not with an error but by hiding the row: nothing
 * changes and no one is told. A write that must change a row it has just read checks its count
 * and throws this, the same code as the database's own refusal, so one place turns both into the
 * counselor's sentence (core/api/department.ts).
 */
export function refusedByPolicy(table: string): Error {
  return Object.assign(new Error(`row-level security hid the ${table} row this change must write`), { code: POLICY_REFUSED });
}
