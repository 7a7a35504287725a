import { sql } from 'kysely';
import type { PostgresMigration } from '../../migration';

/**
 * PostgreSQL twin of migration 6: the record of the sample school. SQLite's migration also
 * recognises a sample loaded before version 6; no department database is older than its first
 * migration run, so there is nothing to recognise here.
 */
export const sampleSchoolPostgres: PostgresMigration = {
  version: 6,
  name: 'sample school record',
  async up(db) {
    await sql`
      CREATE TABLE sample_school (
        id        integer PRIMARY KEY CHECK (id = 1),
        name      text COLLATE "C" NOT NULL,
        loaded_at text COLLATE "C" NOT NULL
      );

      CREATE TABLE sample_item (
        kind text COLLATE "C" NOT NULL CHECK (kind IN ('student', 'course', 'program', 'postsecondary')),
        key  text COLLATE "C" NOT NULL,
        PRIMARY KEY (kind, key)
      );
    `.execute(db);
  },
};
