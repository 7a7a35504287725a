import { sql, type Kysely, type Transaction } from 'kysely';
import { SchoolSettings, type InstalledLanguage, type SettingsView } from '../../../shared/domain/settings';
import { CounselorError } from '../../../shared/errors';
import { readAs, writeAs, type Actor } from '../accounts/actor';
import { installedLanguagesOf } from '../labels/store';
import { refusedByPolicy } from '../store/row-security';
import type { StoreSchema } from '../store/store-schema';
import { settingsViewOf } from './settings';
import { settingsRowIn } from './settings-reads';
import { recordAudit } from '../audit/log';
import { frameworkYearsIn, saveFrameworkYearsIn } from '../plans/framework-year';

/*
 * The settings page on the department server (settings.get, settings.save) as the signed-in
 * account: the workstation's view (settings.ts settingsViewOf) and checks (SchoolSettings, an
 * installed language) over typed reads in one snapshot. A save records who made it in the row
 * (changed_by: the account's display name), as the workstation's does; it writes no audit entry,
 * the log being read per student and the settings naming no student, except for the framework new
 * plans use per school year (one school-wide entry, as a program's change has: it shapes every new plan). Who may save is the database's
 * too (migration 16: a lead or the operator): a refused UPDATE finds no row (refusedByPolicy).
 */

type Trx = Transaction<StoreSchema>;

/** labels/store.ts listLanguages on the typed layer: the shipped languages, then the added ones by name. */
async function languagesIn(trx: Trx): Promise<InstalledLanguage[]> {
  const rows = await trx.selectFrom('printout_language').select(['code', 'name', 'dictionary', 'added_at', 'added_by']).orderBy(sql`lower(name)`).execute();
  return installedLanguagesOf(rows);
}

export async function settingsViewIn(trx: Trx, today: Date = new Date()): Promise<SettingsView> {
  const row = await settingsRowIn(trx);
  const counselors = await trx
    .selectFrom('student')
    .select(['counselor', sql<number>`count(*)`.as('students')])
    .where('status', '=', 'active')
    .where('counselor', 'is not', null)
    .where(sql<boolean>`trim(counselor) <> ''`)
    .groupBy('counselor')
    // COLLATE NOCASE's order on the workstation: lower() folds ASCII alike on both stores.
    .orderBy(sql`lower(counselor)`)
    .execute();
  const last =
    row.school_name === null
      ? ((await trx.selectFrom('print_snapshot').select('school').where('school', 'is not', null).orderBy('id', 'desc').limit(1).executeTakeFirst())?.school ?? null)
      : null;
  return settingsViewOf(
    row,
    await languagesIn(trx),
    counselors.map((c) => ({ name: c.counselor!, students: Number(c.students) })),
    () => last,
    { years: await frameworkYearsIn(trx), today },
  );
}

export function settingsAs(db: Kysely<StoreSchema>, actor: Actor | null, today = new Date()): Promise<SettingsView> {
  return readAs(db, actor, (trx) => settingsViewIn(trx, today));
}

export function saveSettingsAs(db: Kysely<StoreSchema>, actor: Actor | null, input: SchoolSettings, now = new Date()): Promise<SettingsView> {
  const settings = SchoolSettings.parse(input);
  return writeAs(db, actor, async (trx) => {
    if (settings.familyLanguage !== 'family') {
      const known = (await languagesIn(trx)).map((l) => l.code);
      // pdf/label-registry.ts requireLanguage's sentence; that check reads the workstation's process-wide registry, this one the store.
      if (!known.includes(settings.familyLanguage)) {
        throw new CounselorError('invalid_input', `No printout language has the code "${settings.familyLanguage}"; the installed ones are ${known.join(', ')}.`, { lang: settings.familyLanguage });
      }
    }
    const { numUpdatedRows } = await trx
      .updateTable('school_settings')
      .set({ school_name: settings.schoolName, default_paper: settings.defaultPaper, family_language: settings.familyLanguage, changed_at: now.toISOString(), changed_by: actor?.displayName ?? null })
      .where('id', '=', 1)
      .executeTakeFirst();
    if (Number(numUpdatedRows) !== 1) throw refusedByPolicy('school_settings');
    if (settings.frameworkYears) {
      const { put, remove } = await saveFrameworkYearsIn(trx, settings.frameworkYears, now, actor?.displayName ?? null);
      // Audited, unlike the rest of the page: it decides which framework every new plan is made on.
      if (put.length + remove.length > 0) await recordAudit(trx, actor, { studentNumber: null, action: 'settings.frameworkYears', detail: { put, remove } }, now);
    }
    return settingsViewIn(trx, now);
  });
}
