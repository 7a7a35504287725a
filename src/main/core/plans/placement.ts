import type { Catalog, Course } from '../../../shared/domain/catalog';
import type { Plan, PlanCourse, Term } from '../../../shared/domain/plan';
import { isHighSchoolYear, type PlanYear } from '../../../shared/domain/program';

/**
 * The next free id for a kind of plan item ("c-4" after "c-3"). Ids come from the plan itself,
 * not a counter, so a plan restored by undo goes on numbering exactly where it was.
 */
export function nextItemId(prefix: 'c' | 'g' | 'e' | 'cr', existing: readonly { id: string }[]): string {
  let max = 0;
  for (const { id } of existing) {
    const [p, n] = id.split('-');
    if (p === prefix) max = Math.max(max, Number(n));
  }
  return `${prefix}-${max + 1}`;
}

/** Each term as the quarters it spans, so "comes before" is one comparison. */
export const TERM_QUARTERS: Record<Term, readonly [number, number]> = {
  full_year: [1, 4],
  S1: [1, 2],
  S2: [3, 4],
  Q1: [1, 1],
  Q2: [2, 2],
  Q3: [3, 3],
  Q4: [4, 4],
};

/**
 * Where a course goes within its year when no term is given: a year-long course runs all year.
 * A semester or quarter course whose prerequisite sits earlier in the same year goes after it
 * (Welding 1 in S1, Welding 2 in S2); otherwise it takes the emptier semester or the first free
 * quarter. Postsecondary entries are fall (S1) then spring (S2).
 */
export function defaultTerm(plan: Plan, year: PlanYear, course: Course | undefined): Term {
  const inYear = plan.courses.filter((c) => c.year === year);
  const used = new Set(inYear.map((c) => c.term));
  const first = (terms: Term[]) => terms.find((t) => !used.has(t)) ?? terms[inYear.length % terms.length] ?? terms[0]!;
  if (!isHighSchoolYear(year)) return first(['S1', 'S2']);
  if (!course || course.length === 'year') return 'full_year';
  const prerequisites = new Set(course.prerequisites.flat());
  const after = Math.max(0, ...inYear.filter((c) => prerequisites.has(c.courseNumber)).map((c) => TERM_QUARTERS[c.term][1]));
  if (after > 0) return course.length === 'semester' ? 'S2' : (`Q${Math.min(after + 1, 4)}` as Term);
  if (course.length === 'semester') {
    const s1 = inYear.filter((c) => c.term === 'S1').length;
    const s2 = inYear.filter((c) => c.term === 'S2').length;
    return s1 <= s2 ? 'S1' : 'S2';
  }
  return first(['Q1', 'Q2', 'Q3', 'Q4']);
}

/** What a year's grid cell groups by: the course's subject area; every postsecondary entry is one group. */
export function slotGroup(year: PlanYear, courseNumber: string, catalog: Catalog): string | null {
  if (!isHighSchoolYear(year)) return 'postsecondary';
  return catalog.courses.get(courseNumber)?.area ?? null;
}

export function newPlanCourse(plan: Plan, year: PlanYear, courseNumber: string, catalog: Catalog, term?: Term): PlanCourse {
  return {
    id: nextItemId('c', plan.courses),
    year,
    term: term ?? defaultTerm(plan, year, catalog.courses.get(courseNumber)),
    courseNumber,
    status: 'planned',
    grade: null,
    creditsEarned: null,
  };
}
