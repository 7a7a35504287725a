import { MAX_CLASS_YEAR, MAX_GRADE, MIN_CLASS_YEAR, MIN_GRADE } from '../../../shared/domain/student';
import { fail, ok, type Parsed } from './parsed';

const GRADE_WORDS: Record<string, number> = {
  freshman: 9, freshmen: 9, fr: 9, frosh: 9,
  sophomore: 10, so: 10, soph: 10,
  junior: 11, jr: 11,
  senior: 12, sr: 12,
};
const GRADE_NUMBER = /^(?:grade|grd|gr|g)?\.?\s*(\d{1,2})(?:\.0+)?(?:st|nd|rd|th)?(?:\s*(?:grade|grd|gr))?$/;
const NOT_HIGH_SCHOOL = /^(k|kg|kindergarten|pk|pre-?k|tk|ps|pre-?school)$/;

/** 9, 09, 9th, Grade 9, Gr. 9, Freshman, FR: the forms real exports and hand-kept sheets use. */
export function parseGrade(text: string): Parsed<number | null> {
  const value = text.trim();
  if (value === '') return ok(null);
  const key = value.toLowerCase().replace(/\.$/, '');
  const word = GRADE_WORDS[key];
  if (word !== undefined) return ok(word);
  const match = GRADE_NUMBER.exec(key);
  if (!match && !NOT_HIGH_SCHOOL.test(key)) {
    return fail(`Grade "${value}" is not a grade; write it as a number from ${MIN_GRADE} to ${MAX_GRADE}.`);
  }
  const grade = match ? Number(match[1]) : 0;
  if (grade < MIN_GRADE || grade > MAX_GRADE) {
    return fail(`Grade "${value}" is not a high-school grade (${MIN_GRADE}–${MAX_GRADE}).`);
  }
  return ok(grade);
}

const CLASS_YEAR = /^(?:class\s+of\s+)?'?(\d{4}|\d{2})(?:\.0+)?$/i;

export function parseClassYear(text: string): Parsed<number | null> {
  const value = text.trim();
  if (value === '') return ok(null);
  const match = CLASS_YEAR.exec(value);
  if (!match) return fail(`Class year "${value}" is not a year; write it as four digits, such as 2029.`);
  const year = match[1]!.length === 2 ? 2000 + Number(match[1]) : Number(match[1]);
  // The ClassYear schema's bounds, compared here: a zod parse per row was a tenth of the row checks.
  if (year < MIN_CLASS_YEAR || year > MAX_CLASS_YEAR) return fail(`Class year "${value}" is not a plausible graduation year.`);
  return ok(year);
}

// School-year arithmetic (class year ↔ grade) lives in one place for the whole app.
export { classYearForGrade, gradeForClassYear, schoolYearEnd } from '../../../shared/domain/school-year';

/** Light on purpose: catches a name or phone number in the email column, not every RFC corner. */
const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>".]{2,}$/;

export function parseEmail(text: string, label: string): Parsed<string | null> {
  const value = text.trim().replace(/^mailto:/i, '');
  if (value === '') return ok(null);
  return EMAIL.test(value) ? ok(value) : fail(`${label} "${value}" is not an email address.`);
}

/** Trimmed, blank as null. Text that looks like a formula (=HYPERLINK(...), +1, @SUM(1)) stays the text it is. */
export function cleanText(text: string | undefined): string | null {
  const value = (text ?? '').trim();
  return value === '' ? null : value;
}
