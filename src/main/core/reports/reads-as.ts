import { sql, type Transaction } from 'kysely';
import { conferenceFactsIn } from '../conferences/conference-reads';
import { standingsOfIn } from '../plans/caseload-as';
import type { PlanStanding } from '../plans/caseload-status';
import { catalogIn, catalogOf, reviewWindowOf } from '../plans/plan-view-reads';
import type { StoreSchema } from '../store/store-schema';
import { groupRows, planChoicesOf, programNamesOf } from './cte-facts';
import type { ReportReads, StudentFacts } from './reads';

type Trx = Transaction<StoreSchema>;

/**
 * The reports' reads on the department server (issue 16), typed, inside one readAs transaction
 * as the signed-in account: one snapshot for the whole report, and the rows the database's
 * policies let that account see. Each read is the SQLite one's twin (reads.ts, cte-facts.ts);
 * the order of students is lower() (ASCII folded on both stores, as NOCASE), then the number.
 */
export function reportReadsIn(trx: Trx): ReportReads {
  return {
    students: async () =>
      (await trx
        .selectFrom('student')
        .select(['student_number', 'first_name', 'last_name', 'preferred_name', 'grade', 'class_year', 'counselor', 'status'])
        .orderBy(sql`lower(last_name)`)
        .orderBy(sql`lower(first_name)`)
        .orderBy('student_number')
        .execute()) as StudentFacts[],
    standings: (today) => standingsIn(trx, today),
    reviewWindow: (today) => reviewWindowOf(trx, today),
    conferenceFacts: (window) => conferenceFactsIn(trx, window),
    catalog: async () => catalogOf(await catalogIn(trx)),
    programNames: async () => {
      const [clusters, pathways, programs, programCourses] = await Promise.all([
        trx.selectFrom('career_cluster').select(['code', 'name', 'position']).execute(),
        trx.selectFrom('career_pathway').select(['code', 'name', 'cluster_code']).execute(),
        trx.selectFrom('program').select(['id', 'name', 'pathway_code']).execute(),
        trx.selectFrom('program_course').select(['program_id', 'course_code']).distinct().orderBy('program_id').orderBy('course_code').execute(),
      ]);
      return programNamesOf({ clusters, pathways, programs, programCourses });
    },
    planChoices: async () => planChoicesOf(await trx.selectFrom('plan').select(['student_number', 'cluster_code', 'pathway_code', 'program_id']).execute()),
    credentials: async () =>
      groupRows(
        await trx.selectFrom('plan_credential').select(['student_number', 'status']).execute(),
        (r) => r.student_number,
        (r) => ({ status: r.status as 'planned' | 'earned' }),
      ),
    experiences: async () =>
      groupRows(
        await trx.selectFrom('plan_experience').select(['student_number', 'type', 'hours']).execute(),
        (r) => r.student_number,
        (r) => ({ type: r.type, hours: r.hours }),
      ),
  };
}

/**
 * planStandings (plans/caseload-status.ts) on the typed layer, for every student: the same rule
 * (standing.ts standingOf) over the same rows, a page of students at a time. Nothing is kept
 * between reports: another counselor's save or a lead's import may land at any moment.
 */
async function standingsIn(trx: Trx, today: Date): Promise<Map<string, PlanStanding>> {
  const [window, students] = await Promise.all([
    reviewWindowOf(trx, today),
    trx.selectFrom('student').select(['student_number', 'grade', 'class_year']).orderBy('student_number').execute(),
  ]);
  return standingsOfIn(trx, students, today, window);
}
