import type { Database as Db } from 'better-sqlite3';
import { CaseloadColumnsBuilder, decodeCaseload, type CaseloadColumns } from '../../../shared/caseload-columns';
import type { ConferenceFacts } from '../../../shared/domain/conference';
import type { CaseloadRow, StudentStatus } from '../../../shared/domain/student';
import { conferenceFacts } from '../conferences/facts';
import { caseloadFieldsOf, type CaseloadRecord } from '../students/repository';
import { planSummaries } from './caseload-status';
import { summaryOf, type PlanSummary } from './standing';
import { reviewWindowIn } from './school-year';

/**
 * The caseload listing lives beside plans, not with the students: each row carries its plan's
 * status and cluster, and plans already read students (a student folder that read plans back
 * would make the two import each other).
 */

/**
 * The caseload as columns (shared/caseload-columns.ts), ordered by name, with each plan's status
 * (as of `today`), chosen cluster, credits earned, on-track verdict, and the last conference and
 * how many were held this school year. The store's rows go straight into the columns.
 */
export async function caseloadColumns(db: Db, today = new Date()): Promise<CaseloadColumns> {
  const plans = await planSummaries(db, today);
  // The columns of the last read, when nothing has been written since: another connection's
  // commit moves data_version, this connection's own rows (triggers' included) total_changes(),
  // and the kept standings are a new map whenever one changed. At 20,000 students building them is
  // a few hundred milliseconds of the serving thread, asked for on every visit to the page.
  const [dataVersion, changes] = db.prepare('SELECT (SELECT data_version FROM pragma_data_version), total_changes()').raw().get() as [number, number];
  const version = `${today.toISOString().slice(0, 10)}:${dataVersion}:${changes}`;
  const last = built.get(db);
  if (last && last.plans === plans && last.version === version) return last.columns;
  const columns = buildColumns(db, today, plans);
  built.set(db, { plans, version, columns });
  return columns;
}

/** The last columns each connection built, and what they were built from. */
const built = new WeakMap<Db, { plans: ReadonlyMap<string, PlanSummary>; version: string; columns: CaseloadColumns }>();

function buildColumns(db: Db, today: Date, plans: ReadonlyMap<string, PlanSummary>): CaseloadColumns {
  const conferences = conferenceFacts(db, reviewWindowIn(db, today));
  const rows = db
    .prepare(
      `SELECT student_number, first_name, middle_name, last_name, preferred_name, grade, class_year,
              counselor, homeroom, status
         FROM student ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, student_number`,
    )
    .raw()
    .all() as CaseloadTuple[];
  const builder = new CaseloadColumnsBuilder();
  for (const [studentNumber, firstName, middleName, lastName, preferredName, grade, classYear, counselor, homeroom, status] of rows) {
    // One literal of one shape, no spreads: at 20,000 rows the spread copies were most of this loop.
    const plan = summaryOf(plans, studentNumber);
    const held = conferences.get(studentNumber);
    builder.add({
      studentNumber, firstName, middleName, lastName, preferredName, grade, classYear, counselor, homeroom, status,
      planStatus: plan.planStatus, clusterCode: plan.clusterCode, creditsEarned: plan.creditsEarned, onTrack: plan.onTrack,
      lastConference: held?.last ?? null, conferencesThisYear: held?.thisYear ?? 0,
    });
  }
  return builder.columns;
}

type CaseloadTuple = [string, string, string | null, string, string | null, number | null, number | null, string | null, string | null, StudentStatus];

/** The same caseload as rows (students.list, the command line, reports). */
export async function listCaseload(db: Db, today = new Date()): Promise<CaseloadRow[]> {
  return decodeCaseload(await caseloadColumns(db, today));
}

/** One caseload row from the student's columns, the plans' summaries and the conference facts (the department server's, read from PostgreSQL). */
export function caseloadRowOf(r: CaseloadRecord, plans: ReadonlyMap<string, PlanSummary>, conferences: ReadonlyMap<string, ConferenceFacts>): CaseloadRow {
  return { ...caseloadFieldsOf(r), ...standingFields(r.student_number, plans, conferences) };
}

/** What a caseload row says beside the student's own columns: the plan's summary and the conferences held (both stores' rows). */
function standingFields(studentNumber: string, plans: ReadonlyMap<string, PlanSummary>, conferences: ReadonlyMap<string, ConferenceFacts>) {
  const held = conferences.get(studentNumber);
  return { ...summaryOf(plans, studentNumber), lastConference: held?.last ?? null, conferencesThisYear: held?.thisYear ?? 0 };
}
