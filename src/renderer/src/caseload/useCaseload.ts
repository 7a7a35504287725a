import type { CaseloadRow } from '../../../shared/domain/student';
import { decodeCaseload } from '../../../shared/caseload-columns';
import { api } from '../client/api';
import { useQuery, type Query } from '../ui/useQuery';

export type CaseloadState = Query<CaseloadRow[]>;

// The compact list (shared/caseload-columns.ts): a sixth of the bytes of students.list at 20,000.
const loadCaseload = async () => decodeCaseload(await api['students.caseload']({}));

/** The caseload as the store holds it, with a way to ask again after something changed it. */
export function useCaseload(): { state: CaseloadState; reload: () => Promise<boolean> } {
  const { state, reload } = useQuery(loadCaseload);
  return { state, reload };
}
