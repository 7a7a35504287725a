import type { HandlersFor } from '../dispatch';
import { crosswalkXlsx } from '../framework/crosswalk-xlsx';
import { readFramework } from '../framework/repository';
import { migrationPreview } from '../framework/migration-preview';
import { applyMove, undoMove } from '../plans/framework-move';
import type { Store } from '../store/connection';
import { byHand } from './edit';

/**
 * The career clusters and pathways, as the store holds them, the crosswalk to 2024 as a workbook,
 * and moving the plans to 2024 (plans/framework-move.ts).
 */
export function frameworkHandlers(store: Store): HandlersFor<'framework'> {
  const edit = byHand(store);
  return {
    'framework.get': () => readFramework(store.db),
    'framework.crosswalkXlsx': async () => {
      const { fileName, bytes, count } = await crosswalkXlsx(readFramework(store.db));
      return { fileName, base64: bytes.toString('base64'), count };
    },
    'framework.migratePreview': () => migrationPreview(store.db),
    'framework.migrate': edit(({ picks }) => applyMove(store.db, picks)),
    'framework.migrateUndo': edit(() => undoMove(store.db)),
  };
}
