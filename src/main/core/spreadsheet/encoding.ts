export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DetectedEncoding {
  encoding: TextEncoding;
  /** Bytes to skip before decoding (the byte order mark). */
  bomLength: number;
}

const SAMPLE = 4096;

/**
 * UTF-16 without a byte order mark shows itself by zero bytes on one side of each pair:
 * roster text is mostly ASCII, so nearly every other byte is 0. Excel's "Unicode Text"
 * writes a BOM, but exports re-saved by other tools sometimes drop it.
 */
export function detectUtf16(bytes: Uint8Array): DetectedEncoding | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE) / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return { encoding: 'utf-16le', bomLength: 0 };
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return { encoding: 'utf-16be', bomLength: 0 };
  return null;
}

// WHATWG windows-1252 for bytes 0x80–0x9F, where it differs from Latin-1 (the other 5 bytes map to themselves).
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Not TextDecoder('windows-1252'): since Node 20.18.3 it decodes as Latin-1, turning Excel's
 * curly apostrophe in D’Angelo (0x92) into an invisible control character (nodejs/node#56542).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-8 is tried strictly first: text in another encoding with accented letters is almost never
 * valid UTF-8, and pure ASCII decodes the same either way. What fails is taken to be
 * Windows-1252, which is what Excel's plain "CSV" writes on US Windows.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const utf8Bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (utf8Bom) {
    const text = tryUtf8(bytes.subarray(3));
    if (text !== null) return { text, encoding: 'utf-8' };
  }
  const utf16 = detectUtf16(bytes);
  if (utf16) {
    // ignoreBOM: the BOM is sliced off here; a second one would be data, kept as written.
    const decoder = new TextDecoder(utf16.encoding, { ignoreBOM: true });
    return { text: decoder.decode(bytes.subarray(utf16.bomLength)), encoding: utf16.encoding };
  }
  const text = tryUtf8(bytes);
  if (text !== null) return { text, encoding: 'utf-8' };
  // A file re-saved by a tool that kept the UTF-8 mark but wrote Windows-1252 after it.
  const body = utf8Bom ? bytes.subarray(3) : bytes;
  return { text: decodeWindows1252(body), encoding: 'windows-1252' };
}
