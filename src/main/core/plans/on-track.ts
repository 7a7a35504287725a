import { SUBJECT_AREA_LABELS } from '../../../shared/domain/catalog';
import type { OnTrack, RequirementProgress } from '../../../shared/domain/plan-view';
import { spreadEvenly, type ExpectedByGrade, type RequirementSet } from '../../../shared/domain/requirements';
import { gradeForClassYear } from '../../../shared/domain/school-year';

/**
 * Is the student on track to graduate? Two questions a counselor asks at a conference:
 * has she earned what the school expects by the end of the grades she has finished, and does
 * her plan as a whole meet every requirement. Pure: the plan view and the caseload both ask here.
 */

/** Cumulative credits expected by the end of each grade: the set's own, or its total spread evenly (24 → 6, 12, 18, 24). */
export function expectedByGrade(set: Pick<RequirementSet, 'totalCredits' | 'expectedByGrade'>): ExpectedByGrade {
  return set.expectedByGrade ?? spreadEvenly(set.totalCredits);
}

/**
 * The grade the student is in today: from the class year when known (the roster's grade column
 * is as of the last import, the class year does not go stale), else the grade as stored.
 */
export function currentGrade(student: { grade: number | null; classYear: number | null }, today: Date): number | null {
  return student.classYear !== null ? gradeForClassYear(student.classYear, today) : student.grade;
}

/** The last grade finished: one below the current grade, none during grade 9, at most 12 (a student past grade 12). */
export function finishedGrade(grade: number | null): number | null {
  if (grade === null || grade <= 9) return null;
  return Math.min(grade - 1, 12);
}

function credits(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return `${rounded} credit${rounded === 1 ? '' : 's'}`;
}

export interface OnTrackInput {
  /** The student's grade today (currentGrade). */
  grade: number | null;
  set: Pick<RequirementSet, 'totalCredits' | 'expectedByGrade'>;
  progress: RequirementProgress;
  /** Whether there is anything to judge credits by: course history, or a course completed by hand. */
  hasRecord: boolean;
}

/**
 * The verdict: 'unknown' without a grade or before any record (before the first import nobody is
 * judged off track); on_track when the credits earned reach what is expected by the end of the
 * finished grade AND the plan meets every requirement; off_track otherwise, with a sentence for each reason.
 */
export function onTrack({ grade, set, progress, hasRecord }: OnTrackInput): OnTrack {
  const finished = finishedGrade(grade);
  const expected = finished === null ? 0 : expectedByGrade(set)[String(finished) as keyof ExpectedByGrade];
  const earned = progress.total.earned;
  const planMeetsRequirements = progress.allPlanned;
  if (grade === null || !hasRecord) {
    return { verdict: 'unknown', finishedGrade: finished, expected, earned, planMeetsRequirements, reasons: [] };
  }
  const reasons: string[] = [];
  if (earned < expected) {
    reasons.push(`${credits(expected - earned)} short of the ${expected} expected by the end of grade ${finished}`);
  }
  for (const a of progress.areas) {
    if (!a.met) reasons.push(`the plan does not yet meet ${SUBJECT_AREA_LABELS[a.area]}: ${round(a.planned)} of ${a.required} planned`);
  }
  if (!progress.total.met) {
    reasons.push(`the plan does not yet reach the ${progress.total.required} credits required: ${round(progress.total.planned)} planned`);
  }
  return { verdict: reasons.length === 0 ? 'on_track' : 'off_track', finishedGrade: finished, expected, earned, planMeetsRequirements, reasons };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
