import { sql, type Transaction } from 'kysely';
import { conferenceFactsIn } from '../conferences/conference-reads';
import { toRecord, type HistoryRecordRow, type TranscriptRow } from '../history/repository';
import { pages, STUDENTS_PER_PAGE, type PlanStanding } from '../plans/caseload-status';
import { catalogIn, catalogOf, requirementSetsIn, reviewWindowOf, transcriptReaderIn } from '../plans/plan-view-reads';
import {
  acknowledgementsByStudent,
  coursesByStudent,
  PLAN_FACTS_COLUMNS,
  STANDING_COURSE_COLUMNS,
  standingOf,
  type PlanFacts,
  type StandingCourseRow,
} from '../plans/standing';
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
  const [listed, setFor, window, students] = await Promise.all([
    catalogIn(trx),
    requirementSetsIn(trx),
    reviewWindowOf(trx, today),
    trx.selectFrom('student').select(['student_number', 'grade', 'class_year']).orderBy('student_number').execute(),
  ]);
  const catalog = catalogOf(listed);
  const read = await transcriptReaderIn(trx, catalog);
  const standings = new Map<string, PlanStanding>();
  for (const page of pages(students, STUDENTS_PER_PAGE)) {
    const numbers = page.map((s) => s.student_number);
    const [facts, courses, acknowledgements, history] = await Promise.all([
      sql<PlanFacts>`SELECT ${sql.raw(PLAN_FACTS_COLUMNS)} FROM plan p WHERE p.student_number IN (${sql.join(numbers)})`.execute(trx),
      sql<Record<string, unknown>>`SELECT ${sql.raw(STANDING_COURSE_COLUMNS)} FROM plan_course
        WHERE student_number IN (${sql.join(numbers)}) ORDER BY student_number, position`.execute(trx),
      trx.selectFrom('plan_acknowledgement').select(['student_number', 'warning_id', 'note', 'date']).where('student_number', 'in', numbers).execute(),
      // Excluded rows count for nothing, as on the workstation (history/repository.ts readTranscriptRowsOf).
      trx.selectFrom('course_history').selectAll().where('student_number', 'in', numbers).where('excluded', '=', 0).orderBy('student_number').orderBy('id').execute(),
    ]);
    const factsOf = new Map(facts.rows.map((f) => [f.student_number, f]));
    const coursesOf = coursesByStudent(courses.rows.map((r) => STANDING_COURSE_COLUMNS.split(', ').map((c) => r[c]) as StandingCourseRow));
    const acknowledgementsOf = acknowledgementsByStudent(acknowledgements.map((a) => [a.student_number, a.warning_id, a.note, a.date] as [string, string, string, string]));
    const rowsOf = groupRows(history as unknown as HistoryRecordRow[], (h) => h.student_number, (h): TranscriptRow => toRecord(h));
    for (const s of page) {
      const rows = rowsOf.get(s.student_number);
      const standing = standingOf({
        student: { grade: s.grade, classYear: s.class_year },
        facts: factsOf.get(s.student_number),
        courses: coursesOf.get(s.student_number) ?? [],
        acknowledgements: acknowledgementsOf.get(s.student_number) ?? [],
        transcript: rows ? read(rows, s.class_year) : null,
        set: setFor(s.class_year),
        catalog,
        today,
        window,
      });
      if (standing) standings.set(s.student_number, standing);
    }
  }
  return standings;
}
