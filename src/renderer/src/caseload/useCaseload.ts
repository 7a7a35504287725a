import type { CaseloadRow } from '../../../shared/domain/student';
import { api } from '../client/api';
import { useQuery, type Query } from '../ui/useQuery';

export type CaseloadState = Query<CaseloadRow[]>;

const loadCaseload = async () => (await api['students.list']({})).students;

/** The caseload as the store holds it, with a way to ask again after something changed it. */
export function useCaseload(): { state: CaseloadState; reload: () => Promise<boolean> } {
  const { state, reload } = useQuery(loadCaseload);
  return { state, reload };
}
