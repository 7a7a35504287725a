import { ALL_OPTION } from '../shell/filterOptions';

/** TanStack Table's SortingState, written out: this module is read by Node-side tests too. */
export type ViewSorting = { id: string; desc: boolean }[];

/**
 * What the caseload shows: the search, the filters and the sort. It lives in the address
 * (`#/caseload?q=pena&grade=10&sort=-credits`), so opening a plan and coming back — by "Back to
 * caseload" or the browser's Back — returns to the same view, and a view can be bookmarked.
 * Choices left at their default are left out of the address.
 */
export interface CaseloadView {
  query: string;
  /** Which students by status: active (the default), not_in_latest_roster, graduated, all. */
  show: string;
  grade: string;
  counselor: string;
  planStatus: string;
  cluster: string;
  onTrack: string;
  conference: string;
  sorting: ViewSorting;
}

export const DEFAULT_VIEW: CaseloadView = {
  query: '',
  show: 'active',
  grade: ALL_OPTION,
  counselor: ALL_OPTION,
  planStatus: ALL_OPTION,
  cluster: ALL_OPTION,
  onTrack: ALL_OPTION,
  conference: ALL_OPTION,
  sorting: [],
};

/** The address's short names: stable, since bookmarks keep them. */
const PARAMS = [
  ['query', 'q'],
  ['show', 'show'],
  ['grade', 'grade'],
  ['counselor', 'counselor'],
  ['planStatus', 'status'],
  ['cluster', 'cluster'],
  ['onTrack', 'track'],
  ['conference', 'conference'],
] as const;

export const CASELOAD = '#/caseload';

/** The view an address names; anything it does not name is the default. */
export function viewFromHash(hash: string): CaseloadView {
  const at = hash.indexOf('?');
  if (!hash.startsWith(CASELOAD) || at === -1) return DEFAULT_VIEW;
  const params = new URLSearchParams(hash.slice(at + 1));
  const view: CaseloadView = { ...DEFAULT_VIEW };
  for (const [field, name] of PARAMS) {
    const value = params.get(name);
    if (value !== null) view[field] = value;
  }
  // "name,-credits": by name, then by credits descending.
  view.sorting = (params.get('sort') ?? '')
    .split(',')
    .filter((s) => /^-?[A-Za-z]+$/.test(s))
    .map((s) => (s.startsWith('-') ? { id: s.slice(1), desc: true } : { id: s, desc: false }));
  return view;
}

/** The address of a view: `#/caseload` alone for the default one. */
export function hashOfView(view: CaseloadView): string {
  const params = new URLSearchParams();
  for (const [field, name] of PARAMS) if (view[field] !== DEFAULT_VIEW[field]) params.set(name, view[field]);
  if (view.sorting.length > 0) params.set('sort', view.sorting.map((s) => `${s.desc ? '-' : ''}${s.id}`).join(','));
  const text = params.toString();
  return text === '' ? CASELOAD : `${CASELOAD}?${text}`;
}
