import type { Migration } from '../migration';

const RESULTS = `'passed','failed','withdrawn','incomplete','in_progress'`;

/**
 * Course history: what each student has actually taken, as the student information system's
 * transcript export says it, one row per row of the file (a semester, a quarter, a final grade).
 * Plans are not touched by an import: the plan view lays the transcript over the counselor's
 * planned courses when it is resolved, so a re-import never fights the counselor's edits.
 *
 * - `record_key` is the row's identity within the student's transcript (school year, term, course
 *   number as written, and an ordinal for repeats): a re-import finds the row again by it, and a
 *   corrected grade updates it in place.
 * - `course_number`, `title`, `credit_type` are kept as the file writes them; matching to the
 *   catalog happens when a plan is resolved, so a catalog edit or a counselor's match applies at
 *   once. `history_course_match` remembers the counselor's matches for courses the catalog does
 *   not know by number, code or title (a transfer course).
 * - `progress` marks a progress grade (PowerSchool's Q1–Q4 store codes): it earns no credit and
 *   only says a course is in progress. `excluded` keeps a row the SIS excludes from transcripts,
 *   so a re-import sees it unchanged, but it counts for nothing.
 * - `missing` marks a row a later file covering the same student and school year no longer has:
 *   kept and flagged for the counselor, never deleted by an import.
 * - A stated GPA is kept per student as written (`history_student`); none is computed.
 * - Requirement sets get the credits expected by the end of each grade (JSON {"9": 6, ...});
 *   NULL means the total spread evenly over grades 9–12.
 * Remembered column mappings use `roster_mapping` with keys of their own; credit types map to
 * subject areas through `catalog_department` (one table of remembered area words).
 */
export const courseHistoryMigration: Migration = {
  version: 8,
  name: 'course history',
  up(db) {
    db.exec(`
      CREATE TABLE history_import (
        id          INTEGER PRIMARY KEY,
        file_name   TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        backup_path TEXT,
        report      TEXT NOT NULL CHECK (json_valid(report))
      ) STRICT;

      CREATE TABLE course_history (
        id                INTEGER PRIMARY KEY,
        student_number    TEXT NOT NULL REFERENCES student (student_number) ON UPDATE CASCADE,
        record_key        TEXT NOT NULL CHECK (length(record_key) BETWEEN 1 AND 300),
        school_year       INTEGER CHECK (school_year IS NULL OR school_year BETWEEN 1990 AND 2100),
        grade_level       INTEGER CHECK (grade_level IS NULL OR grade_level BETWEEN 0 AND 12),
        term              TEXT NOT NULL,
        progress          INTEGER NOT NULL CHECK (progress IN (0, 1)),
        course_number     TEXT NOT NULL,
        state_code        TEXT,
        title             TEXT NOT NULL,
        credit_type       TEXT,
        grade             TEXT,
        result            TEXT NOT NULL CHECK (result IN (${RESULTS})),
        credits_earned    REAL CHECK (credits_earned IS NULL OR credits_earned BETWEEN 0 AND 10),
        credits_attempted REAL CHECK (credits_attempted IS NULL OR credits_attempted BETWEEN 0 AND 10),
        excluded          INTEGER NOT NULL CHECK (excluded IN (0, 1)),
        missing           INTEGER NOT NULL DEFAULT 0 CHECK (missing IN (0, 1)),
        import_id         INTEGER NOT NULL REFERENCES history_import (id),
        updated_at        TEXT NOT NULL,
        UNIQUE (student_number, record_key),
        CHECK (school_year IS NOT NULL OR grade_level IS NOT NULL)
      ) STRICT;

      CREATE TABLE history_student (
        student_number TEXT PRIMARY KEY NOT NULL REFERENCES student (student_number) ON UPDATE CASCADE,
        gpa            TEXT NOT NULL CHECK (length(gpa) BETWEEN 1 AND 20),
        import_id      INTEGER NOT NULL REFERENCES history_import (id),
        updated_at     TEXT NOT NULL
      ) STRICT;

      CREATE TABLE history_course_match (
        course_key     TEXT PRIMARY KEY NOT NULL CHECK (length(course_key) BETWEEN 1 AND 300),
        course_number  TEXT NOT NULL,
        title          TEXT NOT NULL,
        catalog_number TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;

      ALTER TABLE requirement_set ADD COLUMN expected_by_grade TEXT
        CHECK (expected_by_grade IS NULL OR json_valid(expected_by_grade));
    `);
  },
};
