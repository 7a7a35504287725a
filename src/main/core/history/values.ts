import type { HistoryResult } from '../../../shared/domain/history';
import { fail, ok, type Parsed } from '../roster/parsed';

/**
 * One transcript cell at a time, as the systems write them. Every refusal is a sentence that says
 * what is wrong with the value and how to write it; the row keeps its other cells' reasons too.
 */

/** The lowest numeric grade that passes: most US districts fail below 60 (a numeric grade alone decides only when there is no letter). */
export const PASSING_PERCENT = 60;

/** The most credit one transcript row can carry (the store refuses more: a typo such as 10 for 1.0 or 12). */
export const MAX_ROW_CREDITS = 10;

const YEAR_SPAN = /^(?:sy\s*)?(\d{4}|\d{2})\s*[-–/]\s*(\d{4}|\d{2})$/i;
const END_YEAR = /^(?:sy\s*)?(\d{4})(?:\.0+)?$/i;

/** "2024-25", "2024-2025", "24-25", "SY 2024-25", "2025" (an end year, as Ed-Fi and WISEdata write it) → 2025. */
export function parseSchoolYear(text: string): Parsed<number | null> {
  const value = text.trim();
  if (value === '') return ok(null);
  const span = YEAR_SPAN.exec(value);
  if (span) {
    const start = span[1]!.length === 2 ? 2000 + Number(span[1]) : Number(span[1]);
    const endDigits = span[2]!;
    const end = endDigits.length === 2 ? Math.floor(start / 100) * 100 + Number(endDigits) + (Number(endDigits) < start % 100 ? 100 : 0) : Number(endDigits);
    if (end !== start + 1) return fail(`School year "${value}" does not run from one year to the next; write it as 2024-25.`);
    return plausible(end, value);
  }
  const single = END_YEAR.exec(value);
  if (single) return plausible(Number(single[1]), value);
  return fail(`School year "${value}" is not a school year; write it as 2024-25 (or the year it ends, 2025).`);
}

function plausible(end: number, value: string): Parsed<number> {
  return end >= 1990 && end <= 2100 ? ok(end) : fail(`School year "${value}" is not a plausible year.`);
}

/**
 * PowerSchool's TermID: the year ID is TermID / 100 and year ID 0 began in 1990, so 3400 (and its
 * terms 3401, 3402 ...) is 2024-25. The end year is what the store keeps.
 */
export function schoolYearFromTermId(text: string): Parsed<number | null> {
  const value = text.trim();
  if (value === '') return ok(null);
  if (!/^\d{3,4}$/.test(value)) return fail(`Term ID "${value}" is not a PowerSchool term ID such as 3401.`);
  return plausible(1990 + Math.floor(Number(value) / 100) + 1, value);
}

const LEVEL = /^(?:grade|grd|gr|g)?\.?\s*(\d{1,2})(?:\.0+)?(?:st|nd|rd|th)?(?:\s*grade)?$/i;
const LEVEL_WORDS: Record<string, number> = { freshman: 9, sophomore: 10, junior: 11, senior: 12, k: 0, kg: 0 };

/** 9, "09", "Grade 9", "9th", "Freshman": the grade the student was in when taking the course. */
export function parseGradeLevel(text: string): Parsed<number | null> {
  const value = text.trim();
  if (value === '') return ok(null);
  const word = LEVEL_WORDS[value.toLowerCase()];
  if (word !== undefined) return ok(word);
  const match = LEVEL.exec(value);
  if (!match) return fail(`Grade level "${value}" is not a grade; write it as a number such as 9 or 10.`);
  const level = Number(match[1]);
  if (level > 12) return fail(`Grade level "${value}" is not a grade from kindergarten to 12; check the column holds the grade the student was in.`);
  return ok(level);
}

/** Credits: a number from 0 to 10 ("1", "0.5", ".25", "1,5" from a comma-decimal export). */
export function parseCredits(text: string, label: string): Parsed<number | null> {
  const value = text.trim();
  if (value === '') return ok(null);
  const number = Number(value.replace(/^(\d*),(\d+)$/, '$1.$2'));
  if (!Number.isFinite(number) || !/\d/.test(value)) return fail(`${label} "${value}" is not a number; write credits as 1 or 0.5.`);
  if (number < 0) return fail(`${label} "${value}" is below 0; credits cannot be negative.`);
  if (number > MAX_ROW_CREDITS) return fail(`${label} "${value}" is more than ${MAX_ROW_CREDITS} credits for one course row; check the decimal point.`);
  return ok(number);
}

