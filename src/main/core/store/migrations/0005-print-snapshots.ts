import type { Migration } from '../migration';

/**
 * Every printed plan, kept as it was printed: the plan view (JSON) and the options the page
 * depends on (language, paper, school, the printed-on date), the instant it was printed (the
 * PDF's creation date) and the SHA-256 of the plan's PDF. A reprint renders the stored view again
 * with the same options, so the family's copy can be reproduced, and the hash shows it is the same.
 *
 * No foreign key to student on purpose: a snapshot records what a family received, and stays
 * even if the student's number is later corrected or the student leaves the roster.
 */
export const printSnapshotsMigration: Migration = {
  version: 5,
  name: 'print snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE print_snapshot (
        id             INTEGER PRIMARY KEY,
        student_number TEXT NOT NULL CHECK (length(student_number) BETWEEN 1 AND 32),
        printed_at     TEXT NOT NULL,
        printed_on     TEXT NOT NULL CHECK (printed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        lang           TEXT NOT NULL CHECK (lang IN ('en', 'es')),
        paper          TEXT NOT NULL CHECK (paper IN ('letter', 'a4')),
        school         TEXT,
        pages          INTEGER NOT NULL CHECK (pages > 0),
        sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
        view           TEXT NOT NULL CHECK (json_valid(view))
      ) STRICT;
      CREATE INDEX print_snapshot_by_student ON print_snapshot (student_number, id);
    `);
  },
};
