import type { Migration } from '../migration';

/**
 * Year-end, late: a school year started in October must not move up a second time the students
 * whose grades a roster imported since August 1 already gave for the new year, so each student
 * keeps when a roster last listed them (`roster_listed_at`, ISO 8601, set by every roster import
 * for each student its file lists). A store upgraded from before cannot know which students past
 * imports listed; it takes the latest roster import as listing every student that was active after
 * it and existed when it ran (an import marks the others "not in latest roster" unless it was
 * partial). That errs toward "already listed": a late start leaves such a student's grade as the
 * roster gave it rather than move it twice, and its preview counts them.
 *
 * A graduate made active again (did not finish: a fifth-year senior) is recorded against the
 * start that graduated them (the school year, when), so the student's record says so and a start of
 * the same school year made again after an undo leaves the student active.
 */
export const rosterListingMigration: Migration = {
  version: 12,
  name: 'roster listing and graduates made active again',
  up(db) {
    db.exec(`
      ALTER TABLE student ADD COLUMN roster_listed_at TEXT;
      UPDATE student SET roster_listed_at = (SELECT max(imported_at) FROM roster_import)
       WHERE status = 'active' AND created_at <= (SELECT max(imported_at) FROM roster_import);

      CREATE TABLE student_reactivation (
        id             INTEGER PRIMARY KEY,
        student_number TEXT NOT NULL REFERENCES student (student_number) ON UPDATE CASCADE ON DELETE CASCADE,
        start_id       INTEGER NOT NULL REFERENCES school_year_start (id) ON DELETE CASCADE,
        school_year    INTEGER NOT NULL CHECK (school_year BETWEEN 1990 AND 2200),
        reactivated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX student_reactivation_by_student ON student_reactivation (student_number);
    `);
  },
};
