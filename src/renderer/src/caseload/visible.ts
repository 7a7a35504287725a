import { ALL_OPTION, caseloadColumnIds, matchesTokens, passesConference, passesSelect, type CaseloadColumnId, type CaseloadEntry } from './entries';
import type { CaseloadView } from './viewAddress';

/** The view's filters as the table applies them: the search already folded into words. */
export type CaseloadFilters = Pick<CaseloadView, 'grade' | 'counselor' | 'planStatus' | 'cluster' | 'onTrack' | 'conference'> & {
  /** The folded search words the table shows. */
  tokens: readonly string[];
};

/** The sort as the table header keeps it (TanStack's SortingState): first key first. */
export type CaseloadSorting = readonly { id: string; desc: boolean }[];

export function filtersActive({ tokens, grade, counselor, planStatus, cluster, onTrack, conference }: CaseloadFilters): boolean {
  return tokens.length > 0 || [grade, counselor, planStatus, cluster, onTrack, conference].some((f) => f !== ALL_OPTION);
}

/** Does one student pass the search words, grade, counselor, plan status, cluster, on track and conference filters? */
export function passesFilters(entry: CaseloadEntry, filters: CaseloadFilters): boolean {
  const { row } = entry;
  return (
    matchesTokens(entry, filters.tokens) &&
    passesSelect(row.grade, filters.grade) &&
    passesSelect(row.counselor, filters.counselor) &&
    passesSelect(row.planStatus, filters.planStatus) &&
    passesSelect(row.clusterCode, filters.cluster) &&
    passesSelect(row.onTrack, filters.onTrack) &&
    passesConference(row, filters.conference)
  );
}

const isColumn = (id: string): id is CaseloadColumnId => (caseloadColumnIds as readonly string[]).includes(id);

/**
 * Positions in `entries` in the order the sort asks (null: as the list arrived, by name), worked
 * out when the sort or the list changes, never on a keystroke. Ranks compare collated text with
 * blanks last; a descending key reverses its comparison; ties keep the list's order.
 */
export function sortOrder(entries: readonly CaseloadEntry[], sorting: CaseloadSorting): Int32Array | null {
  const keys = sorting.filter((s) => isColumn(s.id));
  const first = entries[0];
  if (keys.length === 0 || !first) return null;
  const ranks = keys.map((k) => ({ of: first.ranks.of(k.id as CaseloadColumnId), sign: k.desc ? -1 : 1 }));
  // Positions in `entries` (a status view may hold only some of the list); ranks are by list index.
  const listIndex = Int32Array.from(entries, (e) => e.index);
  const order = Int32Array.from(entries, (_, i) => i);
  return order.sort((a, b) => {
    for (const { of, sign } of ranks) {
      const d = (of[listIndex[a]!] ?? 0) - (of[listIndex[b]!] ?? 0);
      if (d !== 0) return sign * d;
    }
    return a - b;
  });
}

/**
 * The rows the table shows, in order: a filter over the sorted positions, one substring test per
 * search word per student, so a keystroke costs the same small pass whatever else the page holds.
 * `order` holds positions in `entries` (sortOrder of the same entries).
 */
export function shownEntries(entries: readonly CaseloadEntry[], filters: CaseloadFilters, order: Int32Array | null): readonly CaseloadEntry[] {
  const active = filtersActive(filters);
  if (!active && order === null) return entries;
  const shown: CaseloadEntry[] = [];
  const count = order === null ? entries.length : order.length;
  for (let i = 0; i < count; i++) {
    const entry = entries[order === null ? i : order[i]!]!;
    if (!active || passesFilters(entry, filters)) shown.push(entry);
  }
  return shown;
}

/**
 * Whether `next` can only show fewer rows than `prev`: the same selects, and each earlier search word
 * inside the word typed in its place (typing on: "mari" → "maria", "maria" → "maria g"). The table
 * then filters the rows it showed, not the whole caseload.
 */
export function narrows(prev: CaseloadFilters, next: CaseloadFilters): boolean {
  const sameSelects = (['grade', 'counselor', 'planStatus', 'cluster', 'onTrack', 'conference'] as const).every((k) => prev[k] === next[k]);
  return sameSelects && next.tokens.length >= prev.tokens.length && prev.tokens.every((t, i) => next.tokens[i]!.includes(t));
}

/**
 * The student numbers the table shows under these filters, by the same test the table applies;
 * null when nothing filters the caseload. Worked out on demand (an export), not on every keystroke.
 */
export function visibleStudentNumbers(entries: readonly CaseloadEntry[], filters: CaseloadFilters): string[] | null {
  if (!filtersActive(filters)) return null;
  return shownEntries(entries, filters, null).map((e) => e.row.studentNumber);
}
