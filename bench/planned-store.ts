import { readAllPlans, writePlan } from '../src/main/core/plans/repository';
import { loadSampleSchool } from '../src/main/core/sample/load';
import { openStore } from '../src/main/core/store/connection';
import { saveStudents } from '../src/main/core/students/repository';
import { benchStudents } from './students';

/**
 * A store as a school has it: the sample school's catalog, programs and requirements, then
 * `count` made-up students, each with a plan like one of the sample school's (its courses,
 * goals, acknowledgements), so the caseload's standings are computed for every row as they are
 * in real use; a bench over students without plans measured a list that skips that work.
 */
export async function makePlannedStore(path: string, count: number): Promise<void> {
  const store = await openStore(path);
  try {
    loadSampleSchool(store.db);
    const patterns = readAllPlans(store.db);
    // The sample's own students go: the store holds exactly `count`, each with a plan.
    store.db.exec("DELETE FROM plan_course; DELETE FROM plan_goal; DELETE FROM plan_experience; DELETE FROM plan_credential; DELETE FROM plan_acknowledgement; DELETE FROM plan_requirement_met; DELETE FROM plan; DELETE FROM guardian; DELETE FROM student; DELETE FROM sample_item WHERE kind = 'student';");
    const students = benchStudents(count);
    saveStudents(store.db, students);
    const now = new Date();
    // One transaction for them all (each writePlan's own becomes a savepoint): a commit per plan took minutes at 20,000.
    store.db.transaction(() => students.forEach((s, i) => writePlan(store.db, { ...patterns[i % patterns.length]!, studentNumber: s.studentNumber }, now)))();
  } finally {
    store.close();
  }
}
