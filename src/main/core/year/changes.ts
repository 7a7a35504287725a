import type { Database as Db } from 'better-sqlite3';
import { localIsoDate } from '../../../shared/domain/common';
import type { YearStartCounts, YearStartPreview } from '../../../shared/domain/year';
import { schoolYearText } from '../../../shared/domain/year';
import { planSummaries } from '../plans/caseload-status';
import { reviewWindow } from '../plans/status';

/** Exactly what starting a school year changes, student by student: what the start writes and records. */
export interface YearStartChanges {
  /** The ending year of the school year being started (2028 for 2027-28). */
  schoolYear: number;
  graduate: { studentNumber: string; classYear: number }[];
  advance: { studentNumber: string; from: number; to: number }[];
  reviewsReset: { studentNumber: string; lastReviewed: string }[];
}

interface ActiveStudent {
  student_number: string;
  grade: number | null;
  class_year: number | null;
}

/**
 * The rules of a start, for school year `schoolYear` (ending year) started on `now`:
 * - an active student whose class year is the year that just ended or earlier graduates (a
 *   student not in the latest roster is left alone: they left, they did not graduate here);
 * - every other active student with a grade below 12 moves up one grade (a later roster import
 *   sets grades as usual);
 * - a plan shown "reviewed" now whose review falls before the new year's window shows "complete"
 *   (the same rule the caseload uses, plans/status.ts reviewWindow, asked both ways).
 *
 * Synchronous, so a start can work it out again inside its write transaction; which plans show
 * "reviewed" (`reviewedPlans`: it needs every plan's requirements, built in slices) is asked
 * before, and each one's review date is read again here.
 */
export function yearStartChanges(db: Db, schoolYear: number, now: Date, reviewedNow: ReadonlySet<string>): YearStartChanges {
  const lastClass = schoolYear - 1;
  const students = db
    .prepare("SELECT student_number, grade, class_year FROM student WHERE status = 'active' ORDER BY student_number")
    .all() as ActiveStudent[];
  const graduate: YearStartChanges['graduate'] = [];
  const advance: YearStartChanges['advance'] = [];
  for (const s of students) {
    if (s.class_year !== null && s.class_year <= lastClass) graduate.push({ studentNumber: s.student_number, classYear: s.class_year });
    else if (s.grade !== null && s.grade < 12) advance.push({ studentNumber: s.student_number, from: s.grade, to: s.grade + 1 });
  }
  const after = reviewWindow(now, { schoolYear, startedOn: localIsoDate(now) });
  const reviewed = new Map(
    (db.prepare('SELECT student_number, last_reviewed FROM plan WHERE last_reviewed IS NOT NULL').raw().all() as [string, string][]),
  );
  const reviewsReset: YearStartChanges['reviewsReset'] = [];
  for (const studentNumber of reviewedNow) {
    const lastReviewed = reviewed.get(studentNumber);
    if (lastReviewed === undefined) continue;
    if (lastReviewed < after.first || lastReviewed > after.last) reviewsReset.push({ studentNumber, lastReviewed });
  }
  reviewsReset.sort((a, b) => (a.studentNumber < b.studentNumber ? -1 : a.studentNumber > b.studentNumber ? 1 : 0));
  return { schoolYear, graduate, advance, reviewsReset };
}

/** The students whose plans the caseload shows "reviewed" on `now`. */
export async function reviewedPlans(db: Db, now: Date): Promise<Set<string>> {
  const reviewed = new Set<string>();
  for (const [studentNumber, summary] of await planSummaries(db, now)) if (summary.planStatus === 'reviewed') reviewed.add(studentNumber);
  return reviewed;
}

export function countsOf(changes: YearStartChanges): YearStartCounts {
  return { graduated: changes.graduate.length, gradesAdvanced: changes.advance.length, reviewsReset: changes.reviewsReset.length };
}

/** The bulk change as the counselor sees it before confirming: counts, graduates by class year, moves by grade. */
export function previewOf(changes: YearStartChanges): YearStartPreview {
  const byClass = new Map<number, number>();
  for (const g of changes.graduate) byClass.set(g.classYear, (byClass.get(g.classYear) ?? 0) + 1);
  const byGrade = new Map<number, number>();
  for (const a of changes.advance) byGrade.set(a.from, (byGrade.get(a.from) ?? 0) + 1);
  return {
    schoolYear: schoolYearText(changes.schoolYear),
    graduatingClassYear: changes.schoolYear - 1,
    counts: countsOf(changes),
    graduatingByClassYear: [...byClass].sort((a, b) => a[0] - b[0]).map(([classYear, students]) => ({ classYear, students })),
    advancingByGrade: [...byGrade].sort((a, b) => a[0] - b[0]).map(([from, students]) => ({ from, to: from + 1, students })),
  };
}
