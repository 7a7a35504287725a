import type { Database as Db } from 'better-sqlite3';
import type { SubjectArea } from '../../../shared/domain/catalog';
import type { CreditTypeMapping, UnmatchedCourse } from '../../../shared/domain/history';
import { departmentKey, departmentMapping, mapDepartment, type DepartmentMapping } from '../courses/catalog-departments';
import { loadCatalog } from '../courses/repository';
import { courseMatcher, rememberedMatches, transcriptCourseKey } from './match';

/**
 * A student information system's credit types (ENG, MATH, SOC ...) mapped to subject areas through
 * the catalog's department mapping (one table of remembered area words): the counselor's choice for
 * this import, then a remembered one, then the automatic reading — which for credit types also knows
 * the short codes SIS setups use. An unmapped credit type counts as elective; it is not a rejection.
 */
const CODES: Record<string, SubjectArea> = {
  eng: 'english', la: 'english', ela: 'english', lang: 'english', engl: 'english',
  math: 'math', ma: 'math', mth: 'math', mat: 'math',
  sci: 'science', sc: 'science',
  ss: 'social_studies', soc: 'social_studies', sst: 'social_studies', hist: 'social_studies', 'soc st': 'social_studies',
  pe: 'physical_education', phed: 'physical_education', 'phy ed': 'physical_education',
  hlth: 'health', hl: 'health', hea: 'health',
  fin: 'personal_finance', pf: 'personal_finance', 'pers fin': 'personal_finance', econ: 'personal_finance',
  wl: 'world_language', fl: 'world_language', lote: 'world_language', wlang: 'world_language',
  art: 'fine_arts', arts: 'fine_arts', mus: 'fine_arts', music: 'fine_arts', fa: 'fine_arts', va: 'fine_arts', vpa: 'fine_arts',
  cte: 'cte', voc: 'cte', ctec: 'cte', 'career and technical ed': 'cte', 'career tech ed': 'cte',
  elec: 'elective', el: 'elective', elect: 'elective', elective: 'elective', electives: 'elective',
};

export function creditTypeArea(mapping: DepartmentMapping, creditType: string): Omit<CreditTypeMapping, 'creditType' | 'rows'> {
  const found = mapDepartment(mapping, creditType);
  if (found.area) return found;
  const code = CODES[departmentKey(creditType)];
  return code ? { area: code, source: 'automatic' } : { area: null, source: 'unmapped' };
}

export function creditTypeMapping(db: Db, chosen: Readonly<Record<string, SubjectArea>> = {}): DepartmentMapping {
  return departmentMapping(db, chosen);
}

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
  const matcher = courseMatcher(loadCatalog(db), rememberedMatches(db));
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
    .all() as (Omit<CourseRow, 'excluded'> & { excluded: number })[];
  return unmatchedCourses(db, rows.map((r) => ({ ...r, excluded: r.excluded === 1 })));
}
