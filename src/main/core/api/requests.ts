import type { HandlersFor } from '../dispatch';
import { exportRequests } from '../requests/export';
import type { Store } from '../store/connection';

/** Course requests for the student information system. */
export function requestHandlers(store: Store): HandlersFor<'requests'> {
  return {
    'requests.export': async (input) => {
      const file = await exportRequests(store.db, input);
      const { bytes, ...rest } = file;
      return { ...rest, base64: bytes.toString('base64'), schoolYear: input.schoolYear, preset: input.preset };
    },
  };
}
