import { Course, type Catalog, type CourseInput, type PostsecondaryEntry } from '../../../src/shared/domain/catalog';
import type { PlanCourse } from '../../../src/shared/domain/plan';

/** A course with sensible defaults; tests name only what they are about. */
export function course(number: string, overrides: Partial<CourseInput> = {}): Course {
  return Course.parse({
    number,
    title: `Course ${number}`,
    credits: 1,
    area: 'elective',
    grades: [9, 10, 11, 12],
    length: 'year',
    prerequisites: [],
    flags: { cte: false, ap: false, ib: false, honors: false, dualCredit: null },
    repeatable: false,
    tags: [],
    scedCode: null,
    stateCode: null,
    pathwayCodes: [],
    ...overrides,
  });
}

export function catalogOf(courses: Course[], postsecondary: PostsecondaryEntry[] = []): Catalog {
  return { courses: new Map(courses.map((c) => [c.number, c])), postsecondary: new Map(postsecondary.map((e) => [e.code, e])) };
}

let next = 0;
/** A course placed in a plan: planned, full year, unless the test says otherwise. */
export function placed(courseNumber: string, year: PlanCourse['year'], overrides: Partial<PlanCourse> = {}): PlanCourse {
  next += 1;
  return { id: `c-${next}`, year, term: 'full_year', courseNumber, status: 'planned', grade: null, creditsEarned: null, ...overrides };
}
