import type { Database as Db } from 'better-sqlite3';
import type { Catalog, Course } from '../../../shared/domain/catalog';
import { titleKey } from '../courses/catalog-rows';

/**
 * Matching a transcript course to the catalog, in the order: by course number (leading
 * zeros, spaces, dashes and case as the catalog writes them: "0201", "201", "ENG 101", "eng-101"),
 * then by state or SCED code, then the counselor's remembered match (history_course_match), then
 * by exact title. One place for the rule: the import's unmatched list and the plan view
 * both ask here.
 */

export type MatchedBy = 'number' | 'code' | 'title' | 'counselor';

/** A course number as a key: upper case, without spaces, dashes, dots or leading zeros. */
export function courseNumberKey(courseNumber: string): string {
  const compact = courseNumber.toUpperCase().replace(/[\s\-_.]+/g, '');
  const stripped = compact.replace(/^0+(?=.)/, '');
  return stripped;
}

/** The key a counselor's match is remembered under: the number as a key, or the title when there is no number. */
export function transcriptCourseKey(courseNumber: string, title: string): string {
  const number = courseNumberKey(courseNumber);
  return number !== '' ? `n:${number}` : `t:${titleKey(title)}`;
}

export interface CourseMatcher {
  match(courseNumber: string, stateCode: string | null, title: string): { course: Course; by: MatchedBy } | null;
}

function uniqueIndex(courses: Iterable<Course>, keyOf: (c: Course) => string | null): Map<string, Course | null> {
  // null marks a key two courses share: ambiguous, so it matches neither.
  const index = new Map<string, Course | null>();
  for (const c of courses) {
    const key = keyOf(c);
    if (key === null || key === '') continue;
    index.set(key, index.has(key) ? null : c);
  }
  return index;
}

/** A matcher over this catalog and these remembered matches (transcriptCourseKey → catalog number). */
export function courseMatcher(catalog: Catalog, remembered: ReadonlyMap<string, string>): CourseMatcher {
  const courses = [...catalog.courses.values()];
  const byNumber = uniqueIndex(courses, (c) => courseNumberKey(c.number));
  const byCode = new Map<string, Course | null>();
  for (const c of courses) {
    for (const code of [c.stateCode, c.scedCode]) {
      if (!code) continue;
      const key = courseNumberKey(code);
      byCode.set(key, byCode.has(key) && byCode.get(key) !== c ? null : c);
    }
  }
  const byTitle = uniqueIndex(courses, (c) => titleKey(c.title));
  return {
    match(courseNumber, stateCode, title) {
      const exact = catalog.courses.get(courseNumber.trim());
      if (exact) return { course: exact, by: 'number' };
      const number = courseNumberKey(courseNumber);
      const n = number === '' ? undefined : byNumber.get(number);
      if (n) return { course: n, by: 'number' };
      for (const code of [stateCode, courseNumber]) {
        if (!code) continue;
        const c = byCode.get(courseNumberKey(code));
        if (c) return { course: c, by: 'code' };
      }
      // The counselor's own choice before a guess by title: a title match can be wrong, a choice is not.
      const chosen = remembered.get(transcriptCourseKey(courseNumber, title));
      const course = chosen === undefined ? undefined : catalog.courses.get(chosen);
      if (course) return { course, by: 'counselor' };
      const t = byTitle.get(titleKey(title));
      return t ? { course: t, by: 'title' } : null;
    },
  };
}

/** The counselor's matches: transcriptCourseKey → catalog course number. */
export function rememberedMatches(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT course_key, catalog_number FROM history_course_match').all() as { course_key: string; catalog_number: string }[];
  return new Map(rows.map((r) => [r.course_key, r.catalog_number]));
}
