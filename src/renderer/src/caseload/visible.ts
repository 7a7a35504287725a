import { ALL_OPTION, matchesTokens, passesConference, passesSelect, type CaseloadEntry } from './entries';
import type { CaseloadView } from './viewAddress';

/** The view's filters as the table applies them: the search already folded into words. */
export type CaseloadFilters = Pick<CaseloadView, 'grade' | 'counselor' | 'planStatus' | 'cluster' | 'onTrack' | 'conference'> & {
  /** The folded search words the table shows (the deferred search). */
  tokens: readonly string[];
};

export function filtersActive({ tokens, grade, counselor, planStatus, cluster, onTrack, conference }: CaseloadFilters): boolean {
  return tokens.length > 0 || [grade, counselor, planStatus, cluster, onTrack, conference].some((f) => f !== ALL_OPTION);
}

/**
 * The student numbers the table shows under these filters, by the same tests the table applies
 * (search words, grade, counselor, plan status, cluster, on track, conference); null when nothing filters the caseload. Worked out on demand
 * (an export), not on every keystroke.
 */
export function visibleStudentNumbers(entries: readonly CaseloadEntry[], filters: CaseloadFilters): string[] | null {
  if (!filtersActive(filters)) return null;
  const numbers: string[] = [];
  for (const entry of entries) {
    if (!matchesTokens(entry, filters.tokens)) continue;
    if (!passesSelect(entry.row.grade, filters.grade)) continue;
    if (!passesSelect(entry.row.counselor, filters.counselor)) continue;
    if (!passesSelect(entry.row.planStatus, filters.planStatus)) continue;
    if (!passesSelect(entry.row.clusterCode, filters.cluster)) continue;
    if (!passesSelect(entry.row.onTrack, filters.onTrack)) continue;
    if (!passesConference(entry.row, filters.conference)) continue;
    numbers.push(entry.row.studentNumber);
  }
  return numbers;
}
