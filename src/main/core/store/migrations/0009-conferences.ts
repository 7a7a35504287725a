import type { Migration } from '../migration';

const DATE_GLOB = `'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;

/**
 * Conferences with a family about the plan: what a district shows when asked how families were
 * kept informed, so a record is kept as it was written.
 *
 * - `student_number` references the student with no ON DELETE action (SQLite then refuses to
 *   delete a student who has conferences) and follows a renumbered student (ON UPDATE CASCADE), as
 *   plans and course history do: a record of who was told what must never vanish as a side effect
 *   (imports mark students, they never delete them).
 * - Who attended is kept as written on the day: `student_attended`, the guardians' names as a JSON
 *   array of text (not references to guardian rows: a roster import renumbers and rewrites guardian
 *   rows, and must not change who came to a meeting last year) and `others` (an aunt, a case
 *   worker, anyone the roster does not list).
 * - `interpreter` yes/no with an optional name; a name without an interpreter is refused.
 * - `print_snapshot_id` links the printed plan the family took home (migration 5: snapshots are
 *   never deleted), so it can be reprinted byte for byte.
 */
export const conferencesMigration: Migration = {
  version: 9,
  name: 'conferences',
  up(db) {
    db.exec(`
      CREATE TABLE conference (
        id                INTEGER PRIMARY KEY,
        student_number    TEXT NOT NULL REFERENCES student (student_number) ON UPDATE CASCADE,
        held_on           TEXT NOT NULL CHECK (held_on GLOB ${DATE_GLOB}),
        student_attended  INTEGER NOT NULL CHECK (student_attended IN (0, 1)),
        guardians         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(guardians) AND json_type(guardians) = 'array'),
        others            TEXT CHECK (others IS NULL OR length(others) BETWEEN 1 AND 500),
        language          TEXT CHECK (language IS NULL OR length(language) BETWEEN 1 AND 100),
        interpreter       INTEGER NOT NULL CHECK (interpreter IN (0, 1)),
        interpreter_name  TEXT CHECK (interpreter_name IS NULL OR (interpreter = 1 AND length(interpreter_name) BETWEEN 1 AND 200)),
        notes             TEXT CHECK (notes IS NULL OR length(notes) <= 10000),
        print_snapshot_id INTEGER REFERENCES print_snapshot (id),
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX conference_by_student ON conference (student_number, held_on);
      CREATE INDEX conference_by_day ON conference (held_on);
    `);
  },
};
