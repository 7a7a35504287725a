import type { Database as Db } from 'better-sqlite3';
import type { SampleRemoval } from '../../../shared/domain/sample';
import { CounselorError } from '../../../shared/errors';
import { backupStore } from '../store/backup';
import { SAMPLE_TABLES, sampleSchoolName, type SampleKind } from '../store/sample-record';
import { writeTransaction } from '../store/transaction';

const SAMPLE_STUDENTS = "SELECT key FROM sample_item WHERE kind = 'student'";

/**
 * Removes the sample school: a backup first, then one transaction that deletes every sample
 * student with their plans, plan history, print snapshots and conferences, and the sample's
 * courses, programs of study and postsecondary entries. Only what the sample loaded goes; what the counselor added
 * while looking at it (a course, a program, requirements) stays. A sample course, program or
 * postsecondary entry that something kept still names (a program copied from a sample one) stays
 * too, and is reported: nothing is deleted from under a plan or a program.
 */
export async function removeSampleSchool(db: Db, storePath: string, now = new Date()): Promise<SampleRemoval> {
  const school = sampleSchoolName(db);
  if (school === null) {
    throw new CounselorError('conflict', 'This store does not hold the sample school; there is nothing to remove.');
  }
  const backupPath = await backupStore(db, storePath, 'before-sample-removal', now);
  return writeTransaction(db, (): SampleRemoval => {
    // Checked again inside the write lock: another window may have removed it meanwhile.
    if (sampleSchoolName(db) === null) {
      throw new CounselorError('conflict', 'This store does not hold the sample school; there is nothing to remove.');
    }
    const run = (sql: string) => db.prepare(sql).run().changes;
    // Conferences recorded with made-up students go with them (first: they link print snapshots).
    run(`DELETE FROM conference WHERE student_number IN (${SAMPLE_STUDENTS})`);
    run(`DELETE FROM print_snapshot WHERE student_number IN (${SAMPLE_STUDENTS})`);
    run(`DELETE FROM plan_history WHERE student_number IN (${SAMPLE_STUDENTS})`);
    const plans = run(`DELETE FROM plan WHERE student_number IN (${SAMPLE_STUDENTS})`);
    const students = run(`DELETE FROM student WHERE student_number IN (${SAMPLE_STUDENTS})`);
    // From here every plan and program left is one the counselor keeps.
    const programs = removeUnused(db, 'program', 'SELECT program_id FROM plan WHERE program_id IS NOT NULL');
    const usedCodes = 'SELECT course_number FROM plan_course UNION SELECT course_code FROM program_course';
    const courses = removeUnused(db, 'course', usedCodes);
    const postsecondary = removeUnused(db, 'postsecondary', usedCodes);
    const kept = { courses: stillThere(db, 'course'), programs: stillThere(db, 'program'), postsecondary: stillThere(db, 'postsecondary') };
    run('DELETE FROM sample_item');
    run('DELETE FROM sample_school');
    return { school, backupPath, removed: { students, plans, courses, programs, postsecondary }, kept };
  });
}

/** Deletes the sample's rows of one kind that nothing kept names; returns how many went. */
function removeUnused(db: Db, kind: SampleKind, usedBy: string): number {
  const { table, key } = SAMPLE_TABLES[kind];
  return db
    .prepare(`DELETE FROM ${table} WHERE ${key} IN (SELECT key FROM sample_item WHERE kind = ?) AND ${key} NOT IN (${usedBy})`)
    .run(kind).changes;
}

function stillThere(db: Db, kind: SampleKind): string[] {
  const { table, key } = SAMPLE_TABLES[kind];
  return db
    .prepare(`SELECT ${key} FROM ${table} WHERE ${key} IN (SELECT key FROM sample_item WHERE kind = ?) ORDER BY ${key}`)
    .pluck()
    .all(kind) as string[];
}
