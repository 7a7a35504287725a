import type { Catalog } from '../../../shared/domain/catalog';
import type { PlanCourse } from '../../../shared/domain/plan';
import { PLAN_YEARS, isHighSchoolYear } from '../../../shared/domain/program';
import type { TranscriptCourse } from '../history/attempts';
import { isAlternate } from './alternates';
import { countedPlanCourses, type CountedCourse } from '../requirements/evaluate';
import { isFailedAttempt } from './warnings';

/**
 * The transcript laid over the counselor's plan. The plan itself is never changed by it:
 * - a course the counselor planned for the year the transcript shows it taken is replaced in
 *   the view by the transcript's course (hidden, kept in the store);
 * - a course planned for a later year that the transcript shows passed stays, with an
 *   already_passed warning, and counts nothing (it would be counted twice);
 * - a course the counselor completed by hand stays, marked as entered by hand; when the
 *   transcript has the same course in the same year it counts once (the transcript's);
 * - a course planned for a year before the transcript shows it taken stays, counted once (the
 *   transcript's), with a duplicate_course warning;
 * - a repeatable course (band, choir) planned in a later year is a new attempt, not a duplicate;
 * - the plan's own duplicates (the same course that is not repeatable placed in two years, the
 *   duplicate_course warning) count once: the attempt furthest along (completed, then in progress,
 *   then the earliest planned); a failed attempt counts nothing, so its retake is the one counted.
 * Pure: the plan view and the caseload call it with what they have read.
 */
export interface Overlay {
  /** Counselor courses the transcript takes the place of (same catalog course, same year). */
  hidden: Set<string>;
  /** Counselor courses planned for a later year than a passed transcript attempt of the same course. */
  alreadyPassed: Map<string, TranscriptCourse>;
  /** Counselor courses completed by hand that the transcript also has in the same year, or planned before the year it was taken. */
  duplicates: Map<string, TranscriptCourse>;
  /** Counselor courses that repeat a course the plan already counts (not repeatable): kept, warned about, counted nothing. */
  repeats: Set<string>;
  /** What the requirements count: the counselor's courses that still count, and the transcript's. */
  counted: CountedCourse[];
  /** Whether there is a record to judge credits by: course history, or a course completed by hand. */
  hasRecord: boolean;
}

const yearIndex = (year: string) => PLAN_YEARS.indexOf(year as (typeof PLAN_YEARS)[number]);

export function countedTranscript(t: TranscriptCourse): CountedCourse {
  return { area: t.area, tags: t.course?.tags ?? [], earned: t.creditsEarned, planned: t.credits };
}

export function layTranscript(courses: readonly PlanCourse[], transcript: readonly TranscriptCourse[], catalog: Catalog): Overlay {
  const hidden = new Set<string>();
  const alreadyPassed = new Map<string, TranscriptCourse>();
  const duplicates = new Map<string, TranscriptCourse>();
  const byNumber = new Map<string, TranscriptCourse[]>();
  for (const t of transcript) {
    if (t.course === null) continue;
    byNumber.set(t.course.number, [...(byNumber.get(t.course.number) ?? []), t]);
  }
  for (const c of courses) {
    if (!isHighSchoolYear(c.year)) continue;
    const taken = byNumber.get(c.courseNumber);
    if (!taken) continue;
    const sameYear = taken.find((t) => t.year === c.year);
    if (sameYear) {
      if (c.status === 'completed') duplicates.set(c.id, sameYear);
      else hidden.add(c.id);
      continue;
    }
    const repeatable = catalog.courses.get(c.courseNumber)?.repeatable ?? false;
    if (repeatable || c.status === 'completed') continue;
    const passed = taken.find((t) => t.status === 'completed' && yearIndex(t.year) < yearIndex(c.year));
    // Planned for a year before the transcript shows it taken (or under way): the plan's year is stale, the course counts once.
    const takenLater = taken.find((t) => (t.status === 'completed' || t.status === 'in_progress') && yearIndex(t.year) > yearIndex(c.year));
    if (passed) alreadyPassed.set(c.id, passed);
    else if (takenLater) duplicates.set(c.id, takenLater);
  }
  // An alternate is a request in case another course cannot be scheduled, not a course taken: it counts nothing.
  const afterTranscript = courses.filter((c) => !hidden.has(c.id) && !alreadyPassed.has(c.id) && !duplicates.has(c.id) && !isAlternate(c));
  const repeats = repeatsInPlan(afterTranscript, catalog);
  const stillCounting = afterTranscript.filter((c) => !repeats.has(c.id));
  return {
    hidden,
    alreadyPassed,
    duplicates,
    repeats,
    counted: [...countedPlanCourses(stillCounting, catalog), ...transcript.map(countedTranscript)],
    hasRecord: transcript.length > 0 || courses.some((c) => c.status === 'completed' && isHighSchoolYear(c.year)),
  };
}

/** Furthest along first: a completed attempt is the record, an in-progress one is under way, a planned one is only a plan. */
const STATUS_RANK: Record<PlanCourse['status'], number> = { completed: 0, in_progress: 1, planned: 2 };

/** The plan's courses in grades 9–12 that repeat one it already counts (see layTranscript): the ids of all but one attempt per course. */
function repeatsInPlan(courses: readonly PlanCourse[], catalog: Catalog): Set<string> {
  const attempts = new Map<string, PlanCourse[]>();
  for (const c of courses) {
    if (!isHighSchoolYear(c.year) || isFailedAttempt(c) || (catalog.courses.get(c.courseNumber)?.repeatable ?? true)) continue;
    attempts.set(c.courseNumber, [...(attempts.get(c.courseNumber) ?? []), c]);
  }
  const repeats = new Set<string>();
  for (const list of attempts.values()) {
    const [, ...rest] = [...list].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || yearIndex(a.year) - yearIndex(b.year));
    for (const c of rest) repeats.add(c.id);
  }
  return repeats;
}

/** A transcript course as the plan's own warnings read it (prerequisites met, heavy load); unmatched ones are not plan courses. */
export function asPlanCourse(t: TranscriptCourse): PlanCourse | null {
  if (t.course === null) return null;
  return {
    id: 'c-0',
    year: t.year,
    term: t.term,
    courseNumber: t.course.number,
    status: t.status === 'in_progress' ? 'in_progress' : 'completed',
    grade: null,
    creditsEarned: t.status === 'in_progress' ? null : t.creditsEarned,
  };
}
