import type { Database as Db } from 'better-sqlite3';
import { localIsoDate } from '../../../shared/domain/common';
import { schoolYearEnd } from '../../../shared/domain/school-year';
import type { YearStartResult } from '../../../shared/domain/year';
import { schoolYearEndOf, schoolYearText } from '../../../shared/domain/year';
import { CounselorError } from '../../../shared/errors';
import { startedSchoolYear } from '../plans/school-year';
import type { StartedSchoolYear } from '../plans/status';
import { recordAuditsSync } from '../audit/log';
import { backupStore } from '../store/backup';
import { writeTransaction } from '../store/transaction';
import { yearStartAuditRecords } from './audit';
import { previewOf, reviewedPlans, yearStartChanges, yearStartChangesInSlices } from './changes';
import { latestStart, recordStart } from './repository';

/** The school year now (ending year): the calendar's (August–July), or a later one the counselor started. */
export function currentSchoolYear(db: Db, now: Date): number {
  return currentSchoolYearOf(startedSchoolYear(db), now);
}

/** currentSchoolYear from the latest start not undone, however the store read it. */
export function currentSchoolYearOf(started: StartedSchoolYear | null, now: Date): number {
  return Math.max(schoolYearEnd(localIsoDate(now)), started?.schoolYear ?? 0);
}

/**
 * Why school year `target` (ending year) cannot be started now, or null. Two can: the year after
 * the current one (early, at year-end), once, not one skipped and not the one after a year that
 * was started early and has not begun by the calendar (two starts in one summer would graduate a
 * class that has a year to go); and the calendar's own school year when it was never started here
 * (late, in October): the changes leave alone every student a roster since August 1 lists, so
 * neither start moves a grade twice (year/changes.ts).
 */
export function startRefusal(db: Db, target: number, now: Date): string | null {
  return startRefusalOf(startedSchoolYear(db), target, now);
}

/** startRefusal from the latest start not undone: the rule both stores ask. */
export function startRefusalOf(started: StartedSchoolYear | null, target: number, now: Date): string | null {
  const calendar = schoolYearEnd(localIsoDate(now));
  const current = Math.max(calendar, started?.schoolYear ?? 0);
  const name = schoolYearText;
  if (started !== null && started.schoolYear >= target) {
    return started.schoolYear === target
      ? `School year ${name(target)} was already started on ${started.startedOn}; undo that start first if it must be made again.`
      : `School year ${name(target)} cannot be started: ${name(started.schoolYear)} was started on ${started.startedOn}, and a school year is never started after a later one.`;
  }
  if (target === calendar) return null;
  if (target !== current + 1) {
    return `School year ${name(target)} is not the next one: the current school year is ${name(current)}, so the next to start is ${name(current + 1)}.`;
  }
  if (current > calendar) {
    return `School year ${name(target)} cannot be started yet: ${name(current)} was started early and begins on August 1, ${current - 1}; start ${name(target)} after that.`;
  }
  return null;
}

function refuseIfNotNext(db: Db, target: number, now: Date): void {
  const refusal = startRefusal(db, target, now);
  if (refusal) throw new CounselorError('conflict', refusal);
}

/**
 * "Start school year 2027-28": refuse first (nothing written, no backup), then a backup through
 * SQLite's online backup API, then one write transaction that works the changes out again under
 * the write lock (another window may have changed students since the preview), applies them,
 * records each one so the start can be undone exactly, and writes the audit entries (year/audit.ts). A dry run counts and writes nothing.
 */
export async function startSchoolYear(db: Db, storePath: string, schoolYearText_: string, options: { dryRun?: boolean; now?: Date } = {}): Promise<YearStartResult> {
  const now = options.now ?? new Date();
  const target = schoolYearEndOf(schoolYearText_);
  refuseIfNotNext(db, target, now);
  const reviewed = await reviewedPlans(db, now);
  if (options.dryRun) return { dryRun: true, preview: previewOf(await yearStartChangesInSlices(db, target, now, reviewed)), started: null };

  const backupPath = await backupStore(db, storePath, 'before-year-start', now);
  return writeTransaction(db, (): YearStartResult => {
    refuseIfNotNext(db, target, now);
    const changes = yearStartChanges(db, target, now, reviewed);
    const stamp = now.toISOString();
    const graduate = db.prepare("UPDATE student SET status = 'graduated', updated_at = ? WHERE student_number = ? AND status = ?");
    for (const g of changes.graduate) graduate.run(stamp, g.studentNumber, g.statusBefore);
    const advance = db.prepare('UPDATE student SET grade = ?, updated_at = ? WHERE student_number = ? AND grade = ?');
    for (const a of changes.advance) advance.run(a.to, stamp, a.studentNumber, a.from);
    recordStart(db, changes, { startedAt: stamp, startedOn: localIsoDate(now), backupPath });
    recordAuditsSync(db, yearStartAuditRecords(changes), now);
    return { dryRun: false, preview: previewOf(changes), started: latestStart(db) };
  });
}
