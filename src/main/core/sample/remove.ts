import type { Database as Db } from 'better-sqlite3';
import type { SampleRemoval } from '../../../shared/domain/sample';
import { CounselorError } from '../../../shared/errors';
import { backupStore } from '../store/backup';
import { SAMPLE_TABLES, sampleSchoolName, type SampleKind } from '../store/sample-record';
import { writeTransaction } from '../store/transaction';

const SAMPLE_STUDENTS = "SELECT key FROM sample_item WHERE kind = 'student'";

export const NO_SAMPLE_SCHOOL = 'This store does not hold the sample school; there is nothing to remove.';

/** What one step of the removal asks its store: a statement's count of rows changed, or a column of keys. */
export type RemovalAsk = { run: string } | { keys: string };

/**
 * The removal's statements in order, the same SQL on both stores (the workstation's file, the
 * department database: sample/remove-as.ts): each store answers each ask, so neither can drift.
 */
export function* removalSteps(): Generator<RemovalAsk, Pick<SampleRemoval, 'removed' | 'kept'>, number | string[]> {
  const run = function* (sql: string): Generator<RemovalAsk, number, number | string[]> {
    return (yield { run: sql }) as number;
  };
  // Conferences recorded with made-up students go with them (first: they link print snapshots).
  yield* run(`DELETE FROM conference WHERE student_number IN (${SAMPLE_STUDENTS})`);
  yield* run(`DELETE FROM print_snapshot WHERE student_number IN (${SAMPLE_STUDENTS})`);
  yield* run(`DELETE FROM plan_history WHERE student_number IN (${SAMPLE_STUDENTS})`);
  const plans = yield* run(`DELETE FROM plan WHERE student_number IN (${SAMPLE_STUDENTS})`);
  const students = yield* run(`DELETE FROM student WHERE student_number IN (${SAMPLE_STUDENTS})`);
  // From here every plan and program left is one the counselor keeps.
  const programs = yield* run(removeUnused('program', 'SELECT program_id FROM plan WHERE program_id IS NOT NULL'));
  const usedCodes = 'SELECT course_number FROM plan_course UNION SELECT course_code FROM program_course';
  const courses = yield* run(removeUnused('course', usedCodes));
  const postsecondary = yield* run(removeUnused('postsecondary', usedCodes));
  const kept = {
    courses: (yield { keys: stillThere('course') }) as string[],
    programs: (yield { keys: stillThere('program') }) as string[],
    postsecondary: (yield { keys: stillThere('postsecondary') }) as string[],
  };
  yield* run('DELETE FROM sample_item');
  yield* run('DELETE FROM sample_school');
  return { removed: { students, plans, courses, programs, postsecondary }, kept };
}

/**
 * Removes the sample school: a backup first, then one transaction that deletes every sample
 * student with their plans, plan history, print snapshots and conferences, and the sample's
 * courses, programs of study and postsecondary entries. Only what the sample loaded goes; what the counselor added
 * while looking at it (a course, a program, requirements) stays. A sample course, program or
 * postsecondary entry that something kept still names (a program copied from a sample one) stays
 * too, and is reported: nothing is deleted from under a plan or a program.
 */
export async function removeSampleSchool(db: Db, storePath: string, now = new Date()): Promise<SampleRemoval & { backupPath: string }> {
  const school = sampleSchoolName(db);
  if (school === null) throw new CounselorError('conflict', NO_SAMPLE_SCHOOL);
  const backupPath = await backupStore(db, storePath, 'before-sample-removal', now);
  return writeTransaction(db, () => {
    // Checked again inside the write lock: another window may have removed it meanwhile.
    if (sampleSchoolName(db) === null) throw new CounselorError('conflict', NO_SAMPLE_SCHOOL);
    const steps = removalSteps();
    let answer: number | string[] = 0;
    for (;;) {
      const step = steps.next(answer);
      if (step.done) return { school, backupPath, ...step.value };
      const ask = step.value;
      answer = 'run' in ask ? db.prepare(ask.run).run().changes : (db.prepare(ask.keys).pluck().all() as string[]);
    }
  });
}

/** Deletes the sample's rows of one kind that nothing kept names (the kind is one of the sample's own names, written into the SQL). */
function removeUnused(kind: SampleKind, usedBy: string): string {
  const { table, key } = SAMPLE_TABLES[kind];
  return `DELETE FROM ${table} WHERE ${key} IN (SELECT key FROM sample_item WHERE kind = '${kind}') AND ${key} NOT IN (${usedBy})`;
}

function stillThere(kind: SampleKind): string {
  const { table, key } = SAMPLE_TABLES[kind];
  return `SELECT ${key} FROM ${table} WHERE ${key} IN (SELECT key FROM sample_item WHERE kind = '${kind}') ORDER BY ${key}`;
}
