import { z } from 'zod';

/**
 * School years run August to June: a date from August on belongs to the year ending next June.
 * Class year (year of graduation) and grade are two views of the same fact. `today` is a Date or
 * a `YYYY-MM-DD` day (the roster import passes the counselor's local day as text).
 */
export function schoolYearEnd(today: Date | string): number {
  const [year, month] =
    typeof today === 'string' ? (today.split('-').map(Number) as [number, number]) : [today.getUTCFullYear(), today.getUTCMonth() + 1];
  return month >= 8 ? year + 1 : year;
}

export function classYearForGrade(grade: number, today: Date | string): number {
  return schoolYearEnd(today) + (12 - grade);
}

export function gradeForClassYear(classYear: number, today: Date | string): number {
  return 12 - (classYear - schoolYearEnd(today));
}

/**
 * The school year (August 1 – July 31) that `today` falls in, as first and last dates: the rule
 * behind "reviewed this year" and "no conference this year".
 */
export function schoolYearDates(today: Date | string): { first: string; last: string } {
  const end = schoolYearEnd(today);
  return { first: `${end - 1}-08-01`, last: `${end}-07-31` };
}

/** "2027-28": the school year that ends in June 2028, as SIS files write it. */
export const SchoolYearName = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}$/, 'a school year written like 2027-28')
  .refine((text) => {
    const start = Number(text.slice(0, 4));
    return (start + 1) % 100 === Number(text.slice(5));
  }, 'a school year whose second year follows the first, like 2027-28');

/** The school year's end (2028 for "2027-28"). */
export function schoolYearEndOf(name: string): number {
  return Number(name.trim().slice(0, 4)) + 1;
}

