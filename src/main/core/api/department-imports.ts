import type { Kysely } from 'kysely';
import { type Actor } from '../accounts/actor';
import { importCatalogAs, previewCatalogAs } from '../courses/catalog-import-as';
import { importProgramsAs } from '../programs/import-as';
import type { StoreSchema } from '../store/store-schema';
import type { SomeHandlers } from './department';
import { schoolChange } from './department-edits';
import { bytesOf } from './edit';

/**
 * The department server's catalog and programs imports (issue 16): the workstation's methods and answers
 * (api/courses.ts, api/programs.ts), each import one writeAs transaction as the signed-in account. The
 * workstation answers them at once, not as jobs, and so does the server. The method gate lets a
 * lead; the database's row-level security refuses anyone else's writes as well (schoolChange).
 */
export function departmentImports(db: Kysely<StoreSchema>, actor: Actor | null): SomeHandlers {
  return {
    'catalog.preview': ({ base64, fileName, sheet, areas }) =>
      previewCatalogAs(db, actor, bytesOf(base64), fileName, { ...(sheet === undefined ? {} : { sheet }), ...(areas === undefined ? {} : { areas }) }),
    'catalog.import': ({ base64, fileName, sheet, areas }) =>
      schoolChange(actor, 'catalog.import', () =>
        importCatalogAs(db, actor, bytesOf(base64), fileName, { ...(sheet === undefined ? {} : { sheet }), ...(areas === undefined ? {} : { areas }) })),
    'programs.import': ({ base64, fileName }) => schoolChange(actor, 'programs.import', () => importProgramsAs(db, actor, bytesOf(base64), fileName)),
  };
}
