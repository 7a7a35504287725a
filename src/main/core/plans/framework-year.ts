import type { Database as Db } from 'better-sqlite3';
import type { Transaction } from 'kysely';
import { editionForYear, FrameworkYears, type FrameworkEdition, type FrameworkYear } from '../../../shared/domain/framework-choice';
import { schoolYearEnd } from '../../../shared/domain/school-year';
import type { StoreSchema } from '../store/store-schema';

/*
 * The school's framework for new plans, per school year (migration 22's framework_year), read and
 * written on both stores. The rule is shared/domain/framework-choice.ts editionForYear; this file
 * only reads the rows and writes the Settings page's list. Here, beside the plans that are made by
 * it, so the plans never depend on the settings folder (which depends on printing, which on plans).
 */

type Trx = Transaction<StoreSchema>;

interface Row {
  school_year: number;
  edition: FrameworkEdition;
}

const toYears = (rows: readonly Row[]): FrameworkYear[] => rows.map((r) => ({ schoolYear: r.school_year, edition: r.edition }));

export function frameworkYears(db: Db): FrameworkYear[] {
  return toYears(db.prepare('SELECT school_year, edition FROM framework_year ORDER BY school_year').all() as Row[]);
}

export async function frameworkYearsIn(trx: Trx): Promise<FrameworkYear[]> {
  return toYears(await trx.selectFrom('framework_year').select(['school_year', 'edition']).orderBy('school_year').execute());
}

/** The framework a plan made `today` starts on (the school year today falls in). */
export function newPlanEdition(db: Db, today: Date): FrameworkEdition {
  return editionForYear(frameworkYears(db), schoolYearEnd(today));
}

export async function newPlanEditionIn(trx: Trx, today: Date): Promise<FrameworkEdition> {
  return editionForYear(await frameworkYearsIn(trx), schoolYearEnd(today));
}

/** What saving `wanted` changes: years added or changed, and years taken out (a year left as it was keeps who set it). */
export function frameworkYearChanges(before: readonly FrameworkYear[], wanted: readonly FrameworkYear[]): { put: FrameworkYear[]; remove: number[] } {
  const had = new Map(before.map((y) => [y.schoolYear, y.edition]));
  const keep = new Set(wanted.map((y) => y.schoolYear));
  return { put: wanted.filter((y) => had.get(y.schoolYear) !== y.edition), remove: before.filter((y) => !keep.has(y.schoolYear)).map((y) => y.schoolYear) };
}

/** Writes the list on the workstation, inside the caller's transaction; answers what changed. */
export function saveFrameworkYears(db: Db, input: readonly FrameworkYear[], now: Date, by: string | null): { put: FrameworkYear[]; remove: number[] } {
  const changes = frameworkYearChanges(frameworkYears(db), FrameworkYears.parse(input));
  const put = db.prepare(
    `INSERT INTO framework_year (school_year, edition, changed_at, changed_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (school_year) DO UPDATE SET edition = excluded.edition, changed_at = excluded.changed_at, changed_by = excluded.changed_by`,
  );
  for (const y of changes.put) put.run(y.schoolYear, y.edition, now.toISOString(), by);
  const remove = db.prepare('DELETE FROM framework_year WHERE school_year = ?');
  for (const year of changes.remove) remove.run(year);
  return changes;
}

/**
 * The typed twin, inside the caller's transaction: the department server's row-level security lets
 * a lead or the operator write (migration 22); a counselor's write is refused by the database.
 */
export async function saveFrameworkYearsIn(trx: Trx, input: readonly FrameworkYear[], now: Date, by: string | null): Promise<{ put: FrameworkYear[]; remove: number[] }> {
  const changes = frameworkYearChanges(await frameworkYearsIn(trx), FrameworkYears.parse(input));
  for (const y of changes.put) {
    const row = { school_year: y.schoolYear, edition: y.edition, changed_at: now.toISOString(), changed_by: by };
    await trx.insertInto('framework_year').values(row).onConflict((oc) => oc.column('school_year').doUpdateSet({ edition: row.edition, changed_at: row.changed_at, changed_by: row.changed_by })).execute();
  }
  if (changes.remove.length > 0) await trx.deleteFrom('framework_year').where('school_year', 'in', changes.remove).execute();
  return changes;
}
