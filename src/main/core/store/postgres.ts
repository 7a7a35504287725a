import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { CounselorError } from '../../../shared/errors';
import type { PostgresMigration } from './migration';
import { postgresMigrations } from './migrations/pg';
import { declareAsker } from './row-security';
import type { StoreSchema } from './store-schema';
import { writeTransactionAsync } from './transaction';

/** int8 (count(*), bigint ids) and numeric (sum, avg) as numbers, as SQLite returns them. */
function numberFrom(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) && Number.isInteger(n)) throw new Error(`The department server returned ${text}, beyond what a number holds exactly.`);
  return n;
}

const storeTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return numberFrom;
    return pg.types.getTypeParser(oid, format);
  },
};

/**
 * The department server's store: Kysely over a node-postgres pool. Connects lazily (the first
 * query); call migratePostgres before serving. The pool's own type parsers, not pg's global ones,
 * so nothing else in the process changes.
 */
export function openPostgres(url: string, options: { max?: number } = {}): Kysely<StoreSchema> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types: storeTypes });
  // An idle connection the server drops (a restart) must not end the process: the next query reconnects.
  pool.on('error', (e) => console.error(`Department server connection lost: ${e.message}`));
  return new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
}

/** Any two servers starting at once wait for each other on this lock (pg_advisory_xact_lock). */
const MIGRATION_LOCK = 0x636f756e73656c; // "counsel"

/**
 * Applies every pending migration in one transaction, as applyMigrations does on SQLite: an upgrade
 * that fails halfway leaves the database at the version it had, which the application still in use
 * can read (a per-version commit would leave it at a version newer than that application and older
 * than the new one). The transaction first takes the migration lock and only then reads the version:
 * a second server starting at the same moment waits for the first's commit and finds nothing to do.
 * READ COMMITTED, so that read sees the other's commit (a serializable snapshot would be taken at the
 * lock statement, before the lock is granted). `schema_version` keeps one row per version applied
 * (the SQLite migrations' numbers: user_version's counterpart). A database from a newer version is
 * refused. It runs as the operator (store/row-security.ts): from migration 15 on, row-level security
 * binds the role it connects as, and a later migration that changes rows must see all of them.
 */
export async function migratePostgres(
  db: Kysely<StoreSchema>,
  list: readonly PostgresMigration[] = postgresMigrations,
): Promise<{ fromVersion: number; toVersion: number }> {
  const latest = list.length;
  return writeTransactionAsync(
    db as unknown as Kysely<unknown>,
    async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      await declareAsker(trx, null);
      await sql`CREATE TABLE IF NOT EXISTS schema_version (
          version    integer PRIMARY KEY,
          name       text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`.execute(trx);
      const { rows } = await sql<{ version: number | null }>`SELECT max(version) AS version FROM schema_version`.execute(trx);
      const fromVersion = rows[0]?.version ?? 0;
      if (fromVersion > latest) {
        throw new CounselorError(
          'store_too_new',
          `The department server's database was set up by a newer version of Counselor Workstation (store version ${fromVersion}; this version understands up to ${latest}). Update the application; nothing was changed.`,
        );
      }
      for (const m of list.filter((m) => m.version > fromVersion)) {
        await m.up(trx);
        await sql`INSERT INTO schema_version (version, name) VALUES (${m.version}, ${m.name})`.execute(trx);
      }
      return { fromVersion, toVersion: latest };
    },
    { isolation: 'read committed' },
  );
}

/** The server's refusals a counselor or district IT can act on, in one sentence (the password never printed). */
export function departmentRefusal(e: unknown, url: string): CounselorError | null {
  const code = (e as { code?: unknown }).code;
  const where = new URL(url);
  const server = `${where.hostname}:${where.port || 5432}`;
  const database = where.pathname.slice(1) || '(the default)';
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH') {
    return new CounselorError('store_unavailable', `The department server at ${server} cannot be reached (${code}); check the address and that PostgreSQL is running. Nothing was changed.`);
  }
  if (code === '28P01' || code === '28000') return new CounselorError('store_unavailable', `The department server at ${server} refused the user name or password. Nothing was changed.`);
  if (code === '3D000') return new CounselorError('store_unavailable', `The department server at ${server} has no database named ${database}; ask for it to be created first. Nothing was changed.`);
  return null;
}
