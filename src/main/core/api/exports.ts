import { localIsoDate } from '../../../shared/domain/common';
import type { HandlersFor } from '../dispatch';
import { exportCaseload } from '../exports/caseload';
import type { Store } from '../store/connection';

/** The caseload as a spreadsheet for the rest of the school. */
export function exportHandlers(store: Store): HandlersFor<'caseload'> {
  return {
    'caseload.export': async ({ format, studentNumbers }) => {
      const { bytes, count } = await exportCaseload(store.db, format, studentNumbers);
      return { fileName: `caseload-${localIsoDate()}.${format}`, base64: bytes.toString('base64'), count };
    },
  };
}
