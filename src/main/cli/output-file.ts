import { renameSync, rmSync, writeFileSync } from 'node:fs';
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
  const partials: string[] = [];
  try {
    for (const file of files) {
      const partial = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.partial`);
      partials.push(partial);
      write(partial, file);
    }
  } catch (e) {
    for (const partial of partials) rmSync(partial, { force: true });
    throw e;
  }
  files.forEach((file, i) => renameSync(partials[i]!, file.path));
  return files.map((f) => f.path);
}

export function writeOutputFile(path: string, bytes: Uint8Array): void {
  writeOutputFiles([{ path, bytes }]);
}

function write(partial: string, file: OutputFile): void {
  try {
    writeFileSync(partial, file.bytes, { mode: 0o600 });
  } catch (e) {
    if (isDiskFull(e)) throw diskFullError(file.path);
    throw new CounselorError('store_unavailable', `Cannot write "${file.path}": ${(e as Error).message}.`);
  }
}
