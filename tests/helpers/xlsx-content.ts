import { inflateRawSync } from 'node:zlib';
import { readZipDirectory } from '../../src/main/core/spreadsheet/zip-directory';

/**
 * What an .xlsx says, without when it was written: the workbook's own parts (xl/…) inflated, in
 * name order. docProps and zip entry times carry the second of writing, so two exports of the
 * same data differ in bytes (even in length, once compressed) but never in this.
 */
export function xlsxContent(bytes: Buffer): string {
  const { entries } = readZipDirectory(bytes);
  return entries
    .filter((e) => e.name.startsWith('xl/'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((e) => {
      const start = e.localHeaderOffset + 30 + bytes.readUInt16LE(e.localHeaderOffset + 26) + bytes.readUInt16LE(e.localHeaderOffset + 28);
      const data = bytes.subarray(start, start + e.compressedSize);
      return `${e.name}\n${(e.method === 0 ? data : inflateRawSync(data)).toString('utf8')}`;
    })
    .join('\n');
}
