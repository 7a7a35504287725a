import type { Database as Db } from 'better-sqlite3';
import type { Plan } from '../../../shared/domain/plan';
import type { PlanOperation } from '../../../shared/domain/plan-operation';
import type { PlanView } from '../../../shared/domain/plan-view';
import { PLAN_YEARS, type PlanYear } from '../../../shared/domain/program';
import { CounselorError } from '../../../shared/errors';
import { loadCatalog } from '../courses/repository';
import { findProgram, getProgram } from '../programs/repository';
import { kyselyOverStore } from '../store/kysely-sqlite';
import { getStudent } from '../students/repository';
import { applyProgram } from './apply-program';
import { changePlan, undoChange, type ChangeRequest } from './change';
import { applyOperation, type OperationContext } from './operations';
import { resolvePlan, resolveWith } from './resolve';

export { UNDO_DEPTH } from './change';

/*
 * The plan methods as the workstation answers them: the change itself is plans/change.ts on the
 * typed layer (the one write path, also the department server's), over the store's own
 * connection; what a change looks things up in (the catalog, programs, the plan's warnings) and
 * the plan view it answers with are still read synchronously from SQLite.
 */

/** The calendar date where the counselor sits, not in UTC: a 7 pm review is today's, not tomorrow's. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** One typed change, saved at once; returns the plan resolved as it now stands. */
export async function updatePlan(db: Db, studentNumber: string, op: PlanOperation, now = new Date(), request: ChangeRequest = {}): Promise<PlanView> {
  const catalog = loadCatalog(db);
  const student = getStudent(db, studentNumber);
  const change = operationChange(op, {
    catalog,
    today: localDate(now),
    findProgram: (id) => findProgram(db, id),
    viewOf: (plan) => resolveWith(db, student, plan, now),
  });
  await changePlan(kyselyOverStore(db), student.studentNumber, op.op, change, { ...request, now, detail: { operation: op } });
  return resolvePlan(db, studentNumber, now);
}

/**
 * What one typed operation does to a plan: the one rule for both stores (the workstation's
 * synchronous lookups, or the department server's read beforehand on the typed layer).
 */
export function operationChange(op: PlanOperation, ctx: OperationContext & { viewOf(plan: Plan): PlanView }): (plan: Plan) => Plan {
  return (plan) => {
    // The warnings the counselor sees: the plan's own and the transcript's (already passed, unmatched, missing).
    if (op.op === 'acknowledgeWarning' && !ctx.viewOf(plan).warnings.some((w) => w.id === op.warningId)) {
      throw new CounselorError('not_found', `This plan has no warning ${op.warningId} to acknowledge; it may have been resolved already.`);
    }
    return applyOperation(plan, op, ctx);
  };
}

/** The first year a program may fill: the student's current grade (earlier years are history). */
export function firstOpenYear(grade: number | null): PlanYear {
  if (grade === null || grade <= 9) return '9';
  return PLAN_YEARS.find((y) => y === String(Math.min(grade, 12))) ?? '9';
}

export async function applyProgramToPlan(db: Db, studentNumber: string, programId: string, now = new Date(), request: ChangeRequest = {}): Promise<PlanView> {
  const program = getProgram(db, programId);
  const catalog = loadCatalog(db);
  const { grade } = getStudent(db, studentNumber);
  await changePlan(
    kyselyOverStore(db),
    studentNumber,
    'applyProgram',
    (plan) => applyProgram(plan, program, catalog, { fromYear: firstOpenYear(grade) }),
    { ...request, now, detail: { programId } },
  );
  return resolvePlan(db, studentNumber, now);
}

/**
 * Takes back the newest change (plans/change.ts undoChange). With nothing to undo the plan is
 * returned as it is, and its `canUndo` says so.
 */
export async function undoLastChange(db: Db, studentNumber: string, now = new Date(), request: ChangeRequest = {}): Promise<PlanView> {
  const student = getStudent(db, studentNumber);
  await undoChange(kyselyOverStore(db), student.studentNumber, { ...request, now });
  return resolvePlan(db, studentNumber, now);
}
