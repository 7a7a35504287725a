import { sql } from 'kysely';
import type { PostgresMigration } from '../../migration';

/** PostgreSQL twin of migration 11: a planned course as an alternate for another (both columns or neither). */
export const courseAlternatesPostgres: PostgresMigration = {
  version: 11,
  name: 'alternate courses in plans',
  async up(db) {
    await sql`
      ALTER TABLE plan_course ADD COLUMN alternate_for text COLLATE "C" CHECK (alternate_for IS NULL OR alternate_for ~ '^c-[0-9]');
      ALTER TABLE plan_course ADD COLUMN alternate_rank integer
        CHECK ((alternate_for IS NULL) = (alternate_rank IS NULL) AND coalesce(alternate_rank, 1) BETWEEN 1 AND 20);
    `.execute(db);
  },
};
