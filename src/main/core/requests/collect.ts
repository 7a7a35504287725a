import type { Database as Db } from 'better-sqlite3';
import type { Catalog } from '../../../shared/domain/catalog';
import type { PlanCourse, Term } from '../../../shared/domain/plan';
import { schoolYearEndOf, type RequestSelection, type SkippedStudent } from '../../../shared/domain/requests';
import { schoolYearEnd } from '../../../shared/domain/school-year';
import type { Student } from '../../../shared/domain/student';
import { CounselorError } from '../../../shared/errors';
import { foldForSearch } from '../../../shared/text';
import { loadCatalog } from '../courses/repository';
import { currentGrade } from '../plans/on-track';
import { listStudents } from '../students/repository';

/**
 * The requests of a school year: for each chosen student, the courses planned for the grade the
 * student will be in that year (the grade now, moved on by the years between), first choices in
 * plan order, each followed by its alternates in rank order. A student with nothing to request is
 * listed with the reason, never left out silently.
 */

export interface CourseRequest {
  studentNumber: string;
  lastName: string;
  firstName: string;
  /** The grade the student will be in during the school year requested. */
  grade: number;
  schoolYear: string;
  courseNumber: string;
  /** The catalog's title; the number itself for a course the catalog no longer has. */
  title: string;
  credits: number | null;
  term: Term;
  alternate: boolean;
  /** 1, 2 … among the alternates of one course; null for a first choice. */
  alternateRank: number | null;
  /** The course number an alternate stands in for. */
  alternateFor: string | null;
}

export interface StudentRequests {
  student: Student;
  grade: number;
  requests: CourseRequest[];
}

export interface CollectedRequests {
  students: StudentRequests[];
  skipped: SkippedStudent[];
}

export function displayName(s: Pick<Student, 'firstName' | 'lastName' | 'preferredName'>): string {
  return `${s.lastName}, ${s.preferredName ?? s.firstName}`;
}

/** The chosen students in file order; "a grade" is the students' grade now (from the class year when known). */
export function selectRequestStudents(db: Db, selection: RequestSelection, today: Date): Student[] {
  // A pasted list needs only its own students read.
  return chooseRequestStudents('studentNumbers' in selection ? listStudents(db, [...new Set(selection.studentNumbers)]) : listStudents(db), selection, today);
}

/** selectRequestStudents' rule over students either store read, by name (a pasted list: at least its own students). */
export function chooseRequestStudents(students: readonly Student[], selection: RequestSelection, today: Date): Student[] {
  if ('studentNumbers' in selection) {
    const numbers = [...new Set(selection.studentNumbers)];
    const byNumber = new Map(students.map((s) => [s.studentNumber, s]));
    const unknown = numbers.filter((n) => !byNumber.has(n));
    if (unknown.length > 0) {
      throw new CounselorError('not_found', `No student with number ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ` (and ${unknown.length - 5} more)` : ''} is in the caseload; check the numbers.`, { unknown });
    }
    return numbers.map((n) => byNumber.get(n)!);
  }
  const active = students.filter((s) => s.status === 'active');
  if ('grade' in selection) return active.filter((s) => currentGrade(s, today) === selection.grade);
  if ('counselor' in selection) {
    const wanted = foldForSearch(selection.counselor.trim());
    return active.filter((s) => s.counselor !== null && foldForSearch(s.counselor.trim()) === wanted);
  }
  return active;
}

function requestRow(student: Student, grade: number, schoolYear: string, c: PlanCourse, catalog: Catalog, numberOf: Map<string, string>): CourseRequest {
  const course = catalog.courses.get(c.courseNumber);
  return {
    studentNumber: student.studentNumber,
    lastName: student.lastName,
    firstName: student.firstName,
    grade,
    schoolYear,
    courseNumber: c.courseNumber,
    title: course?.title ?? c.courseNumber,
    credits: course?.credits ?? null,
    term: c.term,
    alternate: Boolean(c.alternate),
    alternateRank: c.alternate?.rank ?? null,
    alternateFor: c.alternate ? (numberOf.get(c.alternate.forCourseId) ?? null) : null,
  };
}

/** First choices in plan order, each followed by its alternates by rank. */
function inRequestOrder(courses: readonly PlanCourse[]): PlanCourse[] {
  const ordered: PlanCourse[] = [];
  for (const c of courses.filter((x) => !x.alternate)) {
    ordered.push(c, ...courses.filter((a) => a.alternate?.forCourseId === c.id).sort((a, b) => a.alternate!.rank - b.alternate!.rank));
  }
  return ordered;
}

export interface CollectOptions {
  /**
   * A student in high school that year but with nothing planned is kept with no requests (a request
   * sheet to fill in by hand) instead of skipped (a request file has no row for them).
   */
  withoutCourses?: boolean;
}

/**
 * The collection in two halves: what is read once (the students chosen, the catalog, every planned
 * course in one query), then `add` per student. `collectRequests` runs it at once; the export job
 * runs `add` in steps, with progress and a check for cancel between them.
 */
export interface RequestCollector {
  chosen: readonly Student[];
  add(student: Student): void;
  collected(): CollectedRequests;
}

export function requestCollector(db: Db, selection: RequestSelection, schoolYear: string, today: Date, options: CollectOptions = {}): RequestCollector {
  const chosen = selectRequestStudents(db, selection, today);
  return requestCollectorOver({ chosen, catalog: loadCatalog(db), ...readPlannedCourses(db) }, selection, schoolYear, today, options);
}

