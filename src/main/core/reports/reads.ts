import type { Database as Db } from 'better-sqlite3';
import type { Catalog } from '../../../shared/domain/catalog';
import type { ConferenceFacts } from '../../../shared/domain/conference';
import { conferenceFacts } from '../conferences/facts';
import { loadCatalog } from '../courses/repository';
import { planStandings, type PlanStanding } from '../plans/caseload-status';
import { reviewWindowIn } from '../plans/school-year';
import type { ReviewWindow } from '../plans/status';
import { credentialsByStudent, experiencesByStudent, planChoices, programNames, type PlanChoices, type ProgramNames } from './cte-facts';

/** A student row as the reports read it, in the reports' order (last name, first name, ASCII case folded; then number). */
export interface StudentFacts {
  student_number: string;
  first_name: string;
  last_name: string;
  preferred_name: string | null;
  grade: number | null;
  class_year: number | null;
  counselor: string | null;
  status: string;
}

/**
 * Everything a report reads from a store: the workstation's SQLite file (sqliteReportReads) or
 * the department server's database as the signed-in account (reads-as.ts reportReadsIn). The
 * reports themselves (plans.ts, graduation.ts, cte.ts, conferences.ts) are one rule over these.
 */
export interface ReportReads {
  students(): Promise<StudentFacts[]>;
  /** The caseload's standing of every student with a plan or a history (plans/standing.ts standingOf). */
  standings(today: Date): Promise<ReadonlyMap<string, PlanStanding>>;
  reviewWindow(today: Date): Promise<ReviewWindow>;
  conferenceFacts(window: { first: string; last: string }): Promise<Map<string, ConferenceFacts>>;
  catalog(): Promise<Catalog>;
  programNames(): Promise<ProgramNames>;
  planChoices(): Promise<Map<string, PlanChoices>>;
  credentials(): Promise<Map<string, { status: 'planned' | 'earned' }[]>>;
  experiences(): Promise<Map<string, { type: string; hours: number | null }[]>>;
}

/** The workstation's reads: its own store file. */
export function sqliteReportReads(db: Db): ReportReads {
  return {
    students: async () =>
      db
        .prepare(
          `SELECT student_number, first_name, last_name, preferred_name, grade, class_year, counselor, status
             FROM student ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, student_number`,
        )
        .all() as StudentFacts[],
    standings: (today) => planStandings(db, today),
    reviewWindow: async (today) => reviewWindowIn(db, today),
    conferenceFacts: async (window) => conferenceFacts(db, window),
    catalog: async () => loadCatalog(db),
    programNames: async () => programNames(db),
    planChoices: async () => planChoices(db),
    credentials: async () => credentialsByStudent(db),
    experiences: async () => experiencesByStudent(db),
  };
}
