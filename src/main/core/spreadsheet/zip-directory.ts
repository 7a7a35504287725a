/**
 * A minimal reader of a zip's central directory: the sizes each entry declares, read before
 * anything is inflated, so a zip bomb is refused without unpacking a byte of it.
 */

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Where the central directory starts: the end of the last entry's data. */
  directoryOffset: number;
}

/** 'truncated': the end of the file is missing; 'damaged': the structure does not add up. */
export class ZipFormatError extends Error {
  constructor(readonly reason: 'truncated' | 'damaged', message: string) {
    super(message);
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX_COMMENT = 0xffff;

function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipFormatError('truncated', 'no end-of-central-directory record');
}

function u64(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}

/** Zip64 moves sizes that do not fit 32 bits into an extra field, in a fixed order. */
function applyZip64Extra(view: DataView, entry: ZipEntry, extraStart: number, extraEnd: number): void {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      for (const key of ['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const) {
        if (entry[key] === 0xffffffff && field + 8 <= at + 4 + size) {
          entry[key] = u64(view, field);
          field += 8;
        }
      }
    }
    at += 4 + size;
  }
}

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 22) throw new ZipFormatError('truncated', 'shorter than an empty zip');
  const end = findEndRecord(view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const record = u64(view, end - 12);
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) {
      throw new ZipFormatError('damaged', 'zip64 record out of place');
    }
    count = u64(view, record + 32);
    offset = u64(view, record + 48);
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) {
      throw new ZipFormatError('damaged', `central directory entry ${i} out of place`);
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > view.byteLength) throw new ZipFormatError('damaged', 'entry name out of bounds');
    const entry: ZipEntry = {
      name: Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString('utf8'),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(view, entry, nameEnd, nameEnd + extraLength);
    entries.push(entry);
    at = nameEnd + extraLength + commentLength;
  }
  return { entries, directoryOffset: offset };
}
