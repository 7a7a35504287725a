import type { Database as Db } from 'better-sqlite3';
import type { CaseloadRow } from '../../../shared/domain/student';
import { conferenceFacts } from '../conferences/facts';
import type { CaseloadRecord } from '../students/repository';
import { planSummaries, summaryOf } from './caseload-status';
import { reviewWindowIn } from './school-year';

/**
 * The caseload listing lives beside plans, not with the students: each row carries its plan's
 * status and cluster, and plans already read students (a student folder that read plans back
 * would make the two import each other).
 */

/**
 * Caseload rows, ordered by name, with each plan's status (as of `today`), chosen cluster, credits
 * earned, on-track verdict, and the last conference and how many were held this school year.
 */
export async function listCaseload(db: Db, today = new Date()): Promise<CaseloadRow[]> {
  const plans = await planSummaries(db, today);
  const conferences = conferenceFacts(db, reviewWindowIn(db, today));
  const rows = db
    .prepare(
      `SELECT student_number, first_name, middle_name, last_name, preferred_name, grade, class_year,
              counselor, homeroom, status
         FROM student ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, student_number`,
    )
    .all() as CaseloadRecord[];
  // A literal per row, not spreads of two objects: the spreads cost 150 ms over 20,000 students.
  return rows.map((r): CaseloadRow => {
    const held = conferences.get(r.student_number);
    const plan = summaryOf(plans, r.student_number);
    return {
      studentNumber: r.student_number,
      firstName: r.first_name,
      middleName: r.middle_name,
      lastName: r.last_name,
      preferredName: r.preferred_name,
      grade: r.grade,
      classYear: r.class_year,
      counselor: r.counselor,
      homeroom: r.homeroom,
      status: r.status,
      planStatus: plan.planStatus,
      clusterCode: plan.clusterCode,
      creditsEarned: plan.creditsEarned,
      onTrack: plan.onTrack,
      lastConference: held?.last ?? null,
      conferencesThisYear: held?.thisYear ?? 0,
    };
  });
}
