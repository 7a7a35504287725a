import type { Migration } from '../migration';

/**
 * Which fields of which student a counselor entered by hand (issue 13, "Records by hand").
 *
 * A transfer student added mid-year, or a grade or homeroom corrected by hand, would otherwise be
 * overwritten in silence by the next roster import. One row per student and field: the roster
 * import's preview compares the roster's value with the hand-entered one and keeps the hand value
 * unless the counselor takes the roster's (which removes the mark).
 *
 * - `field`: a student field's name as the domain spells it ('grade', 'homeroom', …); the
 *   guardians are one field ('guardians'), as a form edits them as one list.
 * - `entered_at`/`entered_by`: when and by whom (NULL: the workstation's counselor, or the command line).
 * The value itself is the student row's: no copy here that could disagree with it.
 */
export const studentHandEntryMigration: Migration = {
  version: 17,
  name: 'student hand entry',
  up(db) {
    db.exec(`
      CREATE TABLE student_hand_entry (
        student_number TEXT NOT NULL REFERENCES student (student_number) ON UPDATE CASCADE ON DELETE CASCADE,
        field          TEXT NOT NULL CHECK (field IN ('firstName', 'middleName', 'lastName', 'preferredName', 'grade', 'classYear',
                         'dateOfBirth', 'email', 'counselor', 'homeroom', 'homeLanguage', 'guardians')),
        entered_at     TEXT NOT NULL,
        entered_by     TEXT,
        PRIMARY KEY (student_number, field)
      ) STRICT;
    `);
  },
};
