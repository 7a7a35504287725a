import type { HandlersFor } from '../dispatch';
import type { Store } from '../store/connection';
import { startSchoolYear } from '../year/start';
import { yearStatus } from '../year/status';
import { undoSchoolYearStart } from '../year/undo';
import { reactivateGraduate } from '../year/reactivate';

/** Year-end: the school year now, starting the next one (graduates, grades, reviews), undoing it, and making one graduate active again. */
export function yearHandlers(store: Store): HandlersFor<'year'> {
  const { db } = store;
  return {
    'year.status': () => yearStatus(db),
    'year.start': ({ schoolYear, dryRun }) => startSchoolYear(db, store.path, schoolYear, { dryRun: dryRun === true }),
    'year.undo': () => undoSchoolYearStart(db, store.path),
    'year.reactivate': ({ studentNumber }) => reactivateGraduate(db, studentNumber),
  };
}