/** What the collection reads once, from either store (collect-as.ts is the department server's). */
export interface RequestReads {
  chosen: readonly Student[];
  catalog: Catalog;
  hasPlan: Set<string>;
  planned: Map<string, PlanCourse[]>;
}

export function requestCollectorOver(reads: RequestReads, selection: RequestSelection, schoolYear: string, today: Date, { withoutCourses = false }: CollectOptions = {}): RequestCollector {
  const { chosen, catalog, hasPlan, planned: plannedOf } = reads;
  if (chosen.length === 0) throw new CounselorError('not_found', `No active student matches ${describeRequestSelection(selection)}; choose another grade or counselor.`);
  const yearsAhead = schoolYearEndOf(schoolYear) - schoolYearEnd(today);
  const students: StudentRequests[] = [];
  const skipped: SkippedStudent[] = [];
  const add = (student: Student): void => {
    const skip = (reason: string): void => void skipped.push({ studentNumber: student.studentNumber, name: displayName(student), reason });
    const now = currentGrade(student, today);
    if (now === null) return skip('no grade or class year is known, so the grade in that school year is not either');
    const grade = now + yearsAhead;
    if (grade > 12) return skip(`graduates before ${schoolYear} (class of ${student.classYear ?? schoolYearEnd(today) + 12 - now})`);
    if (grade < 9) return skip(`is in grade ${grade} in ${schoolYear}, before high school`);
    const planned = (plannedOf.get(student.studentNumber) ?? []).filter((c) => c.year === String(grade));
    if (planned.length === 0 && !withoutCourses) {
      return skip(hasPlan.has(student.studentNumber) ? `has no courses planned for grade ${grade} (${schoolYear})` : `has no plan yet, so no courses for grade ${grade} (${schoolYear})`);
    }
    const numberOf = new Map(planned.map((c) => [c.id, c.courseNumber]));
    students.push({ student, grade, requests: inRequestOrder(planned).map((c) => requestRow(student, grade, schoolYear, c, catalog, numberOf)) });
  };
  return { chosen, add, collected: () => ({ students, skipped }) };
}

export function collectRequests(db: Db, selection: RequestSelection, schoolYear: string, today = new Date(), options: CollectOptions = {}): CollectedRequests {
  return collectedAll(requestCollector(db, selection, schoolYear, today, options));
}

/** Every chosen student at once (the export job runs them in steps instead). */
export function collectedAll(collector: RequestCollector): CollectedRequests {
  for (const student of collector.chosen) collector.add(student);
  return collector.collected();
}

/**
 * Every plan's courses still to be scheduled (planned, grades 9–12), in one query: a whole school's
 * requests without reading every plan whole (goals, experiences … are not requests).
 */
function readPlannedCourses(db: Db): { hasPlan: Set<string>; planned: Map<string, PlanCourse[]> } {
  const hasPlan = new Set(db.prepare('SELECT student_number FROM plan').pluck().all() as string[]);
  const rows = db
    .prepare(`SELECT ${PLANNED_COLUMNS.join(', ')} FROM plan_course WHERE status = 'planned' AND year IN (${PLANNED_YEARS.map((y) => `'${y}'`).join(', ')}) ORDER BY student_number, position`)
    .raw()
    .all() as PlannedRow[];
  return { hasPlan, planned: plannedCourses(rows) };
}

/** The planned courses' query, for either store: its columns and years. */
export const PLANNED_COLUMNS = ['student_number', 'id', 'year', 'term', 'course_number', 'alternate_for', 'alternate_rank'] as const;
export const PLANNED_YEARS = ['9', '10', '11', '12'] as const;
/** A row of that query as values in PLANNED_COLUMNS' order (better-sqlite3's raw rows: a whole school's courses read without an object each). */
export type PlannedRow = [string, string, string, string, string, string | null, number | null];

/** Planned-course rows, in student and plan order, as each student's planned courses. */
export function plannedCourses(rows: readonly PlannedRow[]): Map<string, PlanCourse[]> {
  const planned = new Map<string, PlanCourse[]>();
  for (const [student, id, year, term, courseNumber, alternateFor, rank] of rows) {
    const course: PlanCourse = {
      id, year: year as PlanCourse['year'], term: term as Term, courseNumber, status: 'planned', grade: null, creditsEarned: null,
      alternate: alternateFor === null ? null : { forCourseId: alternateFor, rank: rank ?? 1 },
    };
    const list = planned.get(student);
    if (list) list.push(course);
    else planned.set(student, [course]);
  }
  return planned;
}

/** "grade 10", or with a count "the 212 students in grade 10", for sentences about a selection. */
export function describeRequestSelection(selection: RequestSelection, count?: number): string {
  const n = count === undefined ? '' : `${count} `;
  if ('studentNumbers' in selection) return `the ${selection.studentNumbers.length} listed students`;
  if ('grade' in selection) return count === undefined ? `grade ${selection.grade}` : `the ${n}students in grade ${selection.grade}`;
  if ('counselor' in selection) return count === undefined ? `counselor ${selection.counselor}` : `the ${n}students of counselor ${selection.counselor}`;
  return count === undefined ? 'the caseload' : `the ${n}active students`;
}
