import { sql } from 'kysely';
import type { PostgresMigration } from '../../migration';

const AREAS = `'english','math','science','social_studies','physical_education','health','personal_finance','world_language','fine_arts','cte','elective','other'`;

/** PostgreSQL twin of migration 7: retired courses and remembered catalog department mappings. */
export const courseRetiredPostgres: PostgresMigration = {
  version: 7,
  name: 'retired courses and catalog department mappings',
  async up(db) {
    await sql.raw(`
      ALTER TABLE course ADD COLUMN retired smallint NOT NULL DEFAULT 0 CHECK (retired IN (0, 1));

      CREATE TABLE catalog_department (
        department_key text COLLATE "C" PRIMARY KEY CHECK (length(department_key) BETWEEN 1 AND 200),
        department     text COLLATE "C" NOT NULL,
        area           text COLLATE "C" NOT NULL CHECK (area IN (${AREAS})),
        updated_at     text COLLATE "C" NOT NULL
      );
    `).execute(db);
  },
};
