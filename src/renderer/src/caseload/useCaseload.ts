import type { CaseloadRow } from '../../../shared/domain/student';
import { decodeCaseload } from '../../../shared/caseload-columns';
import { api } from '../client/api';
import { useQuery, type Query } from '../ui/useQuery';
import { takeEarlyCaseload } from './earlyCaseload';

export type CaseloadState = Query<CaseloadRow[]>;

/**
 * The compact list (shared/caseload-columns.ts: a sixth of the bytes of students.list at 20,000):
 * the one asked for as the window opened (earlyCaseload.ts) on the first load, else asked now.
 */
const loadCaseload = async (): Promise<CaseloadRow[]> => decodeCaseload(await (takeEarlyCaseload() ?? api['students.caseload']({})));

/** The caseload as the store holds it, with a way to ask again after something changed it. */
export function useCaseload(): { state: CaseloadState; reload: () => Promise<boolean> } {
  const { state, reload } = useQuery(loadCaseload);
  return { state, reload };
}
