import type { Database as Db } from 'better-sqlite3';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Catalog } from '../../../shared/domain/catalog';
import type { Plan } from '../../../shared/domain/plan';
import type { ProgramOfStudy } from '../../../shared/domain/program';
import type { BulkAction, BulkResult, BulkStep, BulkUndoResult, BulkStudentOutcome } from '../../../shared/domain/bulk';
import { CounselorError } from '../../../shared/errors';
import { writeAs } from '../accounts/actor';
import { loadCatalog } from '../courses/repository';
import { getProgram } from '../programs/repository';
import { kyselyOverStore } from '../store/kysely-sqlite';
import { POLICY_REFUSED } from '../store/row-security';
import type { StoreSchema } from '../store/store-schema';
import { applyProgram } from './apply-program';
import { caseloadRefusal } from './caseload-refusal';
import { changePlanIn, undoChangeIn, type ChangeRequest } from './change';
import { readPlanIn } from './plan-rows';
import { firstOpenYear, localDate } from './update';

/*
 * One action on many students' plans (the caseload's selection), as ONE transaction: each plan is
 * changed through the same changePlanIn as a single change (its own undo step, revision and audit
 * entry). A student the action cannot touch (graduated, not in the store, on the department server
 * another counselor's) is reported and passed over; nothing is half-written, because each plan's
 * change runs inside its own savepoint and a refusal rolls back to it. The answer lists each
 * student with what changed, and the undo steps: the revision each change produced. Taking them
 * back (bulkUndo) undoes exactly those changes, again in one transaction, and leaves alone a plan
 * changed since by anyone (it says so), so an undo never throws away later work.
 *
 * The loop is one (bulkChangeOn/bulkUndoOn, on the typed layer); only what it reads before the
 * transaction is fetched two ways: the workstation's synchronous reads here, the department
 * server's typed reads as the signed-in counselor (bulk-as.ts).
 */

/** A student as the answer names them, and what applying a program starts from. */
export interface BulkStudent {
  firstName: string;
  lastName: string;
  grade: number | null;
}

/** What an action reads before its transaction. */
export interface BulkReads {
  catalog: Catalog;
  /** The action's program (applyProgram), null for markReviewed. */
  program: ProgramOfStudy | null;
  /** The students the action names that the store holds. */
  students: ReadonlyMap<string, BulkStudent>;
}

/** What a change did to one plan, in the counselor's words. */
function describe(action: BulkAction, before: Plan, after: Plan): string {
  if (action.kind === 'markReviewed') return `Marked reviewed on ${after.lastReviewed}.`;
  const added = after.courses.length - before.courses.length;
  const courses = added === 1 ? '1 course' : `${added} courses`;
  return before.programId === after.programId && added === 0 ? 'Already had this program; nothing added.' : `Program set; ${courses} added, nothing the counselor placed removed.`;
}

function nameOf(students: ReadonlyMap<string, BulkStudent>, studentNumber: string): string {
  const s = students.get(studentNumber);
  return s ? `${s.lastName}, ${s.firstName}` : studentNumber;
}

/**
 * One student's part of an action, inside a savepoint: a refusal (ours, before any write, or the
 * database's row-level security mid-write, which on PostgreSQL aborts everything after it unless
 * rolled back to a savepoint) takes back only this student's part and becomes their outcome, one
 * sentence. Any other failure (a serialization failure to retry, a full disk) ends the whole action.
 */
export async function eachStudent(trx: Transaction<StoreSchema>, studentNumber: string, name: string, part: () => Promise<BulkStudentOutcome>): Promise<BulkStudentOutcome> {
  await sql`SAVEPOINT bulk_student`.execute(trx);
  try {
    const outcome = await part();
    await sql`RELEASE SAVEPOINT bulk_student`.execute(trx);
    return outcome;
  } catch (e) {
    const policy = (e as { code?: unknown }).code === POLICY_REFUSED;
    if (!policy && !(e instanceof CounselorError)) throw e;
    await sql`ROLLBACK TO SAVEPOINT bulk_student`.execute(trx);
    await sql`RELEASE SAVEPOINT bulk_student`.execute(trx);
    const refusal = policy ? await caseloadRefusal(trx, studentNumber) : (e as CounselorError);
    const details = refusal.details as { changedBy?: string | null } | undefined;
    const summary = refusal.code === 'stale' ? `Changed again since${details?.changedBy ? ` by ${details.changedBy}` : ''}; left as it is.` : refusal.message;
    return { studentNumber, name, outcome: 'refused', summary, revision: null };
  }
}

