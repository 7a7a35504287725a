import { CounselorError } from '../../../shared/errors';
import type { HandlersFor } from '../dispatch';
import { listBackups } from '../store/backup-list';
import type { Store } from '../store/connection';
import { restoreBackup } from '../store/restore';
import { countStudents } from '../students/repository';
import type { Jobs } from './jobs';

/** The store itself: where it is, its backups, and a restore from one. */
export function storeHandlers(store: Store, jobs: Jobs): HandlersFor<'store'> {
  const { db } = store;
  return {
    'store.info': () => ({
      path: store.path,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      studentCount: countStudents(db),
    }),
    'store.backups': () => ({ backups: listBackups(db, store.path) }),
    'store.restore': ({ file }) => {
      // A job has its own connection and may be writing: restoring under it would mix the two.
      if (jobs.hasRunning()) {
        throw new CounselorError('conflict', 'An import or a print is still running; wait for it to finish, then restore.');
      }
      return restoreBackup(store, file);
    },
  };
}
