import type { YearStartCounts, YearStartPreview } from '../../../shared/domain/year';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The three changes of a start in words, for the preview (would) and after it (did). */
export function countLines(counts: YearStartCounts, graduatingClassYear: number | null, done: boolean): string[] {
  const classes = graduatingClassYear === null ? '' : ` (class of ${graduatingClassYear} and earlier)`;
  return [
    `${plural(counts.graduated, 'student', 'students')} ${done ? 'graduated' : 'will graduate'}${classes}: kept, read-only, shown under Graduated in the caseload`,
    `${plural(counts.gradesAdvanced, 'student', 'students')} ${done ? 'moved' : 'will move'} up one grade`,
    `${plural(counts.reviewsReset, 'reviewed plan', 'reviewed plans')} ${done ? 'show' : 'will show'} as complete until reviewed again`,
  ];
}

/** "grade 9 → 10: 14 students" lines, the bulk change in parts. */
export function gradeLines(preview: YearStartPreview): string[] {
  return preview.advancingByGrade.map((g) => `Grade ${g.from} → ${g.to}: ${plural(g.students, 'student', 'students')}`);
}
