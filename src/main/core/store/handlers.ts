import { CounselorError } from '../../../shared/errors';
import type { storeMethods } from '../../../shared/methods/store';
import type { HandlersOf } from '../dispatch';
import type { JobRegistry } from '../jobs/registry';
import { listBackups } from './backup-list';
import type { Store } from './connection';
import { restoreBackup } from './restore';

export function storeHandlers(store: Store, jobs: JobRegistry): HandlersOf<typeof storeMethods> {
  return {
    'store.backups': () => ({ backups: listBackups(store.db, store.path) }),
    'store.restore': ({ file }) => {
      // A job has its own connection and may be writing: restoring under it would mix the two.
      if (jobs.hasRunning()) {
        throw new CounselorError('conflict', 'An import or a print is still running; wait for it to finish, then restore.');
      }
      return restoreBackup(store, file);
    },
  };
}
