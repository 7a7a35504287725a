import type { Database as Db } from 'better-sqlite3';
import type { YearStatus } from '../../../shared/domain/year';
import { schoolYearText } from '../../../shared/domain/year';
import { previewOf, reviewedPlans, yearStartChanges } from './changes';
import { latestStart } from './repository';
import { currentSchoolYear, startRefusal } from './start';
import { undoRefusal } from './undo';

/** What the School year page shows: the year now, the last start and whether undo is open, and the next start's preview. */
export async function yearStatus(db: Db, now = new Date()): Promise<YearStatus> {
  const current = currentSchoolYear(db, now);
  const start = latestStart(db);
  const next = current + 1;
  return {
    currentSchoolYear: schoolYearText(current),
    lastStart: start ? { ...start, undoRefusal: undoRefusal(db, start) } : null,
    next: { ...previewOf(yearStartChanges(db, next, now, await reviewedPlans(db, now))), startRefusal: startRefusal(db, next, now) },
  };
}