const YES = new Set(['1', 'y', 'yes', 'true', 't', 'x']);
const NO = new Set(['', '0', 'n', 'no', 'false', 'f']);

/** ExcludeFromTranscripts: 1/0, Y/N, TRUE/FALSE. */
export function parseExcluded(text: string): Parsed<boolean> {
  const key = text.trim().toLowerCase();
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail(`"${text.trim()}" is not yes or no; write 1 to exclude the row from the transcript, 0 to keep it.`);
}

/** PowerSchool progress store codes (quarters, progress reports): grades on the way, not on the transcript. */
const PROGRESS_CODE = /^(?:Q[1-4]|P[1-9]|PR[1-9]?)$/i;

/** A progress row earns nothing; a Q row that earns credit is a quarter course's final grade. */
export function isProgressRow(term: string, earned: number | null, attempted: number | null): boolean {
  return PROGRESS_CODE.test(term.trim()) && !(earned !== null && earned > 0) && !(attempted !== null && attempted > 0);
}

const RESULT_WORDS: Record<string, HistoryResult> = {
  completed: 'passed', complete: 'passed', passed: 'passed', pass: 'passed', earned: 'passed', 'credit earned': 'passed',
  failed: 'failed', fail: 'failed', 'not completed': 'failed', 'no credit': 'failed', 'not passed': 'failed',
  withdrawn: 'withdrawn', withdrew: 'withdrawn', dropped: 'withdrawn', withdraw: 'withdrawn',
  incomplete: 'incomplete',
  'in progress': 'in_progress', inprogress: 'in_progress', enrolled: 'in_progress', current: 'in_progress', ongoing: 'in_progress', scheduled: 'in_progress',
};

/** A "course attempt result" or "course status" cell: when present it wins over what the mark suggests. */
export function parseResult(text: string): Parsed<HistoryResult | null> {
  const value = text.trim();
  if (value === '') return ok(null);
  const result = RESULT_WORDS[value.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ')];
  return result ? ok(result) : fail(`Course result "${value}" is not one of Completed, Failed, Withdrawn, Incomplete or In Progress.`);
}

const LETTER = /^([A-F])\s*([+\-−–]?)$/i;
const MARK_RESULTS: Record<string, HistoryResult> = {
  P: 'passed', PASS: 'passed', S: 'passed', CR: 'passed', E: 'failed',
  F: 'failed', FAIL: 'failed', U: 'failed', NC: 'failed', NG: 'failed', WF: 'withdrawn',
  I: 'incomplete', INC: 'incomplete', W: 'withdrawn', WP: 'withdrawn', WD: 'withdrawn', WX: 'withdrawn',
  IP: 'in_progress',
};

export interface Mark {
  /** The grade as the file writes it (a minus sign written as -), or null. */
  grade: string | null;
  result: HistoryResult | null;
}

/**
 * Letters with +/−, numbers 0–100 (failing below 60), P/F, I, W/WP/WF, NC, IP. A blank mark says
 * nothing by itself (null): the caller decides from the year and the credits.
 */
export function parseMark(text: string): Parsed<Mark> {
  const value = text.trim().replace(/[−–]/g, '-');
  if (value === '') return ok({ grade: null, result: null });
  const letter = LETTER.exec(value);
  if (letter) return ok({ grade: value.toUpperCase(), result: letter[1]!.toUpperCase() === 'F' ? 'failed' : 'passed' });
  const word = MARK_RESULTS[value.toUpperCase()];
  if (word) return ok({ grade: value.toUpperCase(), result: word });
  const number = Number(value);
  if (/^\d+(\.\d+)?$/.test(value) && number <= 100) return ok({ grade: value, result: number < PASSING_PERCENT ? 'failed' : 'passed' });
  return fail(`Grade "${value}" is not a grade this app reads: a letter (A to F, with + or -), a number from 0 to 100 (below ${PASSING_PERCENT} fails), P, F, I, W, WP, WF, NC or IP.`);
}
