import { spreadEvenly as evenFigures, type ExpectedByGrade } from '../../../shared/domain/requirements';
import { credits } from '../plan/format';

/**
 * The credits a student is expected to have earned by the end of each grade, as the requirements
 * form holds them. "Spread evenly" is the default (the set stores null and the core divides the
 * total by four); a school with its own promotion rules (say 5 / 11 / 17 / 24) sets them by grade.
 */

export const EXPECTED_GRADES = ['9', '10', '11', '12'] as const;
export type ExpectedGrade = (typeof EXPECTED_GRADES)[number];

export interface ExpectedDraft {
  mode: 'even' | 'by_grade';
  /** The figures as typed, used when mode is by_grade. */
  byGrade: Record<ExpectedGrade, string>;
}

/** The figure the on-track verdict uses by default: the total spread evenly, in quarter steps (shared/domain/requirements.ts). */
export function spreadEvenly(total: number, grade: ExpectedGrade): number {
  return evenFigures(total)[grade];
}

export function expectedDraftOf(saved: ExpectedByGrade | null, total: number): ExpectedDraft {
  const byGrade = {} as Record<ExpectedGrade, string>;
  for (const g of EXPECTED_GRADES) byGrade[g] = String(saved ? saved[g] : spreadEvenly(total, g));
  return { mode: saved ? 'by_grade' : 'even', byGrade };
}

/** Switching to "by grade" starts from the even spread of the total as it stands now. */
export function byGradeFromTotal(total: number): Record<ExpectedGrade, string> {
  const byGrade = {} as Record<ExpectedGrade, string>;
  for (const g of EXPECTED_GRADES) byGrade[g] = String(spreadEvenly(Number.isFinite(total) ? total : 0, g));
  return byGrade;
}

export interface ExpectedProblem {
  grade: ExpectedGrade;
  message: string;
}

/**
 * What is wrong with the figures, in a sentence, or null. The rules: a number of credits in
 * quarter steps, never fewer than the grade before (they are cumulative), and grade 12 no more
 * than the total to graduate (a student cannot be expected to earn more than graduating asks).
 * Grade 12 may be less than the total: some schools count summer credit after grade 12.
 */
export function expectedProblem(draft: ExpectedDraft, total: number): ExpectedProblem | null {
  if (draft.mode === 'even') return null;
  let before: { grade: ExpectedGrade; value: number } | null = null;
  for (const grade of EXPECTED_GRADES) {
    const text = draft.byGrade[grade].trim();
    const value = text === '' ? Number.NaN : Number(text);
    const label = `Credits expected by the end of grade ${grade}`;
    if (!Number.isFinite(value) || value < 0 || value > 60) {
      return { grade, message: `${label}: “${text}” is not a number of credits from 0 to 60.` };
    }
    if (!Number.isInteger(value * 4)) {
      return { grade, message: `${label}: ${text} is not in quarter-credit steps (such as 5.75 or 6).` };
    }
    if (before && value < before.value) {
      return {
        grade,
        message: `${label} (${credits(value)}) are fewer than by the end of grade ${before.grade} (${credits(before.value)}): the figures add up year by year, so each is at least the one before.`,
      };
    }
    before = { grade, value };
  }
  const last = Number(draft.byGrade['12']);
  if (Number.isFinite(total) && last > total) {
    return {
      grade: '12',
      message: `Credits expected by the end of grade 12 (${credits(last)}) are more than the ${credits(total)} needed to graduate: lower it to ${credits(total)} or less.`,
    };
  }
  return null;
}

/** The figures as the set stores them: null for the even spread. Call only when expectedProblem is null. */
export function expectedFromDraft(draft: ExpectedDraft): ExpectedByGrade | null {
  if (draft.mode === 'even') return null;
  return { '9': Number(draft.byGrade['9']), '10': Number(draft.byGrade['10']), '11': Number(draft.byGrade['11']), '12': Number(draft.byGrade['12']) };
}
