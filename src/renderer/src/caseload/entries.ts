import type { OnTrackVerdict } from '../../../shared/domain/plan-view';
import type { CaseloadRow, PlanStatus } from '../../../shared/domain/student';
import { displayName } from '../../../shared/domain/names';
import { foldForSearch } from '../../../shared/text';
import { ALL_OPTION, BLANK_OPTION, type FilterOption } from '../shell/filterOptions';

/** The caseload table's columns, in the order they are shown. */
export const caseloadColumnIds = [
  'studentNumber',
  'name',
  'grade',
  'classYear',
  'counselor',
  'homeroom',
  'planStatus',
  'cluster',
  'creditsEarned',
  'onTrack',
  'lastConference',
] as const;
export type CaseloadColumnId = (typeof caseloadColumnIds)[number];

/**
 * One caseload row as the table works with it. The folded search key is worked out once, when the
 * list arrives, so typing over 20,000 students only does substring tests. Sorting compares integer
 * ranks (collated text, blanks last), worked out for a column the first time it is sorted.
 */
export interface CaseloadEntry {
  readonly row: CaseloadRow;
  /** Position in the list as it arrived: the index into the rank arrays. */
  readonly index: number;
  readonly name: string;
  readonly fullName: string;
  readonly searchKey: string;
  readonly ranks: ColumnRanks;
}

const planOrder: Record<PlanStatus, number> = { none: 0, started: 1, complete_with_warnings: 2, complete: 3, reviewed: 4 };
/** Ascending puts those who need a conversation first: off track, then on track, then not known. */
const onTrackOrder: Record<OnTrackVerdict, number> = { off_track: 0, on_track: 1, unknown: 2 };

export const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const BLANK_LAST = 1_000_000;

/** Positions of each value in collated order; blanks sort after every value. */
function ranksOf(values: readonly (string | null)[]): Int32Array {
  const distinct = [...new Set(values.filter((v): v is string => v !== null))].sort(collator.compare);
  const position = new Map<string, number>();
  distinct.forEach((v, i) => position.set(v, i));
  const ranks = new Int32Array(values.length);
  values.forEach((v, i) => (ranks[i] = v === null ? BLANK_LAST : (position.get(v) ?? BLANK_LAST)));
  return ranks;
}

function numbersOf(values: readonly (number | null)[]): Int32Array {
  return Int32Array.from(values, (v) => v ?? BLANK_LAST);
}

/** Sort ranks per column for one list of rows, each computed on first use and then kept. */
export class ColumnRanks {
  private readonly computed = new Map<CaseloadColumnId, Int32Array>();

  constructor(
    private readonly rows: readonly CaseloadRow[],
    private readonly names: readonly string[],
  ) {}

  of(column: CaseloadColumnId): Int32Array {
    let ranks = this.computed.get(column);
    if (!ranks) {
      ranks = this.compute(column);
      this.computed.set(column, ranks);
    }
    return ranks;
  }

  private compute(column: CaseloadColumnId): Int32Array {
    const rows = this.rows;
    switch (column) {
      case 'studentNumber':
        return ranksOf(rows.map((r) => r.studentNumber));
      case 'name':
        return ranksOf(this.names);
      case 'grade':
        return numbersOf(rows.map((r) => r.grade));
      case 'classYear':
        return numbersOf(rows.map((r) => r.classYear));
      case 'counselor':
        return ranksOf(rows.map((r) => r.counselor));
      case 'homeroom':
        return ranksOf(rows.map((r) => r.homeroom));
      case 'planStatus':
        return Int32Array.from(rows, (r) => planOrder[r.planStatus]);
      case 'cluster':
        return ranksOf(rows.map((r) => r.clusterCode));
      case 'creditsEarned':
        // Credits come in quarter steps (and hundredths at worst): whole hundredths keep the order exact.
        return numbersOf(rows.map((r) => (r.creditsEarned === null ? null : Math.round(r.creditsEarned * 100))));
      case 'onTrack':
        return Int32Array.from(rows, (r) => onTrackOrder[r.onTrack]);
      case 'lastConference':
        // ISO dates sort as text; ascending puts the longest since a conference first, never-met last.
        return ranksOf(rows.map((r) => r.lastConference));
    }
  }
}

const plainText = /^[\x20-\x7e]*$/;
const fold = (text: string) => (plainText.test(text) ? text.toLowerCase() : foldForSearch(text));

/**
 * foldForSearch with a memory: names repeat a great deal across a school (a few hundred distinct
 * first and last names among 20,000 students), so each distinct one is folded once.
 */
function folder(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let folded = seen.get(text);
    if (folded === undefined) {
      folded = fold(text);
      seen.set(text, folded);
    }
    return folded;
  };
}

