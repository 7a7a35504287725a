import { diskFullError, isDiskFull } from './disk-full';
import { storeWriteError } from './transaction';

/**
 * A failure met while working on the store (or a file written beside it), as a counselor reads it:
 * a full disk, a store busy with another writer, a read-only store. Anything else passes through
 * unchanged (a CounselorError keeps its sentence; a bug stays a bug). The one translation every
 * boundary uses: the API's handlers, a job's worker, the command line.
 */
export function storeFailure(e: unknown, storePath: string): unknown {
  if (isDiskFull(e, storePath)) return diskFullError(storePath);
  return storeWriteError(e);
}
