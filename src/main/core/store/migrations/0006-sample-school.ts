import type { Database as Db } from 'better-sqlite3';
import type { Migration } from '../migration';
import {
  SAMPLE_COURSES_AS_SHIPPED,
  SAMPLE_POSTSECONDARY_AS_SHIPPED,
  SAMPLE_PROGRAMS_AS_SHIPPED,
  SAMPLE_SCHOOL_AS_SHIPPED,
  SAMPLE_STUDENTS_AS_SHIPPED,
} from './0006-sample-as-shipped';

/**
 * The store says whether it holds the sample school, and which rows the sample put there, so the
 * sample can be removed exactly (and nothing the counselor added with it) and every import can be
 * refused while it is there: a real roster must never meet the sample's invented students, whose
 * numbers (100101 ...) a real school may well use.
 *
 * `sample_item` names rows by their key rather than by foreign keys: one small list covers
 * students, courses, programs of study and postsecondary entries, and a key that no longer
 * matches a row simply removes nothing. A store that got the sample before this version is
 * recognised here, row by row, by the sample's own numbers and names (a frozen copy of them).
 */
export const sampleSchoolMigration: Migration = {
  version: 6,
  name: 'sample school record',
  up(db) {
    db.exec(`
      CREATE TABLE sample_school (
        id        INTEGER PRIMARY KEY CHECK (id = 1),
        name      TEXT NOT NULL,
        loaded_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sample_item (
        kind TEXT NOT NULL CHECK (kind IN ('student', 'course', 'program', 'postsecondary')),
        key  TEXT NOT NULL,
        PRIMARY KEY (kind, key)
      ) STRICT;
    `);
    recognizeEarlierSample(db);
  },
};

/**
 * A store that got the sample school before it kept a record of it (schema version 5 and older):
 * recognise the sample's rows by number *and* name, so a real student, course or program that
 * took over one of the sample's numbers (a roster import that mixed with the sample, the very
 * defect the record prevents) is never taken for the sample's and removed with it. Nothing is
 * recorded unless sample students are there. Runs inside the migration's transaction, and writes
 * the record with its own statements: what this migration does must not follow later code.
 */
function recognizeEarlierSample(db: Db): void {
  const student = db.prepare('SELECT 1 FROM student WHERE student_number = ? AND first_name = ? AND last_name = ?');
  const students = SAMPLE_STUDENTS_AS_SHIPPED.filter(([number, first, last]) => student.get(number, first, last) !== undefined);
  if (students.length === 0) return;

  const course = db.prepare('SELECT 1 FROM course WHERE number = ? AND title = ?');
  const program = db.prepare('SELECT 1 FROM program WHERE id = ? AND name = ?');
  const entry = db.prepare('SELECT 1 FROM postsecondary_entry WHERE code = ? AND institution = ? AND course = ?');
  const loadedAt = db.prepare('SELECT min(created_at) FROM student').pluck().get() as string;
  const items = {
    student: students.map(([number]) => number),
    course: SAMPLE_COURSES_AS_SHIPPED.filter((c) => course.get(...c) !== undefined).map(([number]) => number),
    program: SAMPLE_PROGRAMS_AS_SHIPPED.filter((p) => program.get(...p) !== undefined).map(([id]) => id),
    postsecondary: SAMPLE_POSTSECONDARY_AS_SHIPPED.filter((e) => entry.get(...e) !== undefined).map(([code]) => code),
  };
  db.prepare('INSERT INTO sample_school (id, name, loaded_at) VALUES (1, ?, ?) ON CONFLICT (id) DO NOTHING').run(
    SAMPLE_SCHOOL_AS_SHIPPED,
    new Date(loadedAt).toISOString(),
  );
  const add = db.prepare('INSERT OR IGNORE INTO sample_item (kind, key) VALUES (?, ?)');
  for (const kind of ['student', 'course', 'program', 'postsecondary'] as const) for (const key of items[kind]) add.run(kind, key);
}
