import type { Database as Db } from 'better-sqlite3';
import type { Report, ReportName, ReportQuery } from '../../../shared/domain/report';
import { conferencesReport } from './conferences';
import { cteReport } from './cte';
import { graduationReport } from './graduation';
import { plansReport } from './plans';
import { sqliteReportReads, type ReportReads } from './reads';

/** The reports, in the order the page and the command offer them. */
export const AVAILABLE_REPORTS = ['plans', 'graduation', 'cte', 'conferences'] as const satisfies readonly ReportName[];

/** A report from the workstation's store file. */
export function runReport(db: Db, query: ReportQuery, today = new Date()): Promise<Report> {
  return reportFrom(sqliteReportReads(db), query, today);
}

/** A report from either store's reads (reads.ts): one rule per report kind. */
export async function reportFrom(reads: ReportReads, query: ReportQuery, today = new Date()): Promise<Report> {
  switch (query.report) {
    case 'plans':
      return plansReport(reads, query, today);
    case 'graduation':
      return graduationReport(reads, query, today);
    case 'cte':
      return cteReport(reads, query, today);
    case 'conferences':
      return conferencesReport(reads, query, today);
  }
}
