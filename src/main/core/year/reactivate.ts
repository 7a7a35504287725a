import type { Database as Db } from 'better-sqlite3';
import type { YearReactivateResult } from '../../../shared/domain/year';
import { schoolYearText } from '../../../shared/domain/year';
import { CounselorError } from '../../../shared/errors';
import { writeTransaction } from '../store/transaction';

/**
 * One graduate made active again: a student a start marked graduated who did not finish (a
 * fifth-year senior). In one transaction: the status goes to active, and the student's record of
 * the start keeps the graduation with the reactivation beside it (`student_reactivation`: the
 * start, its school year, when). Grade and class year stay as stored (the next roster sets them).
 * Undoing that start later finds the student active and leaves them so, as it leaves anyone it did
 * not find graduated; a start of the same school year made again after the undo reads the
 * reactivation and does not graduate the student a second time (year/changes.ts).
 */
export function reactivateGraduate(db: Db, studentNumber: string, now = new Date()): YearReactivateResult {
  return writeTransaction(db, (): YearReactivateResult => {
    const student = db.prepare('SELECT status, class_year FROM student WHERE student_number = ?').get(studentNumber) as
      | { status: string; class_year: number | null }
      | undefined;
    if (!student) throw new CounselorError('not_found', `There is no student with number ${studentNumber}.`);
    if (student.status !== 'graduated') {
      throw new CounselorError('conflict', `Student ${studentNumber} is not graduated, so there is nothing to make active again.`);
    }
    const start = db
      .prepare(
        `SELECT s.id, s.school_year, s.started_on FROM school_year_change c JOIN school_year_start s ON s.id = c.start_id
          WHERE c.student_number = ? AND c.kind = 'graduated' AND s.undone_at IS NULL ORDER BY s.school_year DESC LIMIT 1`,
      )
      .get(studentNumber) as { id: number; school_year: number; started_on: string } | undefined;
    if (!start) throw new CounselorError('conflict', `Student ${studentNumber} is graduated, but no school year start records it, so it cannot be taken back here.`);
    const stamp = now.toISOString();
    db.prepare("UPDATE student SET status = 'active', updated_at = ? WHERE student_number = ? AND status = 'graduated'").run(stamp, studentNumber);
    db.prepare('INSERT INTO student_reactivation (student_number, start_id, school_year, reactivated_at) VALUES (?, ?, ?, ?)').run(
      studentNumber,
      start.id,
      start.school_year,
      stamp,
    );
    return {
      studentNumber,
      status: 'active',
      classYear: student.class_year,
      graduatedBy: { schoolYear: schoolYearText(start.school_year), startedOn: start.started_on },
      reactivatedAt: stamp,
    };
  });
}