export async function bulkChangeOn(
  db: Kysely<StoreSchema>,
  reads: BulkReads,
  studentNumbers: readonly string[],
  action: BulkAction,
  now = new Date(),
  request: ChangeRequest = {},
): Promise<BulkResult> {
  const { catalog, program } = reads;
  const today = localDate(now);
  const results = await writeAs(db, request.actor ?? null, async (trx) => {
    const done: BulkStudentOutcome[] = [];
    for (const number of new Set(studentNumbers)) {
      const student = reads.students.get(number);
      const name = nameOf(reads.students, number);
      if (!student) {
        done.push({ studentNumber: number, name, outcome: 'refused', summary: `No student with number ${number} is in the store.`, revision: null });
        continue;
      }
      done.push(
        await eachStudent(trx, number, name, async () => {
          let summary = '';
          const before = (await readPlanIn(trx, number))?.revision ?? 0;
          const change = (plan: Plan): Plan => {
            const after = program ? applyProgram(plan, program, catalog, { fromYear: firstOpenYear(student.grade) }) : { ...plan, lastReviewed: today };
            summary = describe(action, plan, after);
            return after;
          };
          const detail = action.kind === 'applyProgram' ? { programId: action.programId, bulk: true } : { operation: { op: 'markReviewed' }, bulk: true };
          const revision = await changePlanIn(trx, number, action.kind, change, { ...request, now, detail });
          return revision === before
            ? { studentNumber: number, name, outcome: 'unchanged', summary: 'Nothing to change.', revision: null }
            : { studentNumber: number, name, outcome: 'changed', summary, revision };
        }),
      );
    }
    return done;
  });
  const undo: BulkStep[] = results.flatMap((r) => (r.outcome === 'changed' && r.revision !== null ? [{ studentNumber: r.studentNumber, revision: r.revision }] : []));
  return { results, undo };
}

export async function bulkUndoOn(
  db: Kysely<StoreSchema>,
  students: ReadonlyMap<string, BulkStudent>,
  steps: readonly BulkStep[],
  now = new Date(),
  request: ChangeRequest & { detail?: Record<string, unknown> } = {},
): Promise<BulkUndoResult> {
  const results = await writeAs(db, request.actor ?? null, async (trx) => {
    const done: BulkStudentOutcome[] = [];
    for (const step of steps) {
      // basedOn: only the revision this action produced is taken back; a later change is refused as stale.
      done.push(
        await eachStudent(trx, step.studentNumber, nameOf(students, step.studentNumber), async () => {
          const revision = await undoChangeIn(trx, step.studentNumber, { ...request, now, basedOn: step.revision });
          return { studentNumber: step.studentNumber, name: nameOf(students, step.studentNumber), outcome: 'changed', summary: 'Taken back.', revision };
        }),
      );
    }
    return done;
  });
  return { results };
}

/** The named students the workstation's store holds, read at once. */
export function studentsIn(db: Db, studentNumbers: readonly string[]): Map<string, BulkStudent> {
  const one = db.prepare('SELECT first_name, last_name, grade FROM student WHERE student_number = ?');
  const students = new Map<string, BulkStudent>();
  for (const n of new Set(studentNumbers)) {
    const s = one.get(n) as { first_name: string; last_name: string; grade: number | null } | undefined;
    if (s) students.set(n, { firstName: s.first_name, lastName: s.last_name, grade: s.grade });
  }
  return students;
}

/** The workstation's bulk action (actor null unless given). */
export async function bulkChange(db: Db, studentNumbers: readonly string[], action: BulkAction, now = new Date(), request: ChangeRequest = {}): Promise<BulkResult> {
  const reads: BulkReads = {
    catalog: loadCatalog(db),
    program: action.kind === 'applyProgram' ? getProgram(db, action.programId) : null,
    students: studentsIn(db, studentNumbers),
  };
  return bulkChangeOn(kyselyOverStore(db), reads, studentNumbers, action, now, request);
}

export async function bulkUndo(db: Db, steps: readonly BulkStep[], now = new Date(), request: ChangeRequest = {}): Promise<BulkUndoResult> {
  return bulkUndoOn(kyselyOverStore(db), studentsIn(db, steps.map((s) => s.studentNumber)), steps, now, request);
}
