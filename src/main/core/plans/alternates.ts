import type { Plan, PlanCourse } from '../../../shared/domain/plan';
import type { PlanOperation } from '../../../shared/domain/plan-operation';
import { isHighSchoolYear, type PlanYear } from '../../../shared/domain/program';
import { CounselorError } from '../../../shared/errors';

/**
 * Alternates: a planned course requested in case another course of the same year cannot be
 * scheduled. The rules, kept by every change to a plan's courses:
 * - an alternate stands in for one course of its own year that is not itself an alternate, so
 *   there are no chains (the scheduler reads "first choice, then alternates in rank order");
 * - only a planned high-school course is an alternate (once it is under way or done, it was
 *   scheduled: it is a course the student takes, and counts);
 * - ranks of one course's alternates run 1, 2, 3 … without gaps;
 * - moving a course to another year takes its alternates with it; removing a course puts its
 *   first alternate in its place (the others stay alternates, for that one).
 * An alternate counts toward nothing: not the year's credits, not a requirement, no warning.
 */

export function isAlternate(c: Pick<PlanCourse, 'alternate'>): boolean {
  return c.alternate !== undefined && c.alternate !== null;
}

function alternatesOf(courses: readonly PlanCourse[], id: string): PlanCourse[] {
  return courses.filter((c) => c.alternate?.forCourseId === id).sort((a, b) => a.alternate!.rank - b.alternate!.rank);
}

/**
 * Every link made true again after a change: links to a course that is gone, in another year or
 * itself an alternate are dropped; a course no longer planned is not an alternate; ranks renumbered.
 */
export function keepAlternatesTrue(courses: readonly PlanCourse[]): PlanCourse[] {
  const byId = new Map(courses.map((c) => [c.id, c]));
  const valid = (c: PlanCourse): boolean => {
    if (!c.alternate) return false;
    const primary = byId.get(c.alternate.forCourseId);
    return (
      primary !== undefined && primary !== c && primary.year === c.year && !isAlternate(primary) &&
      c.status === 'planned' && isHighSchoolYear(c.year)
    );
  };
  const kept = courses.map((c) => (c.alternate && !valid(c) ? { ...c, alternate: null } : c));
  const rank = new Map<string, number>();
  for (const primary of kept) {
    alternatesOf(kept, primary.id).forEach((a, i) => rank.set(a.id, i + 1));
  }
  return kept.map((c) => (c.alternate && rank.get(c.id) !== c.alternate.rank ? { ...c, alternate: { ...c.alternate, rank: rank.get(c.id)! } } : c));
}

function named(c: PlanCourse): string {
  return c.courseNumber;
}

/** The `setAlternate` operation: validated against the rules above, the other alternates re-ranked. */
export function setAlternate(plan: Plan, op: Extract<PlanOperation, { op: 'setAlternate' }>): Plan {
  const course = plan.courses.find((c) => c.id === op.courseId);
  if (!course) throw new CounselorError('not_found', `This plan has no course ${op.courseId}; it may have been removed in another window.`);
  if (op.forCourseId === null) {
    return { ...plan, courses: keepAlternatesTrue(plan.courses.map((c) => (c.id === course.id ? { ...c, alternate: null } : c))) };
  }
  const primary = plan.courses.find((c) => c.id === op.forCourseId);
  if (!primary) throw new CounselorError('not_found', `This plan has no course ${op.forCourseId}; it may have been removed in another window.`);
  if (primary.id === course.id) throw new CounselorError('invalid_input', `A course cannot be an alternate for itself; choose another course of the same year.`);
  if (!isHighSchoolYear(course.year)) throw new CounselorError('invalid_input', `Only a high-school course can be an alternate; ${named(course)} is after high school.`);
  if (course.status !== 'planned') {
    throw new CounselorError('invalid_input', `Only a planned course can be an alternate; ${named(course)} is already ${course.status === 'completed' ? 'completed' : 'in progress'}.`);
  }
  if (primary.year !== course.year) {
    throw new CounselorError('invalid_input', `An alternate stands in for a course of the same year; ${named(primary)} is in grade ${primary.year}, not grade ${course.year}.`);
  }
  if (isAlternate(primary)) {
    throw new CounselorError('invalid_input', `${named(primary)} is itself an alternate; choose the course it stands in for.`);
  }
  if (alternatesOf(plan.courses, course.id).length > 0) {
    throw new CounselorError('invalid_input', `${named(course)} has alternates of its own; make those courses of their own first.`);
  }
  const others = alternatesOf(plan.courses, primary.id).filter((c) => c.id !== course.id);
  const rank = Math.min(op.rank ?? others.length + 1, others.length + 1);
  const order = [...others.slice(0, rank - 1).map((c) => c.id), course.id, ...others.slice(rank - 1).map((c) => c.id)];
  const ranked = new Map(order.map((id, i) => [id, i + 1]));
  const courses = plan.courses.map((c) => (ranked.has(c.id) ? { ...c, alternate: { forCourseId: primary.id, rank: ranked.get(c.id)! } } : c));
  return { ...plan, courses: keepAlternatesTrue(courses) };
}

/** Before a course is removed: its first alternate takes its place, the rest become that one's alternates. */
export function promoteFirstAlternate(courses: readonly PlanCourse[], removedId: string): PlanCourse[] {
  const [first, ...rest] = alternatesOf(courses, removedId);
  if (!first) return [...courses];
  const restIds = new Set(rest.map((c) => c.id));
  return courses.map((c) => {
    if (c.id === first.id) return { ...c, alternate: null };
    if (restIds.has(c.id)) return { ...c, alternate: { forCourseId: first.id, rank: c.alternate!.rank - 1 } };
    return c;
  });
}

/** A course moved to another year takes its alternates along (they stand in for it, wherever it goes). */
export function moveAlternatesWith(courses: readonly PlanCourse[], movedId: string, year: PlanYear): PlanCourse[] {
  const ids = new Set(alternatesOf(courses, movedId).map((c) => c.id));
  return courses.map((c) => (ids.has(c.id) ? { ...c, year } : c));
}
