import { useCallback, useEffect, useState } from 'react';
import type { CaseloadRow } from '../../../shared/domain/student';
import { api } from '../api';
import { messageOf } from '../shell/ErrorAlert';

export type CaseloadState =
  | { status: 'loading' }
  | { status: 'ready'; rows: CaseloadRow[] }
  | { status: 'failed'; message: string };

/** The caseload as the store holds it, with a way to ask again after something changed it. */
export function useCaseload(): { state: CaseloadState; reload: () => Promise<boolean> } {
  const [state, setState] = useState<CaseloadState>({ status: 'loading' });

  const reload = useCallback(async () => {
    try {
      const { students } = await api['students.list']({});
      setState({ status: 'ready', rows: students });
      return true;
    } catch (e) {
      setState({ status: 'failed', message: messageOf(e) });
      return false;
    }
  }, []);

  useEffect(() => {
    let current = true;
    api['students.list']({}).then(
      ({ students }) => current && setState({ status: 'ready', rows: students }),
      (e: unknown) => current && setState({ status: 'failed', message: messageOf(e) }),
    );
    return () => {
      current = false;
    };
  }, []);

  return { state, reload };
}
