import type { Kysely, Transaction } from 'kysely';
import { Plan as PlanSchema, type Plan } from '../../../shared/domain/plan';
import { readAs, writeAs, type Actor } from '../accounts/actor';
import type { StoreSchema } from '../store/store-schema';
import { CHILD_ORDER, CHILD_TABLES, planChildRows, planColumns, toPlan, type PlanChildren } from './plan-record';

/**
 * The plan on the typed layer, the same code over the workstation's SQLite store and the
 * department server's PostgreSQL (docs/ARCHITECTURE.md, "Two stores"): the caseload's student
 * rows, and a plan read and written whole inside a transaction the caller holds (plans/change.ts
 * is the counselor's change; loadPlan and savePlan are the whole-plan read and write on their own).
 */

export interface StudentRow {
  studentNumber: string;
  firstName: string;
  lastName: string;
  grade: number | null;
  counselor: string | null;
  status: 'active' | 'not_in_latest_roster' | 'graduated';
}

/**
 * Students in caseload order. lower() folds ASCII only on both stores (SQLite's built-in, and
 * PostgreSQL's on "C"-collated text), as SQLite's NOCASE does; the ties break on the number.
 */
export async function listStudentRows(db: Kysely<StoreSchema>): Promise<StudentRow[]> {
  return db
    .selectFrom('student')
    .select(['student_number as studentNumber', 'first_name as firstName', 'last_name as lastName', 'grade', 'counselor', 'status'])
    .orderBy((eb) => eb.fn('lower', ['last_name']))
    .orderBy((eb) => eb.fn('lower', ['first_name']))
    .orderBy('student_number')
    .execute();
}

/** A stored plan with what the store keeps about its latest change. */
export interface StoredPlan {
  plan: Plan;
  /** How many changes have been saved to it (plan.revision). */
  revision: number;
  /** Who made the latest change (an account's display name); null on a workstation. */
  changedBy: string | null;
  /** When the latest change was saved (ISO). */
  updatedAt: string;
}

/** The stored plan, or null when the student has none yet: its rows read from one snapshot. */
export async function loadPlan(db: Kysely<StoreSchema>, studentNumber: string, actor: Actor | null = null): Promise<Plan | null> {
  return (await readAs(db, actor, (trx) => readPlanIn(trx, studentNumber)))?.plan ?? null;
}

/** The plan inside the caller's transaction (its child tables read side by side). */
export async function readPlanIn(trx: Transaction<StoreSchema>, studentNumber: string): Promise<StoredPlan | null> {
  const r = await trx.selectFrom('plan').selectAll().where('student_number', '=', studentNumber).executeTakeFirst();
  if (!r) return null;
  const lists = await Promise.all(
    CHILD_TABLES.map((table) =>
      trx.selectFrom(table).selectAll().where('student_number', '=', studentNumber).orderBy(CHILD_ORDER[table]).execute(),
    ),
  );
  const children = Object.fromEntries(CHILD_TABLES.map((table, i) => [table, lists[i]])) as unknown as PlanChildren;
  return { plan: toPlan(r, children), revision: r.revision, changedBy: r.changed_by, updatedAt: r.updated_at };
}

/** What a counselor's change stamps on the plan row; left out, a save keeps the row's own. */
export interface PlanStamp {
  revision: number;
  changedBy: string | null;
}

/**
 * Writes a plan whole inside the caller's transaction: the plan row upserted, its child rows
 * replaced. A plan is a few dozen rows, so replacing is cheap and makes every change (and every
 * undo) the same simple write. Validated against the contract's schema first.
 */
export async function writePlanIn(trx: Transaction<StoreSchema>, input: Plan, now: Date, stamp?: PlanStamp): Promise<void> {
  const plan = PlanSchema.parse(input);
  const key = plan.studentNumber;
  const row = {
    ...planColumns(plan),
    updated_at: now.toISOString(),
    ...(stamp ? { revision: stamp.revision, changed_by: stamp.changedBy } : {}),
  };
  await trx
    .insertInto('plan')
    .values({ student_number: key, ...row })
    .onConflict((oc) => oc.column('student_number').doUpdateSet(row))
    .execute();
  for (const table of CHILD_TABLES) await trx.deleteFrom(table).where('student_number', '=', key).execute();
  const rows = planChildRows(plan);
  // One multi-row INSERT per table: a round trip each on the department server, not one per row.
  for (const table of CHILD_TABLES) {
    const list = rows[table];
    if (list.length) await trx.insertInto(table).values(list as never).execute();
  }
}

/** Only undo of a plan's first change removes a plan; children go with it (ON DELETE CASCADE). */
export async function deletePlanIn(trx: Transaction<StoreSchema>, studentNumber: string): Promise<void> {
  await trx.deleteFrom('plan').where('student_number', '=', studentNumber).execute();
}

/** A plan written whole in its own transaction (a copy, a load): not a counselor's change, so no revision or audit entry. */
export async function savePlan(db: Kysely<StoreSchema>, input: Plan, now = new Date(), actor: Actor | null = null): Promise<void> {
  await writeAs(db, actor, (trx) => writePlanIn(trx, input, now));
}
