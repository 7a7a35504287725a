import type { Database as Db } from 'better-sqlite3';
import { emptyPlan, Plan as PlanSchema, type Plan } from '../../../shared/domain/plan';
import type { PlanOperation } from '../../../shared/domain/plan-operation';
import type { PlanView } from '../../../shared/domain/plan-view';
import { PLAN_YEARS, type PlanYear } from '../../../shared/domain/program';
import { CounselorError } from '../../../shared/errors';
import { loadCatalog } from '../courses/repository';
import { findProgram, getProgram } from '../programs/repository';
import { getStudent } from '../students/repository';
import { applyProgram } from './apply-program';
import { applyOperation } from './operations';
import { deletePlan, readPlan, writePlan } from './repository';
import { resolvePlan, resolveWith } from './resolve';
import { writeTransaction } from '../store/transaction';

/** Undo reaches back this many changes per student; older snapshots are dropped. */
export const UNDO_DEPTH = 50;

/** The calendar date where the counselor sits, not in UTC: a 7 pm review is today's, not tomorrow's. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The one way a plan changes: read, change (a pure function), validate, write, and keep the
 * plan as it was before as a snapshot for undo — all in one transaction, so a change is either
 * saved whole with its undo step or not at all. A change that changes nothing leaves no step.
 */
export function changePlan(db: Db, studentNumber: string, operation: string, change: (plan: Plan) => Plan, now = new Date()): void {
  const student = getStudent(db, studentNumber);
  writeTransaction(db, () => {
    refuseIfGraduated(db, student.studentNumber);
    const before = readPlan(db, student.studentNumber);
    const parsed = PlanSchema.safeParse(change(before ?? emptyPlan(student.studentNumber)));
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'plan'}: ${i.message}`).join('; ');
      throw new CounselorError('invalid_input', `That change would leave the plan invalid (${problems}).`, parsed.error.issues);
    }
    const after = parsed.data;
    if (before !== null && JSON.stringify(after) === JSON.stringify(PlanSchema.parse(before))) return;
    writePlan(db, after, now);
    db.prepare('INSERT INTO plan_history (student_number, changed_at, operation, snapshot) VALUES (?, ?, ?, ?)').run(
      student.studentNumber,
      now.toISOString(),
      operation,
      JSON.stringify(before),
    );
    db.prepare(
      `DELETE FROM plan_history WHERE student_number = ? AND id NOT IN
         (SELECT id FROM plan_history WHERE student_number = ? ORDER BY id DESC LIMIT ${UNDO_DEPTH})`,
    ).run(student.studentNumber, student.studentNumber);
  });
}

/**
 * A graduated student's plan is the record of what they did: kept, printed and exported, never
 * edited. Read inside the write transaction, so a school year started in another window counts.
 */
function refuseIfGraduated(db: Db, studentNumber: string): void {
  const s = db.prepare('SELECT first_name, last_name, class_year, status FROM student WHERE student_number = ?').get(studentNumber) as
    | { first_name: string; last_name: string; class_year: number | null; status: string }
    | undefined;
  if (s?.status !== 'graduated') return;
  const classOf = s.class_year === null ? '' : ` with the class of ${s.class_year}`;
  throw new CounselorError(
    'conflict',
    `${s.first_name} ${s.last_name} graduated${classOf}, so the plan is kept read-only: print or export it as it is, or undo the school year start (School year page) to change it.`,
  );
}

/** One typed change, saved at once; returns the plan resolved as it now stands. */
export function updatePlan(db: Db, studentNumber: string, op: PlanOperation, now = new Date()): PlanView {
  const catalog = loadCatalog(db);
  const student = getStudent(db, studentNumber);
  const today = localDate(now);
  changePlan(
    db,
    studentNumber,
    op.op,
    (plan) => {
      // The warnings the counselor sees: the plan's own and the transcript's (already passed, unmatched, missing).
      if (op.op === 'acknowledgeWarning' && !resolveWith(db, student, plan, now).warnings.some((w) => w.id === op.warningId)) {
        throw new CounselorError('not_found', `This plan has no warning ${op.warningId} to acknowledge; it may have been resolved already.`);
      }
      return applyOperation(plan, op, { catalog, today, findProgram: (id) => findProgram(db, id) });
    },
    now,
  );
  return resolvePlan(db, studentNumber, now);
}

/** The first year a program may fill: the student's current grade (earlier years are history). */
export function firstOpenYear(grade: number | null): PlanYear {
  if (grade === null || grade <= 9) return '9';
  return PLAN_YEARS.find((y) => y === String(Math.min(grade, 12))) ?? '9';
}

export function applyProgramToPlan(db: Db, studentNumber: string, programId: string, now = new Date()): PlanView {
  const program = getProgram(db, programId);
  const catalog = loadCatalog(db);
  const { grade } = getStudent(db, studentNumber);
  changePlan(db, studentNumber, 'applyProgram', (plan) => applyProgram(plan, program, catalog, { fromYear: firstOpenYear(grade) }), now);
  return resolvePlan(db, studentNumber, now);
}

/**
 * Takes back the newest change: the snapshot taken before it is written back (a plan that did
 * not exist before is removed). With nothing to undo the plan is returned as it is, and its
 * `canUndo` says so.
 */
export function undoLastChange(db: Db, studentNumber: string, now = new Date()): PlanView {
  const student = getStudent(db, studentNumber);
  writeTransaction(db, () => {
    refuseIfGraduated(db, student.studentNumber);
    const last = db
      .prepare('SELECT id, snapshot FROM plan_history WHERE student_number = ? ORDER BY id DESC LIMIT 1')
      .get(student.studentNumber) as { id: number; snapshot: string } | undefined;
    if (!last) return;
    const snapshot = JSON.parse(last.snapshot) as Plan | null;
    if (snapshot === null) deletePlan(db, student.studentNumber);
    else writePlan(db, snapshot, now);
    db.prepare('DELETE FROM plan_history WHERE id = ?').run(last.id);
  });
  return resolvePlan(db, studentNumber, now);
}
