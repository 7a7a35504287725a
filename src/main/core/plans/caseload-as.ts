import { sql, type Kysely, type Transaction } from 'kysely';
import type { CaseloadRow } from '../../../shared/domain/student';
import { readAs, type Actor } from '../accounts/actor';
import { conferenceFactsIn } from '../conferences/conference-reads';
import { toRecord, type HistoryRecordRow, type TranscriptRow } from '../history/repository';
import type { StoreSchema } from '../store/store-schema';
import type { CaseloadRecord } from '../students/repository';
import { caseloadRowOf } from './caseload';
import { pages, STUDENTS_PER_PAGE } from './caseload-status';
import { catalogIn, catalogOf, requirementSetsIn, reviewWindowOf, transcriptReaderIn } from './plan-view-reads';
import {
  acknowledgementsByStudent,
  coursesByStudent,
  PLAN_FACTS_COLUMNS,
  STANDING_COURSE_COLUMNS,
  standingOf,
  type PlanFacts,
  type PlanStanding,
  type PlanSummary,
  type StandingCourseRow,
} from './standing';

/*
 * The caseload page on the department server: the rows and their plan standings read on the typed
 * layer as the signed-in counselor, in one snapshot, and worked out by the workstation's rule
 * (standing.ts standingOf) and row mapping (caseload.ts caseloadRowOf). Nothing is kept between
 * requests (the workstation keeps its transcripts; here another counselor's save or a lead's
 * import may land at any moment, and a counselor's caseload is a few hundred students).
 */

type Trx = Transaction<StoreSchema>;

/**
 * Whose students the caseload lists: a counselor's own (the students whose counselor is her
 * display name, as the row-security policies tie them; the directory lists the others), every
 * student for a lead, an admin and the operator.
 */
export function caseloadOwner(actor: Actor | null): string | null {
  return actor?.role === 'counselor' ? actor.displayName : null;
}

/** The caseload rows, ordered by name as the workstation's (lower() folds ASCII on both stores, as NOCASE does). */
export function caseloadAs(db: Kysely<StoreSchema>, actor: Actor | null, today = new Date()): Promise<CaseloadRow[]> {
  return readAs(db, actor, async (trx) => {
    const owner = caseloadOwner(actor);
    let students = trx
      .selectFrom('student')
      .select(['student_number', 'first_name', 'middle_name', 'last_name', 'preferred_name', 'grade', 'class_year', 'counselor', 'homeroom', 'status'])
      .orderBy(sql`lower(last_name)`)
      .orderBy(sql`lower(first_name)`)
      .orderBy('student_number');
    if (owner !== null) students = students.where('counselor', '=', owner);
    const rows = (await students.execute()) as CaseloadRecord[];
    const window = await reviewWindowOf(trx, today);
    const [summaries, conferences] = await Promise.all([summariesIn(trx, rows, today, window), conferenceFactsIn(trx, window)]);
    return rows.map((r) => caseloadRowOf(r, summaries, conferences));
  });
}

/** planStandings' summaries for these students, a page of students' rows at a time (every query names its page's students). */
async function summariesIn(
  trx: Trx,
  students: readonly CaseloadRecord[],
  today: Date,
  window: Awaited<ReturnType<typeof reviewWindowOf>>,
): Promise<Map<string, PlanSummary>> {
  const summaries = new Map<string, PlanSummary>();
  for (const [number, standing] of await standingsOfIn(trx, students, today, window)) summaries.set(number, standing.summary);
  return summaries;
}

/**
 * planStandings (caseload-status.ts) on the typed layer, for the students given: the same rule
 * (standing.ts standingOf) over the same rows, a page of students at a time, inside the caller's
 * snapshot. The caseload and the reports read their standings through it.
 */
export async function standingsOfIn(
  trx: Trx,
  students: readonly { student_number: string; grade: number | null; class_year: number | null }[],
  today: Date,
  window: Awaited<ReturnType<typeof reviewWindowOf>>,
): Promise<Map<string, PlanStanding>> {
  const [listed, setFor] = await Promise.all([catalogIn(trx), requirementSetsIn(trx)]);
  const catalog = catalogOf(listed);
  const read = await transcriptReaderIn(trx, catalog);
  const standings = new Map<string, PlanStanding>();
  const ordered = [...students].sort((a, b) => (a.student_number < b.student_number ? -1 : a.student_number > b.student_number ? 1 : 0));
  for (const page of pages(ordered, STUDENTS_PER_PAGE)) {
    const numbers = page.map((s) => s.student_number);
    const [facts, courses, acknowledgements, history] = await Promise.all([
      sql<PlanFacts>`SELECT ${sql.raw(PLAN_FACTS_COLUMNS)} FROM plan p WHERE p.student_number IN (${sql.join(numbers)})`.execute(trx),
      sql<Record<string, unknown>>`SELECT ${sql.raw(STANDING_COURSE_COLUMNS)} FROM plan_course
        WHERE student_number IN (${sql.join(numbers)}) ORDER BY student_number, position`.execute(trx),
      trx.selectFrom('plan_acknowledgement').select(['student_number', 'warning_id', 'note', 'date']).where('student_number', 'in', numbers).execute(),
      // Excluded rows count for nothing: left out, as the workstation's caseload does (history/repository.ts readTranscriptRowsOf).
      trx.selectFrom('course_history').selectAll().where('student_number', 'in', numbers).where('excluded', '=', 0).orderBy('student_number').orderBy('id').execute(),
    ]);
    const factsOf = new Map(facts.rows.map((f) => [f.student_number, f]));
    const coursesOf = coursesByStudent(courses.rows.map((r) => STANDING_COURSE_COLUMNS.split(', ').map((c) => r[c]) as StandingCourseRow));
    const acknowledgementsOf = acknowledgementsByStudent(acknowledgements.map((a) => [a.student_number, a.warning_id, a.note, a.date] as [string, string, string, string]));
    const rowsOf = new Map<string, TranscriptRow[]>();
    for (const h of history as unknown as HistoryRecordRow[]) {
      const list = rowsOf.get(h.student_number);
      if (list) list.push(toRecord(h));
      else rowsOf.set(h.student_number, [toRecord(h)]);
    }
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
