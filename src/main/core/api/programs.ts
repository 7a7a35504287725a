import type { HandlersFor } from '../dispatch';
import { exportPrograms } from '../programs/export';
import { importPrograms } from '../programs/import';
import { copyProgram, getProgram, listPrograms, saveProgram } from '../programs/repository';
import type { Store } from '../store/connection';
import { byHand, bytesOf } from './edit';

/** Programs of study: edited by hand, copied, and exchanged with other schools as spreadsheets. */
export function programHandlers(store: Store): HandlersFor<'programs'> {
  const { db } = store;
  const edit = byHand(store);
  return {
    'programs.list': () => ({ programs: listPrograms(db) }),
    'programs.get': ({ id }) => getProgram(db, id),
    'programs.save': edit((program) => saveProgram(db, program)),
    'programs.copy': edit(({ id, name }) => copyProgram(db, id, name)),
    'programs.export': async ({ ids }) => {
      const { fileName, bytes, count } = await exportPrograms(db, ids);
      return { fileName, base64: bytes.toString('base64'), count };
    },
    'programs.import': ({ base64, fileName }) => importPrograms(db, bytesOf(base64), fileName, { storePath: store.path }),
  };
}
