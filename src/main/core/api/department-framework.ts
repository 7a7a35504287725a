import type { Kysely } from 'kysely';
import { readAs, type Actor } from '../accounts/actor';
import { crosswalkXlsx } from '../framework/crosswalk-xlsx';
import { frameworkIn } from '../framework/framework-reads';
import { migrationPreviewIn } from '../framework/migration-preview';
import { applyMoveAs, undoMoveAs } from '../plans/framework-move-as';
import type { StoreSchema } from '../store/store-schema';
import type { SomeHandlers } from './department';

/** The framework's workbook and the move of every plan to 2024, on the department server as the signed-in counselor. */
export function departmentFrameworkHandlers(db: Kysely<StoreSchema>, actor: Actor | null): SomeHandlers {
  return {
    'framework.crosswalkXlsx': async () => {
      const { fileName, bytes, count } = await crosswalkXlsx(await readAs(db, actor, (trx) => frameworkIn(trx)));
      return { fileName, base64: bytes.toString('base64'), count };
    },
    'framework.migratePreview': () => readAs(db, actor, (trx) => migrationPreviewIn(trx)),
    'framework.migrate': ({ picks }) => applyMoveAs(db, actor, picks),
    'framework.migrateUndo': () => undoMoveAs(db, actor),
  };
}
