import type { Database } from 'better-sqlite3';
import type { Kysely } from 'kysely';

/**
 * One schema change. `up` runs inside the migration transaction: synchronous, no await.
 * Once shipped a migration never changes; a later change is a new, higher-numbered migration.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/**
 * The PostgreSQL twin of the SQLite migration with the same version (migrations/pg/). `up` runs
 * inside that version's own transaction and awaits only its own statements. Raw SQL, not the
 * typed builder: a migration is frozen, and must not follow later edits of StoreSchema.
 */
export interface PostgresMigration {
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

/** Versions must run 1, 2, 3 ... with no gap or repeat: a typo here would skip or re-run a schema change. */
export function checkMigrationOrder(migrations: readonly { version: number; name: string }[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Migration "${m.name}" has version ${m.version}; expected ${i + 1}.`);
    }
  });
}
