import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { CounselorError } from '../../../shared/errors';

/**
 * A full disk is the counselor's to fix, not a bug: every place that can meet one (the store's
 * writes, a backup, a PDF or an export written to a file) reports it with this one sentence.
 * Node says ENOSPC (EDQUOT when a disk quota is used up); SQLite says SQLITE_FULL when a write
 * does not fit, but only "disk I/O error" (SQLITE_IOERR_SHMSIZE, _WRITE, ...) when its -shm or
 * -wal cannot grow, so an I/O error is taken for a full disk when the disk really has no room.
 * A CounselorError made from such a failure keeps the code in its details (storeError in
 * connection.ts does), so it is recognised after wrapping too.
 */
const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);

/** Less room than this and SQLite cannot even grow its shared-memory file (32 KB) and a page or two. */
const NEARLY_FULL_BYTES = 256 * 1024;

/** `place`: the file being written, whose disk is looked at for an I/O error that says no more. */
export function isDiskFull(e: unknown, place?: string): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { code, details } = e as { code?: unknown; details?: unknown };
  const inner = typeof details === 'object' && details !== null ? (details as { code?: unknown }).code : undefined;
  for (const c of [code, inner]) {
    if (typeof c !== 'string') continue;
    if (DISK_FULL_CODES.has(c)) return true;
    if (c.startsWith('SQLITE_IOERR') && place !== undefined && freeBytes(place) < NEARLY_FULL_BYTES) return true;
  }
  return false;
}

/** `place` is the file being written: the store, or the PDF or export the counselor asked for. */
export function diskFullError(place: string): CounselorError {
  return new CounselorError(
    'store_unavailable',
    `The disk holding ${place} is full; free some space and try again. Nothing was changed.`,
    { code: 'disk_full' },
  );
}

function freeBytes(file: string): number {
  try {
    const stats = statfsSync(dirname(file));
    return stats.bavail * stats.bsize;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
