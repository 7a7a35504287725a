import type { Database as Db } from 'better-sqlite3';
import type { CaseloadRow } from '../../../shared/domain/student';
import { conferenceFacts } from '../conferences/facts';
import { caseloadFieldsOf, type CaseloadRecord } from '../students/repository';
import type { ConferenceFacts } from '../../../shared/domain/conference';
import { planSummaries } from './caseload-status';
import { summaryOf, type PlanSummary } from './standing';
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
  return rows.map((r) => caseloadRowOf(r, plans, conferences));
}

/** One caseload row from the student's columns, the plans' summaries and the conference facts (either store's). */
export function caseloadRowOf(r: CaseloadRecord, plans: ReadonlyMap<string, PlanSummary>, conferences: ReadonlyMap<string, ConferenceFacts>): CaseloadRow {
  const held = conferences.get(r.student_number);
  return {
    ...caseloadFieldsOf(r),
    ...summaryOf(plans, r.student_number),
    lastConference: held?.last ?? null,
    conferencesThisYear: held?.thisYear ?? 0,
  };
}
