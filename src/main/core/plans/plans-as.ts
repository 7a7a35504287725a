import type { Kysely } from 'kysely';
import type { Plan } from '../../../shared/domain/plan';
import type { PlanOperation } from '../../../shared/domain/plan-operation';
import type { PlanView } from '../../../shared/domain/plan-view';
import { readAs, type Actor } from '../accounts/actor';
import { unknownProgram } from '../programs/repository';
import type { StoreSchema } from '../store/store-schema';
import { applyProgram } from './apply-program';
import { changePlan, undoChange } from './change';
import { readPlanIn } from './plan-rows';
import { planReadsIn } from './plan-view-reads';
import { buildPlanView } from './resolve';
import { firstOpenYear, localDate, operationChange } from './update';

/*
 * The plan methods on the typed layer, as a signed-in counselor (the department server): the
 * same change (plans/change.ts: revision, stale refusal, undo step, audit entry in one
 * transaction), the same operation rule (update.ts operationChange) and the same pure view
 * (resolve.ts buildPlanView) as the workstation; only the reads are the typed ones
 * (plan-view-reads.ts). The database's row-level security decides what this counselor may
 * change: a plan outside her caseload fails in the database (see department.ts).
 */

/** One student's plan resolved, read in one snapshot as `actor`. */
export function planAs(db: Kysely<StoreSchema>, actor: Actor | null, studentNumber: string, now = new Date()): Promise<PlanView> {
  return readAs(db, actor, async (trx) => {
    const [reads, stored] = await Promise.all([planReadsIn(trx, studentNumber, now), readPlanIn(trx, studentNumber)]);
    const plan = stored?.plan ?? null;
    return buildPlanView(reads.student, plan, reads.contextFor(plan));
  });
}

/** One typed change based on `basedOn` (the revision the page showed); answers the plan as it now stands. */
export async function updatePlanAs(
  db: Kysely<StoreSchema>,
  actor: Actor | null,
  studentNumber: string,
  op: PlanOperation,
  basedOn: number | undefined,
  now = new Date(),
): Promise<PlanView> {
  // What the operation looks things up in, read before the change's own transaction (as the
  // workstation does): the catalog and programs change only by a lead's hand.
  const reads = await readAs(db, actor, (trx) => planReadsIn(trx, studentNumber, now));
  const change = operationChange(op, {
    catalog: reads.catalog,
    today: localDate(now),
    findProgram: (id) => reads.programs.find((p) => p.id === id) ?? null,
    viewOf: (plan) => buildPlanView(reads.student, plan, reads.contextFor(plan)),
  });
  await changePlan(db, studentNumber, op.op, change, { actor, basedOn, now, detail: { operation: op } });
  return planAs(db, actor, studentNumber, now);
}

/** Takes back the newest change, as `actor`; answers the plan as it now stands. */
export async function undoPlanAs(db: Kysely<StoreSchema>, actor: Actor | null, studentNumber: string, basedOn: number | undefined, now = new Date()): Promise<PlanView> {
  await undoChange(db, studentNumber, { actor, basedOn, now });
  return planAs(db, actor, studentNumber, now);
}

/** Fills the plan from a program of study, as `actor`, keeping what the counselor placed. */
export async function applyProgramAs(
  db: Kysely<StoreSchema>,
  actor: Actor | null,
  studentNumber: string,
  programId: string,
  basedOn: number | undefined,
  now = new Date(),
): Promise<PlanView> {
  const reads = await readAs(db, actor, (trx) => planReadsIn(trx, studentNumber, now));
  const program = reads.programs.find((p) => p.id === programId);
  if (!program) throw unknownProgram(programId);
  const change = (plan: Plan) => applyProgram(plan, program, reads.catalog, { fromYear: firstOpenYear(reads.student.grade) });
  await changePlan(db, studentNumber, 'applyProgram', change, { actor, basedOn, now, detail: { programId } });
  return planAs(db, actor, studentNumber, now);
}
