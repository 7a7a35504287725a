import { auditEntriesFor } from '../audit/log';
import type { HandlersFor } from '../dispatch';
import type { Store } from '../store/connection';
import { kyselyOverStore } from '../store/kysely-sqlite';

/** The audit log, read on the typed layer (the workstation's counselor is the actor null). */
export function auditHandlers(store: Store): HandlersFor<'audit'> {
  const typed = kyselyOverStore(store.db);
  return {
    'audit.forStudent': async ({ studentNumber }) => ({ entries: await auditEntriesFor(typed, null, studentNumber) }),
  };
}
