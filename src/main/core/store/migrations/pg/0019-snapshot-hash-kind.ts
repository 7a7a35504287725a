import { sql } from 'kysely';
import type { PostgresMigration } from '../../migration';

/**
 * PostgreSQL twin of migration 19: what a print snapshot's hash covers ('pdf' bytes before this
 * migration, the 'layout' and renderer since) and the renderer's identity. The table's row-level
 * security (migration 15) covers the new columns as it covers the row.
 */
export const snapshotHashKindPostgres: PostgresMigration = {
  version: 19,
  name: 'snapshot hash kind',
  async up(db) {
    await sql`
      ALTER TABLE print_snapshot ADD COLUMN hash_of text COLLATE "C" NOT NULL DEFAULT 'pdf' CHECK (hash_of IN ('pdf', 'layout'));
      ALTER TABLE print_snapshot ADD COLUMN renderer text COLLATE "C" CHECK ((renderer IS NULL) = (hash_of = 'pdf'));
    `.execute(db);
  },
};
