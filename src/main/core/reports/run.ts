import type { Database as Db } from 'better-sqlite3';
import type { Report, ReportName, ReportQuery } from '../../../shared/domain/report';
import { conferencesReport } from './conferences';
import { cteReport } from './cte';
import { graduationReport } from './graduation';
import { plansReport } from './plans';

/** Every report, in the order the page and the command offer them. */
export const AVAILABLE_REPORTS = ['plans', 'graduation', 'cte', 'conferences'] as const satisfies readonly ReportName[];

export async function runReport(db: Db, query: ReportQuery, today = new Date()): Promise<Report> {
  switch (query.report) {
    case 'plans':
      return plansReport(db, query, today);
    case 'graduation':
      return graduationReport(db, query, today);
    case 'cte':
      return cteReport(db, query, today);
    case 'conferences':
      return conferencesReport(db, query, today);
  }
}
