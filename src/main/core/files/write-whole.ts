import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CounselorError } from '../../../shared/errors';

/**
 * Files the app writes on its own (a printed PDF, each PDF of a folder print, an export): written
 * whole or not at all, readable by their owner only. The bytes go to a temporary file in the
 * target's own folder (a rename is atomic only within one file system), created 0600 whatever the
 * umask, flushed to disk, then renamed over the target: a print killed half-way leaves the
 * previous file byte for byte, never a truncated one. The rename keeps the temporary file's mode.
 *
 * The temporary name says whose it is and for which target: `.NAME.counselor-PID-RANDOM.tmp`.
 * A killed run leaves one behind; the next write of the same target removes those whose process
 * is gone (a print of the same file still running elsewhere keeps its own).
 */

const OWNER_ONLY = 0o600;
const TEMP = /^\.(.+)\.counselor-(\d+)-[0-9a-f]+\.tmp$/;

export function tempNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.counselor-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Whether `name` is one of this module's temporary files (for the target named `of`, if given). */
export function isOurTempFile(name: string, of?: string): boolean {
  const m = TEMP.exec(name);
  return !!m && (of === undefined || m[1] === of);
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, it is someone else's.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary files a killed write of `target` left behind. Best effort: never fails the write. */
function removeStaleTemps(target: string): void {
  const folder = dirname(target);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || m[1] !== basename(target) || processAlive(Number(m[2]))) continue;
    try {
      unlinkSync(join(folder, name));
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
}

/** The one sentence a counselor gets when a file cannot be written. */
function cannotWrite(path: string, e: unknown): CounselorError {
  const err = e as NodeJS.ErrnoException;
  const why =
    err.code === 'ENOSPC' ? 'the disk is full; free some space and try again'
    : err.code === 'EACCES' || err.code === 'EPERM' ? 'you are not allowed to write in that folder; choose another'
    : err.code === 'EISDIR' ? 'that name is a folder; choose a file name'
    : err.code === 'EROFS' ? 'that disk is read-only; choose another folder'
    : err.code === 'ENOENT' ? 'the folder does not exist; make it or choose another'
    : err.message;
  return new CounselorError('store_unavailable', `Cannot write "${path}": ${why}. The previous file, if any, is unchanged.`);
}

/** Writes `bytes` to `target` whole (temporary file, fsync, rename), mode 0600. */
export function writeWholeFile(target: string, bytes: Uint8Array): void {
  removeStaleTemps(target);
  const temp = tempNameFor(target);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx', OWNER_ONLY);
    // The umask can only take bits away; set the mode exactly in case it took the owner's.
    fchmodSync(fd, OWNER_ONLY);
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, target);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // Never made, or already renamed.
    }
    throw cannotWrite(target, e);
  }
  syncFolder(dirname(target));
}

/** Makes the rename itself durable: a crash right after must not bring back the old file. */
function syncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems refuse to sync a folder; the file itself is already on disk.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
