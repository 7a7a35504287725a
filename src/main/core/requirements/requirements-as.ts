import { sql, type Kysely, type Transaction } from 'kysely';
import type { SubjectArea } from '../../../shared/domain/catalog';
import { RequirementSet as RequirementSetSchema, WISCONSIN_MINIMUMS, type RequirementSet } from '../../../shared/domain/requirements';
import { readAs, writeAs, type Actor } from '../accounts/actor';
import { recordAudit } from '../audit/log';
import type { StoreSchema } from '../store/store-schema';
import { requirementRows, toRequirementSet, type RuleRecord, type SetRecord } from './repository';

/*
 * Graduation requirements on the department server (requirements.get, requirements.save) as the
 * signed-in account: the workstation's lookup (a class's own set, else the default, else
 * Wisconsin's minimums; plan-view-reads.ts requirementSetsIn) and rows (repository.ts
 * requirementRows). A save replaces the class year's set whole in one writeAs transaction with
 * one school-wide audit entry (it changes every plan of that class's standing). Who may write is
 * the database's (migration 15): a counselor's DELETE finds nothing, her INSERT fails with 42501.
 */

/** Every requirement set, looked up by class year (the default set, else Wisconsin's minimums, for a class without its own). */
export async function requirementSetsIn(trx: Transaction<StoreSchema>): Promise<(classYear: number | null) => RequirementSet> {
  const [records, areas, rules] = await Promise.all([
    trx.selectFrom('requirement_set').selectAll().execute() as unknown as Promise<SetRecord[]>,
    trx.selectFrom('requirement_area').select(['set_id', 'area', 'credits']).orderBy('set_id').orderBy('position').execute(),
    trx.selectFrom('requirement_rule').selectAll().orderBy('set_id').orderBy('position').execute(),
  ]);
  const sets = new Map(
    records.map((r) => [
      r.class_year ?? 0,
      toRequirementSet(
        r,
        // Without the set's id: the set read is the workstation's { area, credits }.
        areas.filter((a) => a.set_id === r.id).map((a) => ({ area: a.area as SubjectArea, credits: a.credits })),
        rules.filter((x) => x.set_id === r.id) as unknown as RuleRecord[],
      ),
    ]),
  );
  const fallback = sets.get(0) ?? WISCONSIN_MINIMUMS;
  return (classYear) => (classYear !== null ? sets.get(classYear) : undefined) ?? fallback;
}

export function requirementsAs(db: Kysely<StoreSchema>, actor: Actor | null, classYear: number | null): Promise<RequirementSet> {
  return readAs(db, actor, async (trx) => (await requirementSetsIn(trx))(classYear));
}

export function saveRequirementsAs(db: Kysely<StoreSchema>, actor: Actor | null, input: RequirementSet, now = new Date()): Promise<RequirementSet> {
  const set = RequirementSetSchema.parse(input);
  return writeAs(db, actor, async (trx) => {
    const rows = requirementRows(set, now.toISOString());
    await trx.deleteFrom('requirement_set').where(sql<boolean>`coalesce(class_year, 0) = ${set.classYear ?? 0}`).execute();
    const { id } = await trx.insertInto('requirement_set').values(rows.set).returning('id').executeTakeFirstOrThrow();
    const setId = Number(id);
    if (rows.areas.length > 0) await trx.insertInto('requirement_area').values(rows.areas.map((a) => ({ ...a, set_id: setId }))).execute();
    if (rows.rules.length > 0) await trx.insertInto('requirement_rule').values(rows.rules.map((r) => ({ ...r, set_id: setId }))).execute();
    await recordAudit(trx, actor, { studentNumber: null, action: 'requirements.save', detail: { set } }, now);
    return set;
  });
}
