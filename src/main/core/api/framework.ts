import type { HandlersFor } from '../dispatch';
import { crosswalkXlsx } from '../framework/crosswalk-xlsx';
import { readFramework } from '../framework/repository';
import type { Store } from '../store/connection';

/** The career clusters and pathways, as the store holds them, and the crosswalk to 2024 as a workbook. */
export function frameworkHandlers(store: Store): HandlersFor<'framework'> {
  return {
    'framework.get': () => readFramework(store.db),
    'framework.crosswalkXlsx': async () => {
      const { fileName, bytes, count } = await crosswalkXlsx(readFramework(store.db));
      return { fileName, base64: bytes.toString('base64'), count };
    },
  };
}
