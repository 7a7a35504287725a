import { sql } from 'kysely';
import type { PostgresMigration } from '../../migration';

/**
 * PostgreSQL twin of migration 1 (students and guardians), with the two SQLite built-ins the
 * later CHECK constraints use, so each CHECK reads as its SQLite twin does:
 * - `json_valid(text)`: JSON columns stay `text` (the domain parses them itself, on both stores),
 *   and a CHECK must answer false, not raise, on bad JSON (NULL for NULL, as SQLite's does);
 * - `json_type(text)`: the JSON type's name, NULL for bad JSON.
 * Text is `COLLATE "C"` everywhere: byte order and byte equality, as SQLite's BINARY collation,
 * whatever the department server's locale, so the same ORDER BY gives the same order on both.
 * `status_check` is named so migration 10 can replace it (SQLite rebuilt the table instead).
 */
export const studentsPostgres: PostgresMigration = {
  version: 1,
  name: 'students and guardians',
  async up(db) {
    await sql`
      CREATE FUNCTION json_valid(value text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE STRICT AS $$
      BEGIN
        PERFORM value::jsonb;
        RETURN true;
      EXCEPTION WHEN data_exception THEN
        RETURN false;
      END $$;

      CREATE FUNCTION json_type(value text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT AS $$
      BEGIN
        RETURN jsonb_typeof(value::jsonb);
      EXCEPTION WHEN data_exception THEN
        RETURN NULL;
      END $$;

      CREATE TABLE student (
        student_number text COLLATE "C" PRIMARY KEY CHECK (length(student_number) BETWEEN 1 AND 32),
        first_name     text COLLATE "C" NOT NULL,
        middle_name    text COLLATE "C",
        last_name      text COLLATE "C" NOT NULL,
        preferred_name text COLLATE "C",
        grade          integer CHECK (grade BETWEEN 6 AND 12),
        class_year     integer,
        date_of_birth  text COLLATE "C" CHECK (date_of_birth ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
        email          text COLLATE "C",
        counselor      text COLLATE "C",
        homeroom       text COLLATE "C",
        home_language  text COLLATE "C",
        status         text COLLATE "C" NOT NULL DEFAULT 'active'
                       CONSTRAINT student_status_check CHECK (status IN ('active', 'not_in_latest_roster')),
        created_at     text COLLATE "C" NOT NULL,
        updated_at     text COLLATE "C" NOT NULL
      );

      CREATE TABLE guardian (
        student_number     text COLLATE "C" NOT NULL REFERENCES student (student_number) ON UPDATE CASCADE ON DELETE CASCADE,
        position           integer NOT NULL,
        name               text COLLATE "C" NOT NULL,
        relationship       text COLLATE "C",
        email              text COLLATE "C",
        phone              text COLLATE "C",
        preferred_language text COLLATE "C",
        PRIMARY KEY (student_number, position)
      );

      CREATE INDEX student_counselor ON student (counselor);
    `.execute(db);
  },
};
