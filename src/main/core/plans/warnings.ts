import type { Catalog } from '../../../shared/domain/catalog';
import type { Acknowledgement, PlanCourse } from '../../../shared/domain/plan';
import type { PlanWarning, WarningKind } from '../../../shared/domain/plan-view';
import { PLAN_YEAR_LABELS, PLAN_YEARS, isHighSchoolYear, type PlanYear } from '../../../shared/domain/program';
import { TERM_QUARTERS } from './placement';

/** More credits than this in one high-school year is a heavy load (a 7-period day holds 7). */
export const HEAVY_LOAD_CREDITS = 7.5;

/**
 * A course comes before another when it is in an earlier year, or in the same year in a term
 * that ends before the other begins (Q1 before S2, S1 before Q3). Two full-year courses in the
 * same year run side by side, so neither comes before the other.
 */
export function comesBefore(a: Pick<PlanCourse, 'year' | 'term'>, b: Pick<PlanCourse, 'year' | 'term'>): boolean {
  const ya = PLAN_YEARS.indexOf(a.year);
  const yb = PLAN_YEARS.indexOf(b.year);
  if (ya !== yb) return ya < yb;
  return TERM_QUARTERS[a.term][1] < TERM_QUARTERS[b.term][0];
}

/** A completed attempt that earned nothing (a failed course) neither counts nor satisfies anything. */
export function isFailedAttempt(c: PlanCourse): boolean {
  return c.status === 'completed' && c.creditsEarned === 0;
}

/** Credits a placed course adds to its year: earned credits once completed, catalog credits before. */
export function placedCredits(c: PlanCourse, catalog: Catalog): number {
  const catalogCredits = isHighSchoolYear(c.year)
    ? (catalog.courses.get(c.courseNumber)?.credits ?? 0)
    : (catalog.postsecondary.get(c.courseNumber)?.credits ?? 0);
  return c.status === 'completed' ? (c.creditsEarned ?? catalogCredits) : catalogCredits;
}

/**
 * Checks a counselor can act on. Warnings never block; each keeps a stable id (kind, course,
 * year) so an acknowledgement with a note stays attached while the situation lasts.
 *
 * - prerequisite_missing / prerequisite_later: for each planned course in grades 9–12, each
 *   prerequisite group (AND of ORs) needs one of its courses placed before it (see comesBefore);
 *   a failed attempt does not count. "later" when one is in the plan but not before.
 * - not_offered_in_grade: a planned course placed in a grade the catalog does not offer it in.
 * - duplicate_course: a course that is not repeatable placed twice or more; a failed attempt
 *   followed by a retake is not a duplicate.
 * - heavy_load: more than HEAVY_LOAD_CREDITS in one high-school year.
 * - unknown_course: a course number the catalog (or postsecondary list) no longer has.
 * Completed and in-progress courses are history: they are not checked for prerequisites or
 * grades, only counted.
 */
export function planWarnings(courses: readonly PlanCourse[], catalog: Catalog, acknowledgements: readonly Acknowledgement[] = []): PlanWarning[] {
  const warnings: Omit<PlanWarning, 'acknowledged'>[] = [];
  const add = (kind: WarningKind, detail: string, courseNumber: string | null, year: PlanYear | null, message: string) =>
    warnings.push({ id: [kind, courseNumber, year, detail].filter((p) => p !== null && p !== '').join(':'), kind, message, courseNumber, year });
  const title = (n: string) => {
    const c = catalog.courses.get(n);
    return c ? `${c.title} (${n})` : n;
  };
  const where = (y: PlanYear) => (isHighSchoolYear(y) ? `grade ${y}` : PLAN_YEAR_LABELS[y].toLowerCase());

  for (const placed of courses) {
    const known = isHighSchoolYear(placed.year) ? catalog.courses.has(placed.courseNumber) : catalog.postsecondary.has(placed.courseNumber);
    if (!known) {
      add('unknown_course', '', placed.courseNumber, placed.year, `${placed.courseNumber} in ${where(placed.year)} is not in the catalog any more; replace it or remove it.`);
    }
  }

  const highSchool = courses.filter((c) => isHighSchoolYear(c.year));
  for (const placed of highSchool) {
    const course = catalog.courses.get(placed.courseNumber);
    if (!course || placed.status !== 'planned') continue;
    course.prerequisites.forEach((group) => {
      const candidates = highSchool.filter((c) => c !== placed && group.includes(c.courseNumber) && !isFailedAttempt(c));
      if (candidates.some((c) => comesBefore(c, placed))) return;
      const names = group.map(title).join(' or ');
      const detail = group.join('|');
      if (candidates.length === 0) {
        add('prerequisite_missing', detail, placed.courseNumber, placed.year, `${title(placed.courseNumber)} in ${where(placed.year)} needs ${names} first, and it is not in the plan.`);
      } else {
        const at = candidates.map((c) => `${where(c.year)}${c.term === 'full_year' ? '' : ` ${c.term}`}`).join(', ');
        add('prerequisite_later', detail, placed.courseNumber, placed.year, `${title(placed.courseNumber)} in ${where(placed.year)} needs ${names} first, but it is planned for ${at}, not before.`);
      }
    });
    const grade = Number(placed.year);
    if (!course.grades.includes(grade)) {
      add('not_offered_in_grade', '', placed.courseNumber, placed.year, `${title(placed.courseNumber)} is offered in grades ${course.grades.join(', ')}, not in grade ${grade}.`);
    }
  }

  const attempts = new Map<string, PlanCourse[]>();
  for (const c of highSchool) {
    if (isFailedAttempt(c)) continue;
    attempts.set(c.courseNumber, [...(attempts.get(c.courseNumber) ?? []), c]);
  }
  for (const [number, list] of attempts) {
    const course = catalog.courses.get(number);
    if (list.length < 2 || !course || course.repeatable) continue;
    const years = list.map((c) => where(c.year)).join(' and ');
    add('duplicate_course', '', number, null, `${title(number)} is in the plan ${list.length} times (${years}) and is not a course taken twice for credit.`);
  }

  for (const year of PLAN_YEARS.filter(isHighSchoolYear)) {
    const credits = highSchool.filter((c) => c.year === year).reduce((sum, c) => sum + placedCredits(c, catalog), 0);
    if (credits > HEAVY_LOAD_CREDITS) {
      add('heavy_load', '', null, year, `Grade ${year} holds ${credits} credits, more than the ${HEAVY_LOAD_CREDITS} a school day fits; check the schedule or move a course.`);
    }
  }

  const acks = new Map(acknowledgements.map((a) => [a.warningId, a]));
  return warnings.map((w) => {
    const a = acks.get(w.id);
    return { ...w, acknowledged: a ? { note: a.note, date: a.date } : null };
  });
}
