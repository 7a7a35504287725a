import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CounselorError } from '../../../shared/errors';
import { diskFullError, isDiskFull } from '../store/disk-full';

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

/** The one sentence a counselor gets when a file cannot be written: it names the file, never our temporary one. */
function cannotWrite(path: string, e: unknown): CounselorError {
  if (e instanceof CounselorError) return e;
  if (isDiskFull(e)) return diskFullError(path);
  const code = (e as NodeJS.ErrnoException).code;
  const folder = dirname(path);
  const why =
    code === 'EISDIR' ? `it is a folder; name a file to write, for example ${join(path, basename(path))}`
    : code === 'ENOENT' || code === 'ENOTDIR' ? `the folder "${folder}" does not exist; make it or choose another`
    : code === 'EACCES' || code === 'EPERM' ? `this account may not write in "${folder}"; choose another folder`
    : code === 'EROFS' ? 'that disk is read-only; choose another folder'
    : `${code ?? (e as Error).message}; the previous file, if any, is unchanged`;
  return new CounselorError('store_unavailable', `Cannot write "${path}": ${why}.`);
}

export interface WholeFile {
  path: string;
  bytes: Uint8Array;
}

/** Writes `bytes` to `target` whole (temporary file, fsync, rename), mode 0600. */
export function writeWholeFile(target: string, bytes: Uint8Array): void {
  writeWholeFiles([{ path: target, bytes }]);
}

/**
 * Several files as one: every file is written to its temporary file first and the targets are
 * replaced only once all of them are complete, so a disk that fills half-way through a folder
 * print leaves the previous files as they were and none of this run's.
 */
export function writeWholeFiles(files: readonly WholeFile[]): string[] {
  for (const file of files) refuseFolder(file.path);
  const temps: string[] = [];
  try {
    for (const file of files) {
      removeStaleTemps(file.path);
      const temp = tempNameFor(file.path);
      temps.push(temp);
      writeTemp(temp, file.bytes, file.path);
    }
    files.forEach((file, i) => {
      try {
        renameSync(temps[i]!, file.path);
      } catch (e) {
        throw cannotWrite(file.path, e);
      }
    });
  } catch (e) {
    for (const temp of temps) removeQuietly(temp);
    throw e;
  }
  for (const folder of new Set(files.map((f) => dirname(f.path)))) syncFolder(folder);
  return files.map((f) => f.path);
}

function writeTemp(temp: string, bytes: Uint8Array, target: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx', OWNER_ONLY);
    // The umask can only take bits away; set the mode exactly in case it took the owner's.
    fchmodSync(fd, OWNER_ONLY);
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (e) {
    throw cannotWrite(target, e);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function refuseFolder(path: string): void {
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    // Not there yet (the usual case), or not reachable: writing it says why.
  }
  if (isFolder) throw cannotWrite(path, Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Never made, or already renamed.
  }
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
