import type { Database } from 'better-sqlite3';

/**
 * One schema change. `up` runs inside the migration transaction: synchronous, no await.
 * Once shipped a migration never changes; a later change is a new, higher-numbered migration.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** Versions must run 1, 2, 3 ... with no gap or repeat: a typo here would skip or re-run a schema change. */
export function checkMigrationOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Migration "${m.name}" has version ${m.version}; expected ${i + 1}.`);
    }
  });
}