export function toEntries(rows: readonly CaseloadRow[]): CaseloadEntry[] {
  const started = performance.now();
  const names = rows.map((r) => displayName(r));
  const ranks = new ColumnRanks(rows, names);
  const foldName = folder();
  const entries = rows.map((row, index): CaseloadEntry => {
    const name = names[index] ?? '';
    // Every word of the display name ("Last, Preferred") is among these; a search word holds no space or comma.
    const key = [row.firstName, row.middleName, row.lastName, row.preferredName].map((p) => (p ? foldName(p) : '')).join(' ');
    return {
      row,
      index,
      name,
      fullName: [row.firstName, row.middleName, row.lastName].filter(Boolean).join(' '),
      // Student numbers are unique: folded each on its own, not remembered.
      searchKey: `${key} ${fold(row.studentNumber)}`,
      ranks,
    };
  });
  // Visible in the browser's performance timeline and read by bench/caseload.ts.
  performance.measure('caseload: index rows', { start: started, end: performance.now() });
  return entries;
}

/** What the search box holds, folded and split into words: every word must appear in the key. */
export function queryTokens(query: string): string[] {
  return foldForSearch(query)
    .split(/[\s,]+/)
    .filter((t) => t.length > 0);
}

export function matchesTokens(entry: CaseloadEntry, tokens: readonly string[]): boolean {
  for (const t of tokens) if (!entry.searchKey.includes(t)) return false;
  return true;
}

export { ALL_OPTION, BLANK_OPTION, type FilterOption };

export function gradeOptions(entries: readonly CaseloadEntry[]): FilterOption[] {
  const grades = new Set<number>([9, 10, 11, 12]);
  let blank = false;
  for (const e of entries) {
    if (e.row.grade === null) blank = true;
    else grades.add(e.row.grade);
  }
  const options = [...grades].sort((a, b) => a - b).map((g) => ({ value: String(g), label: `Grade ${g}` }));
  return [
    { value: ALL_OPTION, label: 'All grades' },
    ...options,
    ...(blank ? [{ value: BLANK_OPTION, label: 'No grade' }] : []),
  ];
}

export function counselorOptions(entries: readonly CaseloadEntry[]): FilterOption[] {
  const counselors = new Set<string>();
  let blank = false;
  for (const e of entries) {
    if (e.row.counselor === null) blank = true;
    else counselors.add(e.row.counselor);
  }
  return [
    { value: ALL_OPTION, label: 'All counselors' },
    ...[...counselors].sort(collator.compare).map((c) => ({ value: c, label: c })),
    ...(blank ? [{ value: BLANK_OPTION, label: 'No counselor' }] : []),
  ];
}

/** Does a row's value pass a select filter (all, a value, or blank)? */
export function passesSelect(value: string | number | null, selected: string): boolean {
  if (selected === ALL_OPTION) return true;
  if (selected === BLANK_OPTION) return value === null;
  return value !== null && String(value) === selected;
}

export const planStatusLabels: Record<PlanStatus, string> = {
  none: 'No plan',
  started: 'Started',
  complete_with_warnings: 'Complete, with warnings',
  complete: 'Complete',
  reviewed: 'Reviewed',
};

export function planStatusOptions(): FilterOption[] {
  return [
    { value: ALL_OPTION, label: 'All plan statuses' },
    ...(Object.keys(planStatusLabels) as PlanStatus[]).map((s) => ({ value: s, label: planStatusLabels[s] })),
  ];
}

/** Clusters chosen in the caseload's plans, by name; "No cluster yet" for students still exploring. */
export function clusterOptions(entries: readonly CaseloadEntry[], clusterNames: ReadonlyMap<string, string>): FilterOption[] {
  const codes = new Set<string>();
  let blank = false;
  for (const e of entries) {
    if (e.row.clusterCode === null) blank = true;
    else codes.add(e.row.clusterCode);
  }
  const label = (code: string) => clusterNames.get(code) ?? code;
  return [
    { value: ALL_OPTION, label: 'All clusters' },
    ...[...codes].sort((a, b) => collator.compare(label(a), label(b))).map((c) => ({ value: c, label: label(c) })),
    ...(blank ? [{ value: BLANK_OPTION, label: 'No cluster yet' }] : []),
  ];
}

/** The on-track words of the caseload, the same the plan editor uses (a mark beside, never colour alone). */
export const onTrackLabels: Record<OnTrackVerdict, string> = {
  off_track: 'Off track',
  on_track: 'On track',
  unknown: 'Not yet known',
};

export function onTrackOptions(): FilterOption[] {
  return [
    { value: ALL_OPTION, label: 'All' },
    ...(['off_track', 'on_track', 'unknown'] as const).map((v) => ({ value: v, label: onTrackLabels[v] })),
  ];
}

/** The conference filter: every student, those with none this school year (August–July), or those with one. */
export const conferenceChoices = { none_this_year: 'No conference this year', this_year: 'Conference this year' } as const;
export type ConferenceChoice = keyof typeof conferenceChoices;

export function conferenceOptions(): FilterOption[] {
  return [
    { value: ALL_OPTION, label: 'All' },
    ...(Object.keys(conferenceChoices) as ConferenceChoice[]).map((c) => ({ value: c, label: conferenceChoices[c] })),
  ];
}

/** Does a row pass the conference filter? The count this year comes from the Node side's school-year rule. */
export function passesConference(row: CaseloadRow, selected: string): boolean {
  if (selected === 'none_this_year') return row.conferencesThisYear === 0;
  if (selected === 'this_year') return row.conferencesThisYear > 0;
  return true;
}
