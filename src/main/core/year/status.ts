import type { Database as Db } from 'better-sqlite3';
import { localIsoDate } from '../../../shared/domain/common';
import { schoolYearEnd } from '../../../shared/domain/school-year';
import type { YearStartRecord, YearStatus } from '../../../shared/domain/year';
import { schoolYearText } from '../../../shared/domain/year';
import { startedSchoolYear } from '../plans/school-year';
import type { StartedSchoolYear } from '../plans/status';
import { previewOf, reviewedPlans, yearStartChangesInSlices, type YearStartChanges } from './changes';
import { importsSince, latestStart } from './repository';
import { currentSchoolYearOf, startRefusalOf } from './start';
import { undoRefusalOf } from './undo';

/** What the School year page's answer is read from: the workstation's file and the department database each answer these. */
export interface YearReads {
  started(): Promise<StartedSchoolYear | null>;
  latestStart(): Promise<YearStartRecord | null>;
  importsSince(startedAt: string): Promise<{ roster: number; history: number }>;
  /** Which plans show "reviewed" on `now`. */
  reviewed(now: Date): Promise<ReadonlySet<string>>;
  changes(schoolYear: number, now: Date, reviewed: ReadonlySet<string>): Promise<YearStartChanges>;
}

/** The workstation's reads, in slices of the serving thread (year/changes.ts). */
export function yearReadsOf(db: Db): YearReads {
  return {
    started: async () => startedSchoolYear(db),
    latestStart: async () => latestStart(db),
    importsSince: async (startedAt) => importsSince(db, startedAt),
    reviewed: (now) => reviewedPlans(db, now),
    changes: (schoolYear, now, reviewed) => yearStartChangesInSlices(db, schoolYear, now, reviewed),
  };
}

/**
 * What the School year page shows: the year now, the last start and whether undo is open, the
 * calendar's year when it was never started (a late start), and the next start's preview. Counted
 * in slices of the serving thread (year/changes.ts), so the page's question never holds a plan save.
 */
export function yearStatus(db: Db, now = new Date()): Promise<YearStatus> {
  return yearStatusFrom(yearReadsOf(db), now);
}

/** yearStatus over either store's reads: the same rules, so the same answer for the same school. */
export async function yearStatusFrom(reads: YearReads, now: Date): Promise<YearStatus> {
  const started = await reads.started();
  const current = currentSchoolYearOf(started, now);
  const calendar = schoolYearEnd(localIsoDate(now));
  const start = await reads.latestStart();
  const next = current + 1;
  const reviewed = await reads.reviewed(now);
  const late = startRefusalOf(started, calendar, now) === null ? previewOf(await reads.changes(calendar, now, reviewed)) : null;
  const imports = start === null ? null : await reads.importsSince(start.startedAt);
  return {
    currentSchoolYear: schoolYearText(current),
    lastStart: start ? { ...start, undoRefusal: undoRefusalOf(start, imports) } : null,
    lateStart: late,
    next: { ...previewOf(await reads.changes(next, now, reviewed)), startRefusal: startRefusalOf(started, next, now) },
  };
}
