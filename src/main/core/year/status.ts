import type { Database as Db } from 'better-sqlite3';
import { localIsoDate } from '../../../shared/domain/common';
import { schoolYearEnd } from '../../../shared/domain/school-year';
import type { YearStatus } from '../../../shared/domain/year';
import { schoolYearText } from '../../../shared/domain/year';
import { previewOf, reviewedPlans, yearStartChangesInSlices } from './changes';
import { latestStart } from './repository';
import { currentSchoolYear, startRefusal } from './start';
import { undoRefusal } from './undo';

/**
 * What the School year page shows: the year now, the last start and whether undo is open, the
 * calendar's year when it was never started (a late start), and the next start's preview. Counted
 * in slices of the serving thread (year/changes.ts), so the page's question never holds a plan save.
 */
export async function yearStatus(db: Db, now = new Date()): Promise<YearStatus> {
  const current = currentSchoolYear(db, now);
  const calendar = schoolYearEnd(localIsoDate(now));
  const start = latestStart(db);
  const next = current + 1;
  const reviewed = await reviewedPlans(db, now);
  const late = startRefusal(db, calendar, now) === null ? previewOf(await yearStartChangesInSlices(db, calendar, now, reviewed)) : null;
  return {
    currentSchoolYear: schoolYearText(current),
    lastStart: start ? { ...start, undoRefusal: undoRefusal(db, start) } : null,
    lateStart: late,
    next: { ...previewOf(await yearStartChangesInSlices(db, next, now, reviewed)), startRefusal: startRefusal(db, next, now) },
  };
}
