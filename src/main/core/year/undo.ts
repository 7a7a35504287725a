import type { Database as Db } from 'better-sqlite3';
import type { YearStartRecord, YearUndoResult } from '../../../shared/domain/year';
import { CounselorError } from '../../../shared/errors';
import { recordAuditsSync } from '../audit/log';
import { backupStore } from '../store/backup';
import { writeTransaction } from '../store/transaction';
import { RECORDED_CHANGES_SQL, yearUndoAuditRecords, type RecordedChange } from './audit';
import { importsSince, latestStart, recordedCounts } from './repository';

/**
 * Why the last start cannot be undone, or null. Undo puts back the statuses and grades the start
 * changed; once a roster has been imported after it, those grades are the roster's (and a
 * graduate may have been listed again), and once a course history has, its rows were matched to
 * the students as the start left them: undoing would leave the school's own data half in one
 * year, half in the other.
 */
export function undoRefusal(db: Db, start: YearStartRecord | null): string | null {
  return undoRefusalOf(start, start === null ? null : importsSince(db, start.startedAt));
}

/** undoRefusal from the start and the imports logged since it, however the store read them. */
export function undoRefusalOf(start: YearStartRecord | null, imports: { roster: number; history: number } | null): string | null {
  if (start === null || imports === null) return 'No school year start is recorded, so there is nothing to undo.';
  if (imports.roster + imports.history === 0) return null;
  const what = imports.roster > 0 ? 'a roster was imported' : 'a course history was imported';
  const why = imports.roster > 0 ? 'its grades would be overwritten' : 'its courses were matched to the students as the start left them';
  const backup = start.backupPath ? ` (${start.backupPath})` : '';
  return (
    `School year ${start.schoolYear} can no longer be undone: ${what} after it was started on ${start.startedOn}, and ${why}; ` +
    `restore the backup taken before the start${backup} on the Backups page if you must go back.`
  );
}

/**
 * Each graduate of start `?2` back to the status recorded before, stamped `?1`; the same SQL on
 * both stores. It names the students it put back (their audit entries: year/audit.ts).
 */
export const UNDO_GRADUATED_SQL = `UPDATE student SET status = c.status_before, updated_at = ?
         FROM school_year_change c
        WHERE c.start_id = ? AND c.kind = 'graduated' AND c.student_number = student.student_number AND student.status = 'graduated'
        RETURNING student.student_number`;

/** Each grade start `?2` advanced back to the grade it was (unless something changed it since), stamped `?1`; names the students too. */
export const UNDO_GRADES_SQL = `UPDATE student SET grade = c.grade_from, updated_at = ?
         FROM school_year_change c
        WHERE c.start_id = ? AND c.kind = 'grade_advanced' AND c.student_number = student.student_number AND student.grade = c.grade_to
        RETURNING student.student_number`;

/**
 * Takes back the last start exactly: a backup first, then one transaction that returns each
 * graduated student to the status recorded before, each advanced grade to the grade it was, and
 * marks the start undone (its records stay, so the store keeps the history; reviews count for
 * the year before again because the status rule reads only starts not undone), with the audit
 * entries of what it put back (year/audit.ts).
 */
export async function undoSchoolYearStart(db: Db, storePath: string, now = new Date()): Promise<YearUndoResult & { backupPath: string }> {
  const refuse = () => {
    const start = latestStart(db);
    const refusal = undoRefusal(db, start);
    if (refusal) throw new CounselorError('conflict', refusal);
    return start!;
  };
  refuse();
  const backupPath = await backupStore(db, storePath, 'before-year-undo', now);
  return writeTransaction(db, (): YearUndoResult & { backupPath: string } => {
    const start = refuse();
    const stamp = now.toISOString();
    const recorded = db.prepare(RECORDED_CHANGES_SQL).all(start.id) as RecordedChange[];
    const putBack = (text: string) => new Set(db.prepare(text).pluck().all(stamp, start.id) as string[]);
    const statusBack = putBack(UNDO_GRADUATED_SQL);
    const gradeBack = putBack(UNDO_GRADES_SQL);
    db.prepare('UPDATE school_year_start SET undone_at = ? WHERE id = ?').run(stamp, start.id);
    const restored = { graduated: statusBack.size, gradesAdvanced: gradeBack.size, reviewsReset: recordedCounts(db, start.id).reviewsReset };
    recordAuditsSync(db, yearUndoAuditRecords(start.schoolYear, restored, recorded, statusBack, gradeBack), now);
    return { schoolYear: start.schoolYear, undoneAt: stamp, backupPath, restored };
  });
}
