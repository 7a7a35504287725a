import type { Database as Db } from 'better-sqlite3';
import { SAMPLE_COURSES } from './catalog';
import { SAMPLE_POSTSECONDARY } from './postsecondary';
import { SAMPLE_PROGRAMS } from './programs';
import { recordSampleSchool } from './record';
import { SAMPLE_FAMILIES, sampleStudentNumber } from './students';

/**
 * A store that got the sample school before it kept a record of it (schema version 5 and older):
 * recognise the sample's rows by number *and* name, so a real student, course or program that
 * took over one of the sample's numbers (a roster import that mixed with the sample, the very
 * defect the record prevents) is never taken for the sample's and removed with it. Nothing is
 * recorded unless sample students are there. Runs inside the migration's transaction.
 */
export function recognizeEarlierSample(db: Db): void {
  const student = db.prepare('SELECT 1 FROM student WHERE student_number = ? AND first_name = ? AND last_name = ?');
  const students = SAMPLE_FAMILIES.map((f, i) => ({ number: sampleStudentNumber(i), f })).filter(
    ({ number, f }) => student.get(number, f.first, f.last) !== undefined,
  );
  if (students.length === 0) return;

  const course = db.prepare('SELECT 1 FROM course WHERE number = ? AND title = ?');
  const program = db.prepare('SELECT 1 FROM program WHERE id = ? AND name = ?');
  const entry = db.prepare('SELECT 1 FROM postsecondary_entry WHERE code = ? AND institution = ? AND course = ?');
  const loadedAt = db.prepare('SELECT min(created_at) FROM student').pluck().get() as string;
  recordSampleSchool(
    db,
    {
      student: students.map((s) => s.number),
      course: SAMPLE_COURSES.filter((c) => course.get(c.number, c.title) !== undefined).map((c) => c.number),
      program: SAMPLE_PROGRAMS.filter((p) => program.get(p.id, p.name) !== undefined).map((p) => p.id),
      postsecondary: SAMPLE_POSTSECONDARY.filter((e) => entry.get(e.code, e.institution, e.course) !== undefined).map((e) => e.code),
    },
    new Date(loadedAt),
  );
}
