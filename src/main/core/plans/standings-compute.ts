import type { Database as Db } from 'better-sqlite3';
import type { Catalog } from '../../../shared/domain/catalog';
import type { RequirementSet } from '../../../shared/domain/requirements';
import { loadCatalog } from '../courses/repository';
import { readTranscriptRowsOf } from '../history/repository';
import { runInSlices } from '../jobs/slices';
import { yieldToEventLoop } from '../jobs/task';
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
  type StandingCourseRow,
} from './standing';
import type { ReviewWindow } from './status';
import { transcriptReader } from './transcript-source';

/*
 * The workstation's standings worked out from its SQLite file, over the rule both stores share
 * (standing.ts standingOf): for every student at once (a page of plans at a time), or for a few
 * named students (those whose stamps moved: standings-cache.ts). Both read the same rows the same
 * way, so a standing recomputed alone equals the one the whole caseload's pass gives.
 */

interface StudentFacts {
  student_number: string;
  grade: number | null;
  class_year: number | null;
}

/** What every student's standing reads alike: the catalog, the requirement sets and the review window (as of one date). */
export interface SchoolInputs {
  catalog: Catalog;
  setFor: (classYear: number | null) => RequirementSet;
  window: ReviewWindow;
}

export function schoolInputs(db: Db, today: Date): SchoolInputs {
  return { catalog: loadCatalog(db), setFor: requirementSetLookup(db), window: reviewWindowIn(db, today) };
}

/** Students per query on the department server (plans/caseload-as.ts): about 7,000 plan course rows. */
export const STUDENTS_PER_PAGE = 250;

/**
 * Students per page here: a page's rows are read in one step of the serving thread, which at 250
 * (7,000 plan courses) took 50–200 ms on a loaded machine while the standings warmed at open.
 */
const PLANS_PER_PAGE = 100;

export function* pages<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

function statements(db: Db) {
  return {
    factsIn: db.prepare(`SELECT ${PLAN_FACTS_COLUMNS} FROM plan p WHERE p.student_number BETWEEN ? AND ?`),
    coursesIn: db
      .prepare(`SELECT ${STANDING_COURSE_COLUMNS} FROM plan_course WHERE student_number BETWEEN ? AND ? ORDER BY student_number, position`)
      .raw(),
    acknowledgementsIn: db.prepare('SELECT student_number, warning_id, note, date FROM plan_acknowledgement WHERE student_number BETWEEN ? AND ?').raw(),
  };
}

/**
 * Every student's standing (null: neither a plan nor a history), a page of students' plans at a
 * time (the primary key's range of student numbers), each page its own slice of the serving
 * thread; the whole course history from the kept transcripts (history-rows.ts).
 */
export async function everyStanding(db: Db, today: Date, school: SchoolInputs): Promise<Map<string, PlanStanding | null>> {
  const { factsIn, coursesIn, acknowledgementsIn } = statements(db);
  const students = db.prepare('SELECT student_number, grade, class_year FROM student ORDER BY student_number').all() as StudentFacts[];
  const transcriptOf = await caseloadTranscripts(db, school.catalog, new Map(students.map((s) => [s.student_number, s.class_year])));
  const standings = new Map<string, PlanStanding | null>();
  // A school's plan courses are half a million rows at 20,000 students: read whole they held the
  // serving thread for seconds. A page's rows are read at once, its students worked out in slices
  // (a page is 50–200 ms of evaluation on a loaded machine), a turn after each page; nothing stays
  // open across a yield.
  for (const page of pages(students, PLANS_PER_PAGE)) {
    const first = page[0]!.student_number;
    const last = page[page.length - 1]!.student_number;
    const facts = new Map((factsIn.all(first, last) as PlanFacts[]).map((f) => [f.student_number, f]));
    const courses = coursesByStudent(coursesIn.all(first, last) as StandingCourseRow[]);
    const acknowledgements = acknowledgementsByStudent(acknowledgementsIn.all(first, last) as [string, string, string, string][]);
    await runInSlices(page, (s) => {
      standings.set(
        s.student_number,
        standingOf({
          student: { grade: s.grade, classYear: s.class_year },
          facts: facts.get(s.student_number),
          courses: courses.get(s.student_number) ?? [],
          acknowledgements: acknowledgements.get(s.student_number) ?? [],
          transcript: transcriptOf(s.student_number),
          set: school.setFor(s.class_year),
          catalog: school.catalog,
          today,
          window: school.window,
        }),
      );
    });
    await yieldToEventLoop();
  }
  return standings;
}

/**
 * The standings of these students alone, each read by its own key (the same rows and the same
 * transcript reading as everyStanding); a student no longer in the store maps to undefined.
 */
export async function standingsOf(db: Db, studentNumbers: readonly string[], today: Date, school: SchoolInputs): Promise<Map<string, PlanStanding | null | undefined>> {
  const { factsIn, coursesIn, acknowledgementsIn } = statements(db);
  const studentIn = db.prepare('SELECT student_number, grade, class_year FROM student WHERE student_number = ?');
  const read = transcriptReader(db, school.catalog);
  const standings = new Map<string, PlanStanding | null | undefined>();
  await runInSlices(studentNumbers, (studentNumber) => {
    const s = studentIn.get(studentNumber) as StudentFacts | undefined;
    if (!s) {
      standings.set(studentNumber, undefined);
      return;
    }
    const rows = readTranscriptRowsOf(db, studentNumber, studentNumber).get(studentNumber);
    standings.set(
      studentNumber,
      standingOf({
        student: { grade: s.grade, classYear: s.class_year },
        facts: factsIn.get(studentNumber, studentNumber) as PlanFacts | undefined,
        courses: coursesByStudent(coursesIn.all(studentNumber, studentNumber) as StandingCourseRow[]).get(studentNumber) ?? [],
        acknowledgements: acknowledgementsByStudent(acknowledgementsIn.all(studentNumber, studentNumber) as [string, string, string, string][]).get(studentNumber) ?? [],
        transcript: rows ? read(rows, s.class_year) : null,
        set: school.setFor(s.class_year),
        catalog: school.catalog,
        today,
        window: school.window,
      }),
    );
  });
  return standings;
}
