import type { HandlersFor } from '../dispatch';
import type { Store } from '../store/connection';
import { startSchoolYear } from '../year/start';
import { yearStatus } from '../year/status';
import { undoSchoolYearStart } from '../year/undo';

/** Year-end: the school year now, starting the next one (graduates, grades, reviews), and undoing it. */
export function yearHandlers(store: Store): HandlersFor<'year'> {
  const { db } = store;
  return {
    'year.status': () => yearStatus(db),
    'year.start': ({ schoolYear, dryRun }) => startSchoolYear(db, store.path, schoolYear, { dryRun: dryRun === true }),
    'year.undo': () => undoSchoolYearStart(db, store.path),
  };
}
