import type { Kysely } from 'kysely';
import { addAccount } from '../../src/main/core/accounts/accounts';
import type { Actor } from '../../src/main/core/accounts/actor';
import type { Store } from '../../src/main/core/store/connection';
import type { StoreSchema } from '../../src/main/core/store/store-schema';
import { departmentFrom } from '../helpers/postgres';
import { historyStore, importFile } from './history/history-store';

/**
 * A workstation file and a department database holding the same rows (the file moved in by
 * `counselor migrate`'s moveToPostgres), and two counselor accounts for the first two caseloads:
 * what the printing tests on the department server compare, store against store. `prepare` runs
 * on the file before it is moved (an added language, a guardian's preferred language).
 */
export async function printingStores(
  dir: string,
  scratchDatabase: (options?: { asAppRole?: boolean }) => Promise<Kysely<StoreSchema>>,
  prepare: (store: Store) => void = () => undefined,
): Promise<{ store: Store; pg: Kysely<StoreSchema>; first: Actor; second: Actor }> {
  const store = await historyStore(dir);
  await importFile(store, 'powerschool-storedgrades.csv');
  prepare(store);
  // The workstation's side stays the store's own connection (its prints record snapshots).
  const { file, pg } = await departmentFrom(scratchDatabase, store.path);
  file.close();
  const names = store.db.prepare('SELECT DISTINCT counselor FROM student WHERE counselor IS NOT NULL ORDER BY counselor').pluck().all() as string[];
  const account = async (userName: string, displayName: string): Promise<Actor> => {
    await addAccount(pg, { userName, displayName, role: 'counselor', password: 'correct horse battery' });
    return { userName, displayName, role: 'counselor' };
  };
  return { store, pg, first: await account('first', names[0]!), second: await account('second', names[1]!) };
}
