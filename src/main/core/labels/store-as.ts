import { sql, type Transaction } from 'kysely';
import { installPrintLanguages, type PrintLanguage } from '../pdf/label-registry';
import type { StoreSchema } from '../store/store-schema';
import { languageOf } from './store';

/**
 * The added printout languages on the typed layer (the department server): the same rows and the
 * same reading back as store.ts. The server draws on its serving thread, so every print there
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
