import type { Migration } from '../migration';

export const studentsMigration: Migration = {
  version: 1,
  name: 'students and guardians',
  up(db) {
    db.exec(`
      CREATE TABLE student (
        student_number TEXT PRIMARY KEY NOT NULL CHECK (length(student_number) BETWEEN 1 AND 32),
        first_name     TEXT NOT NULL,
        middle_name    TEXT,
        last_name      TEXT NOT NULL,
        preferred_name TEXT,
        grade          INTEGER CHECK (grade BETWEEN 6 AND 12),
        class_year     INTEGER,
        date_of_birth  TEXT CHECK (date_of_birth GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        email          TEXT,
        counselor      TEXT,
        homeroom       TEXT,
        home_language  TEXT,
        status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'not_in_latest_roster')),
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;

      CREATE TABLE guardian (
        student_number     TEXT NOT NULL REFERENCES student (student_number) ON UPDATE CASCADE ON DELETE CASCADE,
        position           INTEGER NOT NULL,
        name               TEXT NOT NULL,
        relationship       TEXT,
        email              TEXT,
        phone              TEXT,
        preferred_language TEXT,
        PRIMARY KEY (student_number, position)
      ) STRICT;

      CREATE INDEX student_counselor ON student (counselor);
    `);
  },
};
