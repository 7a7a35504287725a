import type { Transaction } from 'kysely';
import type { StoreSchema } from '../store/store-schema';
import { printChoicesFrom, settingsOf, settingsRowLost, type AskedPrintChoices, type PrintChoices, type SettingsRow } from './settings';

/**
 * printChoices on the typed layer (the department server's print runs): the same rule
 * (printChoicesFrom), the school's settings read inside the caller's transaction.
 */
export async function printChoicesIn(trx: Transaction<StoreSchema>, asked: AskedPrintChoices): Promise<PrintChoices> {
  const settings = settingsOf(await settingsRowIn(trx));
  // Read only when the rule falls back to it: the school the most recent printout named.
  const last =
    asked.school === undefined && settings.schoolName === null
      ? ((await trx.selectFrom('print_snapshot').select('school').where('school', 'is not', null).orderBy('id', 'desc').limit(1).executeTakeFirst())?.school ?? null)
      : null;
  return printChoicesFrom(settings, () => last, asked);
}

/** The school's settings row on the typed layer (migration 16 makes it and nothing removes it). */
export async function settingsRowIn(trx: Transaction<StoreSchema>): Promise<SettingsRow> {
  const row = await trx
    .selectFrom('school_settings')
    .select(['school_name', 'default_paper', 'family_language', 'changed_at', 'changed_by'])
    .where('id', '=', 1)
    .executeTakeFirst();
  if (!row) throw settingsRowLost();
  return row;
}
