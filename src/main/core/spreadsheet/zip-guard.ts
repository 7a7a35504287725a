import { createInflateRaw } from 'node:zlib';
import { MAX_INFLATED_BYTES } from './limits';
import { unreadable } from './table';
import { readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory';

const LOCAL = 0x04034b50;
const DATA_DESCRIPTOR = 0x08;
const ENCRYPTED = 0x01;
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
/** The root element each part must end with; exceljs stops quietly at a cut-off part and would import half a sheet. */
const ROOT_ELEMENT: Record<string, string> = { 'xl/workbook.xml': 'workbook', 'xl/sharedStrings.xml': 'sst' };
const MB = 1024 * 1024;

const DAMAGED = 'is damaged (its contents do not add up); export or download it again and import the new copy.';
const TRUNCATED = 'is incomplete (the end of the file is missing, as after an interrupted download); export or download it again and import the new copy.';
const TOO_LARGE = `would expand to more than ${MAX_INFLATED_BYTES / MB} MB when opened, far larger than any roster; check that it is the right file, or split it and import the parts.`;

/** Where each entry's compressed data starts, checking the local header agrees with the directory. */
function dataStart(view: DataView, entry: ZipEntry, fileName: string): number {
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength) throw unreadable(fileName, TRUNCATED);
  if (view.getUint32(at, true) !== LOCAL) throw unreadable(fileName, DAMAGED);
  const localCompressed = view.getUint32(at + 18, true);
  if (!(entry.flags & DATA_DESCRIPTOR) && localCompressed !== 0xffffffff && localCompressed !== entry.compressedSize) {
    throw unreadable(fileName, DAMAGED);
  }
  return at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
}

/**
 * exceljs's unzipper reads entries front to back, trusting local headers; the directory is
 * read back to front. Requiring the entries to sit edge to edge makes both views the same file,
 * so nothing can hide between entries from the checks below.
 */
function entriesInPlace(bytes: Uint8Array, entries: ZipEntry[], directoryOffset: number, fileName: string): { entry: ZipEntry; start: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ordered = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  const placed: { entry: ZipEntry; start: number }[] = [];
  let expected = 0;
  let slack = [0];
  for (const entry of [...ordered, null]) {
    const offset = entry ? entry.localHeaderOffset : directoryOffset;
    if (!slack.includes(offset - expected)) throw unreadable(fileName, DAMAGED);
    if (!entry) break;
    const start = dataStart(view, entry, fileName);
    expected = start + entry.compressedSize;
    if (expected > bytes.length) throw unreadable(fileName, TRUNCATED);
    slack = entry.flags & DATA_DESCRIPTOR ? [12, 16, 20, 24] : [0];
    placed.push({ entry, start });
  }
  return placed;
}

/** Inflates without keeping the output; stops as soon as an entry produces more than it declared. */
function inflateWithin(data: Buffer, limit: number, onChunk: (chunk: Buffer) => void): Promise<'fits' | 'over'> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    let total = 0;
    let settled = false;
    const settle = (fn: () => void) => {
      if (!settled) {
        settled = true;
        fn();
      }
    };
    inflater.on('data', (chunk: Buffer) => {
      if (settled) return;
      total += chunk.length;
      if (total > limit) {
        settle(() => resolve('over'));
        inflater.destroy();
        return;
      }
      onChunk(chunk);
    });
    inflater.on('error', (error) => settle(() => reject(error)));
    inflater.on('end', () => settle(() => resolve(total === limit ? 'fits' : 'over')));
    inflater.end(data);
  });
}

/** Entries with where their data starts, once the zip's layout has been checked. */
export interface CheckedZip {
  names: string[];
  placed: { entry: ZipEntry; start: number }[];
}

/**
 * The checks that need no inflating, before exceljs sees the file: a zip that is truncated,
 * malformed, encrypted, compressed in a way exceljs cannot read, or declares more than the cap is
 * refused here. Returns the entry names so the caller can tell an .xlsx from other zips.
 */
export function checkZipLayout(bytes: Uint8Array, fileName: string): CheckedZip {
  let directory;
  try {
    directory = readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) throw unreadable(fileName, error.reason === 'truncated' ? TRUNCATED : DAMAGED, error.message);
    throw error;
  }
  const declared = directory.entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > MAX_INFLATED_BYTES) throw unreadable(fileName, TOO_LARGE, { declared });
  const placed = entriesInPlace(bytes, directory.entries, directory.directoryOffset, fileName);
  for (const { entry } of placed) {
    if (entry.flags & ENCRYPTED) {
      throw unreadable(fileName, 'is protected with a password; remove the password, save it as .xlsx, and import it again.');
    }
    if (entry.method !== 0 && entry.method !== 8) {
      throw unreadable(fileName, 'was saved with a kind of compression this app cannot read; open it in Excel, save it as .xlsx, and import it again.');
    }
  }
  return { names: directory.entries.map((e) => e.name), placed };
}

/**
 * The checks that inflate every entry (without keeping the output): refuses a zip whose entries
 * inflate to more than they declare (a bomb's lie) or to less, or end before their root element
 * closes. The inflating runs on libuv's threads, so the caller can read the workbook meanwhile; it
 * is in front of exceljs's reading of the same entries all along. Cells are counted by the reader
 * (read-xlsx.ts), from the rows exceljs builds anyway: counting `<c` tags here as well was a
 * second scan of every inflated byte on the reader's thread (~0.8 s of a 300,000-row history).
 */
export async function checkZipContents(bytes: Uint8Array, zip: CheckedZip, fileName: string): Promise<void> {
  for (const { entry, start } of zip.placed) {
    const data = Buffer.from(bytes.buffer, bytes.byteOffset + start, entry.compressedSize);
    const root = WORKSHEET.test(entry.name) ? 'worksheet' : ROOT_ELEMENT[entry.name];
    let tail = '';
    const count = (chunk: Buffer) => {
      if (root) tail = (tail + chunk.subarray(-64).toString('latin1')).slice(-64);
    };
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) throw unreadable(fileName, DAMAGED);
      count(data);
    } else {
      let fit;
      try {
        fit = await inflateWithin(data, entry.uncompressedSize, count);
      } catch (error) {
        throw unreadable(fileName, DAMAGED, String(error));
      }
      // More than declared is a bomb's lie; less means the sizes were wrong: both are not a file Excel wrote.
      if (fit === 'over') throw unreadable(fileName, DAMAGED, { entry: entry.name, declared: entry.uncompressedSize });
    }
    if (root && !new RegExp(`</([\\w.-]+:)?${root}>\\s*$`).test(tail)) throw unreadable(fileName, DAMAGED, { entry: entry.name, ends: tail });
  }
}
