import Database from 'better-sqlite3';
import type { RestoreResult } from '../../../shared/domain/backup';
import { checkHeader, restoreBackup } from './restore';

/**
 * Restores a backup over a store the normal open refused as damaged (quick_check failed, or its
 * schema cannot be read): the moment a backup is for. Only over a file that is an SQLite database:
 * a --db naming some other file is never overwritten. The store's own connection only serves as
 * the source of the before-restore copy (SQLite copies pages without reading the schema); the
 * backup is read and copied through a separate in-memory connection, since a statement on a
 * connection whose schema is damaged fails before it starts. Command line only: the desktop does
 * not start on a damaged store.
 */
export async function restoreOverDamagedStore(path: string, backup: string): Promise<RestoreResult> {
  // Read before the first connection to the store opens (a descriptor closed later would drop its locks).
  const storePageSize = checkHeader(path, `${path} is not an SQLite database, so it is not restored over; choose the store with --db.`);
  const db = new Database(path, { fileMustExist: true, timeout: 5000 });
  const reader = new Database(':memory:');
  try {
    return await restoreBackup({ db, path }, backup, { reader, storePageSize });
  } finally {
    reader.close();
    db.close();
  }
}
