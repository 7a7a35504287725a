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

/** A late start's two extra facts: who a roster since August 1 already gave this year's grade, and graduates that roster left out. */
export function lateLines(preview: YearStartPreview): string[] {
  const lines = [`${plural(preview.keptAsListed, 'student', 'students')} listed by a roster imported since ${preview.listedSince} keep the grade and status it gave`];
  if (preview.graduatingNotInRoster > 0) {
    lines.push(`${plural(preview.graduatingNotInRoster, 'of the graduates is', 'of the graduates are')} "not in latest roster" only because this year's rosters no longer list them`);
  }
  return lines;
}
