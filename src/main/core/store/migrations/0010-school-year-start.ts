import type { Migration } from '../migration';

/**
 * Year-end: a student can be `graduated` (kept, read-only, out of the active caseload), and each
 * "Start school year" is recorded with exactly what it changed, so it can be undone.
 *
 * SQLite cannot change a CHECK constraint in place, so `student` is rebuilt the documented way
 * (sqlite.org/lang_altertable.html, "other kinds of table schema changes"): new table, copy, drop,
 * rename. That is only safe with foreign keys off: with them on, DROP TABLE student deletes every
 * row first and ON DELETE CASCADE takes the guardians with it. `PRAGMA foreign_keys` is a no-op
 * inside a transaction, so the migration runner (store/connection.ts applyMigrations) turns them
 * off around the migration transaction and runs `foreign_key_check` before it commits.
 * The student's indexes are read from the schema and made again, so none is lost.
 *
 * `school_year_start.school_year` is the ending year (2028 for 2027-28), as transcripts' school
 * years are stored. A change row records one student's part of a start: graduated (the status
 * before), grade advanced (from → to), or the plan's review reset (the review date it had, for
 * the record: the review itself is not touched, the status rule reads the started year).
 * A change row goes with its student: students are deleted only when the sample school is removed,
 * and a start made on the sample school must not stop that.
 */
export const schoolYearStartMigration: Migration = {
  version: 10,
  name: 'graduated students and school year starts',
  up(db) {
    const indexes = db
      .prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'student' AND sql IS NOT NULL")
      .pluck()
      .all() as string[];
    db.exec(`
      CREATE TABLE student_new (
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
        status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'not_in_latest_roster', 'graduated')),
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      INSERT INTO student_new SELECT student_number, first_name, middle_name, last_name, preferred_name, grade,
        class_year, date_of_birth, email, counselor, homeroom, home_language, status, created_at, updated_at FROM student;
      DROP TABLE student;
      ALTER TABLE student_new RENAME TO student;
    `);
    for (const sql of indexes) db.exec(sql);
    db.exec(`
      CREATE TABLE school_year_start (
        id          INTEGER PRIMARY KEY,
        school_year INTEGER NOT NULL CHECK (school_year BETWEEN 1990 AND 2200),
        started_at  TEXT NOT NULL,
        started_on  TEXT NOT NULL CHECK (started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        backup_path TEXT,
        undone_at   TEXT
      ) STRICT;
      -- A school year is started once: a second start of it is possible only after an undo.
      CREATE UNIQUE INDEX school_year_start_once ON school_year_start (school_year) WHERE undone_at IS NULL;

      CREATE TABLE school_year_change (
        start_id       INTEGER NOT NULL REFERENCES school_year_start (id) ON DELETE CASCADE,
        student_number TEXT NOT NULL REFERENCES student (student_number) ON UPDATE CASCADE ON DELETE CASCADE,
        kind           TEXT NOT NULL CHECK (kind IN ('graduated', 'grade_advanced', 'review_reset')),
        status_before  TEXT CHECK (status_before IS NULL OR status_before IN ('active', 'not_in_latest_roster')),
        grade_from     INTEGER CHECK (grade_from IS NULL OR grade_from BETWEEN 6 AND 12),
        grade_to       INTEGER CHECK (grade_to IS NULL OR grade_to BETWEEN 6 AND 12),
        last_reviewed  TEXT CHECK (last_reviewed IS NULL OR last_reviewed GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        PRIMARY KEY (start_id, student_number, kind),
        CHECK (kind <> 'graduated' OR status_before IS NOT NULL),
        CHECK (kind <> 'grade_advanced' OR (grade_from IS NOT NULL AND grade_to = grade_from + 1))
      ) STRICT;
      CREATE INDEX school_year_change_by_student ON school_year_change (student_number);
    `);
  },
};
