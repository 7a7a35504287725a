import type { Database as Db } from 'better-sqlite3';
import type { Report, ReportName, ReportQuery } from '../../../shared/domain/report';
import { CounselorError } from '../../../shared/errors';
import { cteReport } from './cte';
import { graduationReport } from './graduation';
import { plansReport } from './plans';

/** The reports this version can make; conferences waits for the conference records (issue 10, "Conferences"). */
export const AVAILABLE_REPORTS = ['plans', 'graduation', 'cte'] as const satisfies readonly ReportName[];

export async function runReport(db: Db, query: ReportQuery, today = new Date()): Promise<Report> {
  switch (query.report) {
    case 'plans':
      return plansReport(db, query, today);
    case 'graduation':
      return graduationReport(db, query, today);
    case 'cte':
      return cteReport(db, query, today);
    case 'conferences':
      throw new CounselorError(
        'not_found',
        'The conferences report is not available yet: it comes with conference records; choose plans, graduation or cte.',
      );
  }
}
