/**
 * School years run August to June: a date from August on belongs to the year ending next June.
 * Class year (year of graduation) and grade are two views of the same fact.
 */
export function schoolYearEnd(today: Date): number {
  return today.getUTCMonth() >= 7 ? today.getUTCFullYear() + 1 : today.getUTCFullYear();
}

export function classYearForGrade(grade: number, today: Date): number {
  return schoolYearEnd(today) + (12 - grade);
}

export function gradeForClassYear(classYear: number, today: Date): number {
  return 12 - (classYear - schoolYearEnd(today));
}
