import type { CaseloadRow } from '../../../shared/domain/student';
import { decodeCaseload } from '../../../shared/caseload-columns';
import { api, needsAccessToken } from '../client/api';
import { useQuery, type Query } from '../ui/useQuery';
import { CASELOAD } from './viewAddress';

export type CaseloadState = Query<CaseloadRow[]>;

// The compact list (shared/caseload-columns.ts): a sixth of the bytes of students.list at 20,000.
const fetchCaseload = async () => decodeCaseload(await api['students.caseload']({}));

/** Whether this window opened on the caseload (no address, or the caseload's with or without a view). */
function opensOnCaseload(hash: string): boolean {
  const path = hash.split('?')[0];
  return path === '' || path === '#' || path === '#/' || path === CASELOAD;
}

/**
 * Asked as this module loads when the window opens on the caseload, while React is still mounting:
 * the store reads the list while the page builds itself, not after. Taken once, by the first load.
 * Not before a sign-in (the department server answers only once signed in).
 */
let early: Promise<CaseloadRow[]> | null = !needsAccessToken && typeof window !== 'undefined' && opensOnCaseload(window.location.hash) ? fetchCaseload() : null;
// A window that leaves the caseload before it mounts never takes it: its failure is not an error then.
early?.catch(() => undefined);

const loadCaseload = (): Promise<CaseloadRow[]> => {
  const first = early;
  early = null;
  return first ?? fetchCaseload();
};

/** The caseload as the store holds it, with a way to ask again after something changed it. */
export function useCaseload(): { state: CaseloadState; reload: () => Promise<boolean> } {
  const { state, reload } = useQuery(loadCaseload);
  return { state, reload };
}
