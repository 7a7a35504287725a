import type { Database as Db } from 'better-sqlite3';
import type { SubjectArea } from '../../../shared/domain/catalog';
import type { CreditTypeMapping, UnmatchedCourse } from '../../../shared/domain/history';
import { departmentKey, departmentMapping, departmentMappingOf, mapDepartment, type DepartmentMapping } from '../courses/catalog-departments';
import { loadCatalog } from '../courses/repository';
import { courseMatcher, rememberedMatches, transcriptCourseKey, type CourseMatcher } from './match';

/**
 * A student information system's credit types (ENG, MATH, SOC ...) map to subject areas through
 * the catalog's department mapping (one table of remembered area words, which knows the short codes
 * SIS setups use): the counselor's choice for this import, then a remembered one, then the automatic
 * reading. An unmapped credit type counts as elective; it is not a rejection.
 */
export function creditTypeArea(mapping: DepartmentMapping, creditType: string): Omit<CreditTypeMapping, 'creditType' | 'rows'> {
  return mapDepartment(mapping, creditType);
}

export function creditTypeMapping(db: Db, chosen: Readonly<Record<string, SubjectArea>> = {}): DepartmentMapping {
  return departmentMapping(db, chosen);
}

/** The same mapping over remembered words read elsewhere (the department server's typed read). */
export const creditTypeMappingOf = departmentMappingOf;

/** Each credit type the rows name, with its row count and the area it maps to; unmapped first. */
export function creditTypesOf(rows: readonly { creditType: string | null }[], mapping: DepartmentMapping): CreditTypeMapping[] {
  const counts = new Map<string, { creditType: string; rows: number }>();
  for (const row of rows) {
    if (row.creditType === null) continue;
    const key = departmentKey(row.creditType);
    const entry = counts.get(key);
    if (entry) entry.rows++;
    else counts.set(key, { creditType: row.creditType, rows: 1 });
  }
  const order = { unmapped: 0, chosen: 1, remembered: 2, automatic: 3 } as const;
  return [...counts.values()]
    .map((c) => ({ ...c, ...creditTypeArea(mapping, c.creditType) }))
    .sort((a, b) => order[a.source] - order[b.source] || a.creditType.localeCompare(b.creditType));
}

interface CourseRow {
  studentNumber: string;
  courseNumber: string;
  stateCode: string | null;
  title: string;
  creditType: string | null;
  excluded: boolean;
}

/** Courses the catalog does not know (by number, code, remembered match or title), with how many students have each. */
export function unmatchedCourses(db: Db, rows: Iterable<CourseRow>, mapping: DepartmentMapping = creditTypeMapping(db)): UnmatchedCourse[] {
  return unmatchedBy(courseMatcher(loadCatalog(db), rememberedMatches(db)), rows, mapping);
}

/** The same over a matcher built from either store's catalog and remembered matches. */
export function unmatchedBy(matcher: CourseMatcher, rows: Iterable<CourseRow>, mapping: DepartmentMapping): UnmatchedCourse[] {
  const known = new Map<string, boolean>();
  const found = new Map<string, { course: UnmatchedCourse; students: Set<string> }>();
  for (const row of rows) {
    if (row.excluded) continue;
    const key = transcriptCourseKey(row.courseNumber, row.title);
    let matched = known.get(key);
    if (matched === undefined) {
      matched = matcher.match(row.courseNumber, row.stateCode, row.title) !== null;
      known.set(key, matched);
    }
    if (matched) continue;
    const entry = found.get(key);
    if (entry) {
      entry.students.add(row.studentNumber);
      continue;
    }
    const area = row.creditType === null ? null : creditTypeArea(mapping, row.creditType).area;
    found.set(key, {
      course: { courseNumber: row.courseNumber, title: row.title, students: 0, creditType: row.creditType, area: area ?? 'elective' },
      students: new Set([row.studentNumber]),
    });
  }
  return [...found.values()]
    .map(({ course, students }) => ({ ...course, students: students.size }))
    .sort((a, b) => b.students - a.students || a.courseNumber.localeCompare(b.courseNumber));
}

/** Across the whole store: every transcript course not excluded. */
export function storeUnmatched(db: Db): UnmatchedCourse[] {
  const rows = db
    .prepare('SELECT student_number AS studentNumber, course_number AS courseNumber, state_code AS stateCode, title, credit_type AS creditType, excluded FROM course_history WHERE excluded = 0')
    .all() as StoredCourseRow[];
  return unmatchedCourses(db, asCourseRows(rows));
}

/** A stored transcript course as both stores' reads give it (excluded as 0/1). */
export type StoredCourseRow = Omit<CourseRow, 'excluded'> & { excluded: number };

export function asCourseRows(rows: readonly StoredCourseRow[]): CourseRow[] {
  return rows.map((r) => ({ ...r, excluded: r.excluded === 1 }));
}
