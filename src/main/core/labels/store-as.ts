import { sql, type Kysely, type Transaction } from 'kysely';
import { writeAs, type Actor } from '../accounts/actor';
import { installPrintLanguages, type PrintLanguage } from '../pdf/label-registry';
import type { StoreSchema } from '../store/store-schema';
import { labelImportOutcome, readLabelSheet, type LabelImportOutcome } from './import';
import { languageOf, nameTaken, noSuchLanguage, refuseBuiltIn } from './store';

/**
 * The added printout languages on the typed layer (the department server): the same rows, the
 * same reading back and the same refusals as store.ts; a lead (or the operator) writes them, as
 * the table's policies say (migration 18). The server draws on its serving thread, so every print there
 * (preview, job, reprint) installs the database's languages into that thread's registry first,
 * as a workstation's print does into its own thread's.
 */

/** readAddedLanguages (store.ts) inside the caller's transaction; `lower(name)` is NOCASE's ASCII fold on both stores. */
export async function readAddedLanguagesIn(trx: Transaction<StoreSchema>): Promise<PrintLanguage[]> {
  const rows = await trx.selectFrom('printout_language').select(['code', 'name', 'dictionary']).orderBy(sql`lower(name)`).orderBy('code').execute();
  return rows.map(languageOf);
}

/** installStoreLanguages (store.ts) from the department database. */
export async function installLanguagesIn(trx: Transaction<StoreSchema>): Promise<void> {
  installPrintLanguages(await readAddedLanguagesIn(trx));
}

/** importLabelSheet (import.ts) into the department database, as the signed-in lead: one transaction. */
export async function importLabelSheetAs(
  db: Kysely<StoreSchema>,
  actor: Actor | null,
  input: { bytes: Uint8Array; fileName: string; replace: boolean },
  now: Date,
): Promise<LabelImportOutcome> {
  const language = await readLabelSheet(input.bytes, input.fileName);
  return writeAs(db, actor, async (trx) => {
    const outcome = labelImportOutcome(language, await readAddedLanguagesIn(trx), input.replace);
    if (outcome.saved) await saveLanguageIn(trx, language, now, actor?.userName ?? null);
    return outcome;
  });
}

/** saveLanguage (store.ts) inside the caller's transaction. */
async function saveLanguageIn(trx: Transaction<StoreSchema>, language: PrintLanguage, now: Date, by: string | null): Promise<void> {
  const same = await trx
    .selectFrom('printout_language')
    .select('code')
    .where(sql`lower(name)`, '=', sql`lower(${language.name})`)
    .where('code', '<>', language.code)
    .executeTakeFirst();
  if (same) throw nameTaken(same.code, language);
  const row = { name: language.name, dictionary: JSON.stringify(language.dictionary), added_at: now.toISOString(), added_by: by };
  await trx
    .insertInto('printout_language')
    .values({ code: language.code, ...row })
    .onConflict((oc) => oc.column('code').doUpdateSet(row))
    .execute();
}

/** removeLanguage (store.ts) in the department database, as the signed-in lead. */
export async function removeLanguageAs(db: Kysely<StoreSchema>, actor: Actor | null, code: string): Promise<{ code: string; name: string }> {
  refuseBuiltIn(code);
  return writeAs(db, actor, async (trx) => {
    const row = await trx.selectFrom('printout_language').select(['code', 'name']).where('code', '=', code).executeTakeFirst();
    if (!row) throw noSuchLanguage(code);
    await trx.deleteFrom('printout_language').where('code', '=', code).execute();
    return row;
  });
}
