import type { Database as Db } from 'better-sqlite3';
import type { YearReactivateResult } from '../../../shared/domain/year';
import { schoolYearText } from '../../../shared/domain/year';
import { CounselorError } from '../../../shared/errors';
import { recordAuditsSync } from '../audit/log';
import { writeTransaction } from '../store/transaction';
import { reactivationAuditRecord } from './audit';

/**
 * One graduate made active again: a student a start marked graduated who did not finish (a
 * fifth-year senior). In one transaction: the status goes to active, and the student's record of
 * the start keeps the graduation with the reactivation beside it (`student_reactivation`: the
 * start, its school year, when), and the student's audit entry (year/audit.ts). Grade and class
 * year stay as stored (the next roster sets them).
 * Undoing that start later finds the student active and leaves them so, as it leaves anyone it did
 * not find graduated; a start of the same school year made again after the undo reads the
 * reactivation and does not graduate the student a second time (year/changes.ts).
 */
export function reactivateGraduate(db: Db, studentNumber: string, now = new Date()): YearReactivateResult {
  return writeTransaction(db, (): YearReactivateResult => {
    const student = db.prepare('SELECT status, class_year FROM student WHERE student_number = ?').get(studentNumber) as
      | { status: string; class_year: number | null }
      | undefined;
    refuseReactivation(studentNumber, student);
    const start = db.prepare(GRADUATING_START_SQL).get(studentNumber) as GraduatingStart | undefined;
    refuseReactivation(studentNumber, student, start ?? null);
    const stamp = now.toISOString();
    db.prepare("UPDATE student SET status = 'active', updated_at = ? WHERE student_number = ? AND status = 'graduated'").run(stamp, studentNumber);
    db.prepare('INSERT INTO student_reactivation (student_number, start_id, school_year, reactivated_at) VALUES (?, ?, ?, ?)').run(
      studentNumber,
      start!.id,
      start!.school_year,
      stamp,
    );
    const result = reactivatedOf(studentNumber, student!, start!, stamp);
    recordAuditsSync(db, [reactivationAuditRecord(result)], now);
    return result;
  });
}

/** The latest start not undone that graduated student `?`: the same SQL on both stores. */
export const GRADUATING_START_SQL = `SELECT s.id, s.school_year, s.started_on FROM school_year_change c JOIN school_year_start s ON s.id = c.start_id
          WHERE c.student_number = ? AND c.kind = 'graduated' AND s.undone_at IS NULL ORDER BY s.school_year DESC LIMIT 1`;

/** The start that graduated a student, as both stores read it. */
export interface GraduatingStart {
  id: number;
  school_year: number;
  started_on: string;
}

/**
 * Why a student cannot be made active again, thrown: no such student, not graduated, or (once the
 * start is asked for: `start` given) no start not undone records the graduation. Both stores ask it.
 */
export function refuseReactivation(studentNumber: string, student: { status: string } | undefined, start?: GraduatingStart | null): void {
  if (!student) throw new CounselorError('not_found', `There is no student with number ${studentNumber}.`);
  if (student.status !== 'graduated') {
    throw new CounselorError('conflict', `Student ${studentNumber} is not graduated, so there is nothing to make active again.`);
  }
  if (start === null) throw new CounselorError('conflict', `Student ${studentNumber} is graduated, but no school year start records it, so it cannot be taken back here.`);
}

export function reactivatedOf(studentNumber: string, student: { class_year: number | null }, start: GraduatingStart, stamp: string): YearReactivateResult {
  return {
    studentNumber,
    status: 'active',
    classYear: student.class_year,
    graduatedBy: { schoolYear: schoolYearText(start.school_year), startedOn: start.started_on },
    reactivatedAt: stamp,
  };
}
