import type { PlanViewCourse, PlanWarning } from '../../../shared/domain/plan-view';

/** Where focus goes to show a warning: its item in the warnings list. */
export const warningFocusKey = (warningId: string) => `warning-item-${warningId}`;

/**
 * Whether a warning is about this course in the grid: the same course number (or, for a transcript
 * course the catalog does not know, the number the transcript writes), in the warning's year, or in
 * any year when the warning has none (a course placed twice is about every copy). The warnings list
 * goes from a warning to its course and the course card from a course to its warnings by this one rule.
 */
export function concerns(warning: PlanWarning, course: PlanViewCourse, by: 'number' | 'any' = 'any'): boolean {
  if (warning.courseNumber === null) return false;
  if (warning.year !== null && course.year !== warning.year) return false;
  if (course.courseNumber === warning.courseNumber) return true;
  return by === 'any' && course.transcript?.transcriptNumber === warning.courseNumber;
}

/** The warnings about one course, open ones first (the mark leads to the first). */
export function warningsAbout(warnings: readonly PlanWarning[], course: PlanViewCourse): PlanWarning[] {
  const about = warnings.filter((w) => concerns(w, course));
  return [...about.filter((w) => w.acknowledged === null), ...about.filter((w) => w.acknowledged !== null)];
}
