import type { Database as Db } from 'better-sqlite3';
import { loadCatalog } from '../courses/repository';
import { runInSlices } from '../jobs/slices';
import { requirementSetLookup } from '../requirements/repository';
import { caseloadTranscripts } from './history-rows';
import { reviewWindowIn } from './school-year';
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

export { summaryOf, type PlanStanding, type PlanSummary } from './standing';

interface StudentFacts {
  student_number: string;
  grade: number | null;
  class_year: number | null;
}

/**
 * Plan status, chosen cluster, credits earned and the on-track verdict for every student,
 * computed live (catalog, requirement and history changes show at once, nothing stored to go
 * stale) but in bulk: the few plan columns status rests on, every plan course in one query, the
 * whole course history in one read (kept), a page of plans at a time, and the same rule as the
 * department server (standing.ts standingOf: status.ts, the transcript overlay, on-track.ts), in
 * slices of the serving thread (jobs/slices.ts). Students missing from the map have neither a
 * plan nor a history: status none, no cluster, nothing earned, on track unknown.
 */
export async function planStandings(db: Db, today = new Date()): Promise<Map<string, PlanStanding>> {
  const factsIn = db.prepare(`SELECT ${PLAN_FACTS_COLUMNS} FROM plan p WHERE p.student_number BETWEEN ? AND ?`);
  const coursesIn = db
    .prepare(`SELECT ${STANDING_COURSE_COLUMNS} FROM plan_course WHERE student_number BETWEEN ? AND ? ORDER BY student_number, position`)
    .raw();
  const acknowledgementsIn = db.prepare('SELECT student_number, warning_id, note, date FROM plan_acknowledgement WHERE student_number BETWEEN ? AND ?').raw();
  const setFor = requirementSetLookup(db);
  const students = db.prepare('SELECT student_number, grade, class_year FROM student ORDER BY student_number').all() as StudentFacts[];
  const catalog = loadCatalog(db);
  const transcriptOf = await caseloadTranscripts(db, catalog, new Map(students.map((s) => [s.student_number, s.class_year])));
  const standings = new Map<string, PlanStanding>();
  const window = reviewWindowIn(db, today);
  // A school's plan courses are half a million rows at 20,000 students: read whole they held the
  // serving thread for seconds. Read a page of students' plans at a time (the primary key's range
  // of student numbers), each page its own slice; nothing stays open across a yield.
  await runInSlices(pages(students, STUDENTS_PER_PAGE), (page) => {
    const first = page[0]!.student_number;
    const last = page[page.length - 1]!.student_number;
    const facts = new Map((factsIn.all(first, last) as PlanFacts[]).map((f) => [f.student_number, f]));
    const courses = coursesByStudent(coursesIn.all(first, last) as StandingCourseRow[]);
    const acknowledgements = acknowledgementsByStudent(acknowledgementsIn.all(first, last) as [string, string, string, string][]);
    for (const s of page) {
      const standing = standingOf({
        student: { grade: s.grade, classYear: s.class_year },
        facts: facts.get(s.student_number),
        courses: courses.get(s.student_number) ?? [],
        acknowledgements: acknowledgements.get(s.student_number) ?? [],
        transcript: transcriptOf(s.student_number),
        set: setFor(s.class_year),
        catalog,
        today,
        window,
      });
      if (standing) standings.set(s.student_number, standing);
    }
  }, 0);
  return standings;
}

/** Students evaluated per slice: about 7,000 plan course rows and a few milliseconds. */
export const STUDENTS_PER_PAGE = 250;

export function* pages<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** The caseload's columns of planStandings. */
export async function planSummaries(db: Db, today = new Date()): Promise<Map<string, PlanSummary>> {
  const summaries = new Map<string, PlanSummary>();
  for (const [studentNumber, standing] of await planStandings(db, today)) summaries.set(studentNumber, standing.summary);
  return summaries;
}
