import type { Kysely } from 'kysely';
import { readAs, type Actor } from '../accounts/actor';
import type { HandlersFor } from '../dispatch';
import { reportFile, reportFileName } from '../reports/export';
import { reportReadsIn } from '../reports/reads-as';
import { reportFrom } from '../reports/run';
import type { StoreSchema } from '../store/store-schema';

/**
 * The reports on the department server (issue 16): the workstation's report rules (reports/run.ts
 * reportFrom) over typed reads in one readAs snapshot as the signed-in account, and the same file
 * builder. The role gate (method-roles.ts) lets a lead run them, as the roles say.
 */
export function departmentReports(db: Kysely<StoreSchema>, actor: Actor | null): HandlersFor<'reports'> {
  const run = (query: Parameters<typeof reportFrom>[1]) => readAs(db, actor, (trx) => reportFrom(reportReadsIn(trx), query));
  return {
    'reports.run': (query) => run(query),
    'reports.export': async ({ query, format }) => {
      const report = await run(query);
      const bytes = await reportFile(report, format);
      return { fileName: reportFileName(report, format), base64: bytes.toString('base64'), count: report.studentCount };
    },
  };
}
