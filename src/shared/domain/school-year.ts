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
