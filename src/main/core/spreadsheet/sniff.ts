import { detectUtf16 } from './encoding';
import { unreadable } from './table';

/** What a reader can take. Everything else is refused here, before any reader sees the bytes. */
export type FileKind = 'xlsx' | 'text';

const SAMPLE = 4096;
const SAVE_AS = 'open it in Excel and save it as .xlsx or .csv, then import that file';
const EXPORT_AGAIN = 'export the roster from your student information system as .xlsx or .csv and import that file';

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, Math.min(to, bytes.length) - from)).toString('latin1');
}

/** An .ods stores its type as the first, uncompressed entry, so it is readable without unzipping. */
function zipMimetype(bytes: Uint8Array): string | null {
  if (bytes.length < 30) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  if (ascii(bytes, 30, 30 + nameLength) !== 'mimetype') return null;
  const start = 30 + nameLength + extraLength;
  return ascii(bytes, start, start + 80);
}

function sniffZip(bytes: Uint8Array, fileName: string): FileKind {
  const mimetype = zipMimetype(bytes);
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.spreadsheet')) {
    throw unreadable(fileName, `is an OpenDocument spreadsheet (.ods), which this app cannot read; open it in LibreOffice or Excel and save it as .xlsx or .csv, then import that file.`);
  }
  if (mimetype?.startsWith('application/vnd.oasis.opendocument')) {
    throw unreadable(fileName, `is an OpenDocument document, not a spreadsheet; ${EXPORT_AGAIN}.`);
  }
  return 'xlsx';
}

/**
 * A CFB container is either a legacy .xls or an .xlsx that Excel encrypted with a password
 * (Excel wraps the encrypted zip in CFB). The encrypted kind names its streams in UTF-16.
 */
function refuseCfb(bytes: Uint8Array, fileName: string): never {
  const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptedPackage', 'utf16le'));
  if (encrypted) {
    throw unreadable(fileName, `is protected with a password; open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password), save it as .xlsx, and import it again.`);
  }
  if (/\.xls[xm]$/i.test(fileName)) {
    throw unreadable(fileName, `is either protected with a password or saved in the old Excel format; open it in Excel, remove any password, save it as .xlsx or .csv, and import that file.`);
  }
  throw unreadable(fileName, `is an old-format Excel file (.xls), which this app cannot read; ${SAVE_AS}.`);
}

function refuseMarkup(head: string, fileName: string): void {
  // The head is decoded as Latin-1 unless UTF-16, so a UTF-8 byte order mark shows as "ï»¿".
  const text = head.replace(/^(\uFEFF|\u00EF\u00BB\u00BF)/, '').trimStart().toLowerCase();
  if (!text.startsWith('<')) return;
  if (text.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    throw unreadable(fileName, `is an "XML Spreadsheet 2003" file, which this app cannot read; ${SAVE_AS}.`);
  }
  if (/<(html|!doctype html|table)[\s>]/.test(text)) {
    throw unreadable(fileName, `is a web page (HTML) saved under a spreadsheet name, not a real spreadsheet; ${SAVE_AS}.`);
  }
}

/** Text has few control characters; binary data has NUL bytes and many controls. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // tab, LF, FF, CR and the old DOS end-of-file mark are normal in text files.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1a) || b === 0x7f) controls++;
  }
  return controls > n * 0.1;
}

const IMAGES: readonly [readonly number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
];

const ARCHIVES: readonly (readonly number[])[] = [
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7-Zip
];

/** Decides by content, never by the file name: a CSV named .xlsx is still read as a CSV. */
export function sniff(bytes: Uint8Array, fileName: string): FileKind {
  if (bytes.length === 0) {
    throw unreadable(fileName, `is empty (0 bytes); export the roster again and import the new file.`);
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes, fileName);
  if (startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    throw unreadable(fileName, `is an empty zip archive, not a spreadsheet; ${EXPORT_AGAIN}.`);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) refuseCfb(bytes, fileName);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw unreadable(fileName, `is a PDF document, not a spreadsheet; ${EXPORT_AGAIN}.`);
  }
  for (const [magic, what] of IMAGES) {
    if (startsWith(bytes, magic)) throw unreadable(fileName, `is ${what}, not a spreadsheet; ${EXPORT_AGAIN}.`);
  }
  if (ARCHIVES.some((magic) => startsWith(bytes, magic))) {
    throw unreadable(fileName, `is a compressed archive; extract the spreadsheet from it first and import that file.`);
  }
  const utf16 = detectUtf16(bytes);
  const head = utf16
    ? new TextDecoder(utf16.encoding).decode(bytes.subarray(0, Math.min(bytes.length, SAMPLE) & ~1))
    : ascii(bytes, 0, 1024);
  refuseMarkup(head, fileName);
  if (!utf16 && looksBinary(bytes)) {
    throw unreadable(fileName, `does not contain text or a spreadsheet (it holds binary data); ${EXPORT_AGAIN}.`);
  }
  return 'text';
}
