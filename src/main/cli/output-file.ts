import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CounselorError } from '../../shared/errors';
import { diskFullError, isDiskFull } from '../core/store/disk-full';

export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * Writes the files the counselor asked for (PDFs, an export) whole or not at all: every file goes
 * to a temporary file beside its target first, and the targets are replaced only once all of them
 * are complete. A disk that fills up half-way therefore leaves the previous files as they were and
 * no truncated ones. Owner-only (0600): these files hold student records.
 */
export function writeOutputFiles(files: readonly OutputFile[]): string[] {
  for (const file of files) refuseFolder(file.path);
  const partials: string[] = [];
  try {
    for (const file of files) {
      const partial = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.partial`);
      partials.push(partial);
      try {
        writeFileSync(partial, file.bytes, { mode: 0o600 });
      } catch (e) {
        throw writeError(e, file.path);
      }
    }
    files.forEach((file, i) => {
      try {
        renameSync(partials[i]!, file.path);
      } catch (e) {
        throw writeError(e, file.path);
      }
    });
  } finally {
    for (const partial of partials) rmSync(partial, { force: true });
  }
  return files.map((f) => f.path);
}

export function writeOutputFile(path: string, bytes: Uint8Array): void {
  writeOutputFiles([{ path, bytes }]);
}

function refuseFolder(path: string): void {
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    // Not there yet (the usual case), or not reachable: writing it says why.
  }
  if (isFolder) throw new CounselorError('invalid_input', `"${path}" is a folder; name a file to write, for example ${join(path, basename(path))}.`);
}

/** One sentence for what goes wrong writing a file, naming the file and not our temporary one. */
function writeError(e: unknown, path: string): CounselorError {
  if (isDiskFull(e)) return diskFullError(path);
  const code = (e as NodeJS.ErrnoException).code;
  const folder = dirname(path);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CounselorError('store_unavailable', `The folder "${folder}" does not exist; make it or choose another.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new CounselorError('store_unavailable', `Cannot write "${path}": this account may not write in "${folder}"; choose another folder.`);
  }
  return new CounselorError('store_unavailable', `Cannot write "${path}" (${code ?? (e as Error).message}).`);
}
