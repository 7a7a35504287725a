import type { Database as Db } from 'better-sqlite3';
import type { Plan } from '../../../shared/domain/plan';
import type { BulkAction, BulkResult, BulkStep, BulkUndoResult, BulkStudentOutcome } from '../../../shared/domain/bulk';
import { CounselorError } from '../../../shared/errors';
import { writeAs } from '../accounts/actor';
import { loadCatalog } from '../courses/repository';
import { getProgram } from '../programs/repository';
import { kyselyOverStore } from '../store/kysely-sqlite';
import { findStudent } from '../students/repository';
import { applyProgram } from './apply-program';
import { changePlanIn, undoChangeIn, type ChangeRequest } from './change';
import { readPlanIn } from './plan-rows';
import { firstOpenYear, localDate } from './update';

/*
 * One action on many students' plans (the caseload's selection), as ONE transaction: each plan is
 * changed through the same changePlanIn as a single change (its own undo step, revision and audit
 * entry). A student the action cannot touch (graduated, not in the store) is reported and passed
 * over; nothing is half-written, because every refusal comes before that plan's writes. The answer
 * lists each student with what changed, and the undo steps: the revision each change produced.
 * Taking them back (bulkUndo) undoes exactly those changes, again in one transaction, and leaves
 * alone a plan changed since by anyone (it says so), so an undo never throws away later work.
 */

/** What a change did to one plan, in the counselor's words. */
function describe(action: BulkAction, before: Plan, after: Plan): string {
  if (action.kind === 'markReviewed') return `Marked reviewed on ${after.lastReviewed}.`;
  const added = after.courses.length - before.courses.length;
  const courses = added === 1 ? '1 course' : `${added} courses`;
  return before.programId === after.programId && added === 0 ? 'Already had this program; nothing added.' : `Program set; ${courses} added, nothing the counselor placed removed.`;
}

function outcomeOf(e: unknown, studentNumber: string, name: string): BulkStudentOutcome {
  if (!(e instanceof CounselorError)) throw e;
  const details = e.details as { changedBy?: string | null } | undefined;
  const summary = e.code === 'stale' ? `Changed again since${details?.changedBy ? ` by ${details.changedBy}` : ''}; left as it is.` : e.message;
  return { studentNumber, name, outcome: 'refused', summary, revision: null };
}

export async function bulkChange(db: Db, studentNumbers: readonly string[], action: BulkAction, now = new Date(), request: ChangeRequest = {}): Promise<BulkResult> {
  const catalog = loadCatalog(db);
  const program = action.kind === 'applyProgram' ? getProgram(db, action.programId) : null;
  const today = localDate(now);
  const students = [...new Set(studentNumbers)].map((n) => ({ number: n, student: findStudent(db, n) }));
  const results = await writeAs(kyselyOverStore(db), request.actor ?? null, async (trx) => {
    const done: BulkStudentOutcome[] = [];
    for (const { number, student } of students) {
      const name = student ? `${student.lastName}, ${student.firstName}` : number;
      if (!student) {
        done.push({ studentNumber: number, name, outcome: 'refused', summary: `No student with number ${number} is in the store.`, revision: null });
        continue;
      }
      let summary = '';
      const before = (await readPlanIn(trx, number))?.revision ?? 0;
      try {
        const change = (plan: Plan): Plan => {
          const after = program ? applyProgram(plan, program, catalog, { fromYear: firstOpenYear(student.grade) }) : { ...plan, lastReviewed: today };
          summary = describe(action, plan, after);
          return after;
        };
        const detail = action.kind === 'applyProgram' ? { programId: action.programId, bulk: true } : { operation: { op: 'markReviewed' }, bulk: true };
        const revision = await changePlanIn(trx, number, action.kind, change, { ...request, now, detail });
        done.push(revision === before ? { studentNumber: number, name, outcome: 'unchanged', summary: 'Nothing to change.', revision: null } : { studentNumber: number, name, outcome: 'changed', summary, revision });
      } catch (e) {
        done.push(outcomeOf(e, number, name));
      }
    }
    return done;
  });
  const undo: BulkStep[] = results.flatMap((r) => (r.outcome === 'changed' && r.revision !== null ? [{ studentNumber: r.studentNumber, revision: r.revision }] : []));
  return { results, undo };
}

export async function bulkUndo(db: Db, steps: readonly BulkStep[], now = new Date(), request: ChangeRequest = {}): Promise<BulkUndoResult> {
  const results = await writeAs(kyselyOverStore(db), request.actor ?? null, async (trx) => {
    const done: BulkStudentOutcome[] = [];
    for (const step of steps) {
      const student = findStudent(db, step.studentNumber);
      const name = student ? `${student.lastName}, ${student.firstName}` : step.studentNumber;
      try {
        // basedOn: only the revision this action produced is taken back; a later change is refused as stale.
        const revision = await undoChangeIn(trx, step.studentNumber, { ...request, now, basedOn: step.revision });
        done.push({ studentNumber: step.studentNumber, name, outcome: 'changed', summary: 'Taken back.', revision });
      } catch (e) {
        done.push(outcomeOf(e, step.studentNumber, name));
      }
    }
    return done;
  });
  return { results };
}
