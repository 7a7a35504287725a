import type { Kysely, Transaction } from 'kysely';
import { newPlan, Plan as PlanSchema, type Plan } from '../../../shared/domain/plan';
import { CounselorError } from '../../../shared/errors';
import { writeAs, type Actor } from '../accounts/actor';
import { recordAudit } from '../audit/log';
import { refusedByPolicy } from '../store/row-security';
import type { StoreSchema } from '../store/store-schema';
import { unknownStudent } from '../students/repository';
import { newPlanEditionIn } from './framework-year';
import { deletePlanIn, readPlanIn, writePlanIn, type StoredPlan } from './plan-rows';
import { staleRefusal } from './stale';

/**
 * A counselor's change to a plan, on the typed layer: the same code on the workstation's SQLite
 * store and the department server's PostgreSQL. One transaction (writeAs: it declares the actor
 * for the server's row-level security) reads the plan, refuses a change based on an older
 * revision, applies the change (a pure function), validates, writes the plan with the next
 * revision and who made it, keeps the plan as it was for undo, and writes the audit entry. So a
 * change is saved whole, with its undo step and its entry, or not at all; a change that changes
 * nothing writes nothing.
 */

/** Undo reaches back this many changes per student; older snapshots are dropped. */
export const UNDO_DEPTH = 50;

export interface ChangeRequest {
  /** The revision the counselor's page showed; when the store holds another, the change is refused. */
  basedOn?: number;
  /** Who makes it; null (the default) is the workstation's counselor or the command line. */
  actor?: Actor | null;
  now?: Date;
}

/**
 * The change `change` makes to the student's plan (an empty one if there is none yet), saved as
 * `action` with `detail` in the audit log. Resolves to the plan's revision after it. On the
 * department server `change` may run again (a serialization retry): it must only compute.
 */
export async function changePlan(
  db: Kysely<StoreSchema>,
  studentNumber: string,
  action: string,
  change: (plan: Plan) => Plan,
  request: ChangeRequest & { detail?: Record<string, unknown> } = {},
): Promise<number> {
  return writeAs(db, request.actor ?? null, (trx) => changePlanIn(trx, studentNumber, action, change, request));
}

/**
 * changePlan inside the caller's transaction (a change to many plans at once is one transaction).
 * Every refusal comes before anything is written, so a caller may catch one and go on.
 */
export async function changePlanIn(
  trx: Transaction<StoreSchema>,
  studentNumber: string,
  action: string,
  change: (plan: Plan) => Plan,
  request: ChangeRequest & { detail?: Record<string, unknown> } = {},
): Promise<number> {
  const { actor = null, now = new Date() } = request;
  await refuseUnlessEditable(trx, studentNumber);
  const stored = await readPlanIn(trx, studentNumber);
  refuseIfStale(stored, request.basedOn, now);
  const before = stored?.plan ?? null;
  // A plan made by this change starts on the framework this school year's new plans use.
  const parsed = PlanSchema.safeParse(change(before ?? newPlan(studentNumber, await newPlanEditionIn(trx, now))));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'plan'}: ${i.message}`).join('; ');
    throw new CounselorError('invalid_input', `That change would leave the plan invalid (${problems}).`, parsed.error.issues);
  }
  const after = parsed.data;
  if (stored !== null && JSON.stringify(after) === JSON.stringify(PlanSchema.parse(stored.plan))) return stored.revision;
  const revision = (stored?.revision ?? 0) + 1;
  await writePlanIn(trx, after, now, { revision, changedBy: actor?.displayName ?? null });
  await trx
    .insertInto('plan_history')
    .values({ student_number: studentNumber, changed_at: now.toISOString(), operation: action, snapshot: JSON.stringify(before) })
    .execute();
  await trx
    .deleteFrom('plan_history')
    .where('student_number', '=', studentNumber)
    .where('id', 'not in', (eb) =>
      eb.selectFrom('plan_history').select('id').where('student_number', '=', studentNumber).orderBy('id', 'desc').limit(UNDO_DEPTH),
    )
    .execute();
  await recordAudit(trx, actor, { studentNumber, action, detail: { ...request.detail, revision } }, now);
  return revision;
}

/**
 * Takes back the newest change: the snapshot taken before it is written back (a plan that did
 * not exist before is removed) as a change of its own — the next revision, audited as 'undo'.
 * With nothing to undo nothing is written. Resolves to the plan's revision after it (0 once removed).
 */
export async function undoChange(db: Kysely<StoreSchema>, studentNumber: string, request: ChangeRequest = {}): Promise<number> {
  return writeAs(db, request.actor ?? null, (trx) => undoChangeIn(trx, studentNumber, request));
}

/** undoChange inside the caller's transaction; refusals come before anything is written. */
export async function undoChangeIn(
  trx: Transaction<StoreSchema>,
  studentNumber: string,
  request: ChangeRequest & { detail?: Record<string, unknown> } = {},
): Promise<number> {
  const { actor = null, now = new Date() } = request;
  await refuseUnlessEditable(trx, studentNumber);
  const stored = await readPlanIn(trx, studentNumber);
  refuseIfStale(stored, request.basedOn, now);
  const last = await trx
    .selectFrom('plan_history')
    .select(['id', 'operation', 'snapshot'])
    .where('student_number', '=', studentNumber)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last) return stored?.revision ?? 0;
  const snapshot = JSON.parse(last.snapshot) as Plan | null;
  // A removed plan has no row to count on: the next change to it starts again from revision 1.
  const revision = snapshot === null ? 0 : (stored?.revision ?? 0) + 1;
  if (snapshot === null) await deletePlanIn(trx, studentNumber);
  else await writePlanIn(trx, snapshot, now, { revision, changedBy: actor?.displayName ?? null });
  // Read a moment ago in this transaction: none deleted means a policy hid it (another caseload's).
  const taken = await trx.deleteFrom('plan_history').where('id', '=', last.id).executeTakeFirst();
  if (Number(taken.numDeletedRows) !== 1) throw refusedByPolicy('plan_history');
  await recordAudit(trx, actor, { studentNumber, action: 'undo', detail: { ...request.detail, undid: last.operation, revision } }, now);
  return revision;
}

/**
 * A plan changes only for a student in the store, and never once they graduated: a graduate's
 * plan is the record of what they did (kept, printed and exported). Read inside the write
 * transaction, so a school year started in another window counts.
 */
async function refuseUnlessEditable(trx: Transaction<StoreSchema>, studentNumber: string): Promise<void> {
  const s = await trx
    .selectFrom('student')
    .select(['first_name', 'last_name', 'class_year', 'status'])
    .where('student_number', '=', studentNumber)
    .executeTakeFirst();
  if (!s) throw unknownStudent(studentNumber);
  if (s.status !== 'graduated') return;
  const classOf = s.class_year === null ? '' : ` with the class of ${s.class_year}`;
  throw new CounselorError(
    'conflict',
    `${s.first_name} ${s.last_name} graduated${classOf}, so the plan is kept read-only: print or export it as it is, or undo the school year start (School year page) to change it.`,
  );
}

/** No silent last-writer-wins: a change based on a revision the store no longer holds is refused whole. */
function refuseIfStale(stored: StoredPlan | null, basedOn: number | undefined, now: Date): void {
  const revision = stored?.revision ?? 0;
  if (basedOn === undefined || basedOn === revision) return;
  throw staleRefusal(stored, revision, now);
}
