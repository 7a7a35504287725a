import { describe, expect, it } from 'vitest';
import { sniff } from '../../../src/main/core/spreadsheet/sniff';
import { CounselorError } from '../../../src/shared/errors';

function refusal(bytes: Uint8Array, name: string): CounselorError {
  try {
    sniff(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(CounselorError);
    expect((e as CounselorError).code).toBe('file_unreadable');
    return e as CounselorError;
  }
  throw new Error(`${name} was not refused`);
}

const hex = (h: string) => Buffer.from(h.replace(/\s/g, ''), 'hex');

describe('telling what a file is from its first bytes, before any reader sees it', () => {
  it('passes workbooks and text on to the readers, whatever the file is called', () => {
    expect(sniff(Buffer.concat([hex('504b0304'), Buffer.alloc(40)]), 'roster.xlsx')).toBe('xlsx');
    expect(sniff(Buffer.from('Student Number,Name\n1,Ames\n'), 'roster.xlsx')).toBe('text');
    expect(sniff(Buffer.from('Student Number\tName\n', 'utf16le'), 'roster.txt')).toBe('text');
    expect(sniff(Buffer.from('Nombre,Año\nPeña,2010\n', 'latin1'), 'roster.csv')).toBe('text');
  });

  it('refuses an .ods by the mimetype entry stored first in its zip', () => {
    const name = Buffer.from('mimetype');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(name.length, 26);
    const ods = Buffer.concat([header, name, Buffer.from('application/vnd.oasis.opendocument.spreadsheet')]);
    expect(refusal(ods, 'roster.ods').message).toMatch(/^"roster.ods" is an OpenDocument spreadsheet/);
  });

  it('tells a password-protected workbook from a legacy .xls, both CFB files', () => {
    const cfb = hex('d0cf11e0a1b11ae1');
    const encrypted = Buffer.concat([cfb, Buffer.alloc(100), Buffer.from('EncryptedPackage', 'utf16le')]);
    expect(refusal(encrypted, 'roster.xlsx').message).toMatch(/protected with a password; .*remove the password/);
    expect(refusal(Buffer.concat([cfb, Buffer.alloc(100)]), 'roster.xls').message).toMatch(/old-format Excel file \(\.xls\).*save it as \.xlsx or \.csv/);
    expect(refusal(Buffer.concat([cfb, Buffer.alloc(100)]), 'roster.xlsx').message).toMatch(/password or saved in the old Excel format/);
  });

  it('refuses web pages, PDFs, images, archives, empty and binary files, each with what to do', () => {
    expect(refusal(Buffer.from('\uFEFF  <!DOCTYPE html><html>'), 'r.xls').message).toMatch(/web page \(HTML\)/);
    expect(refusal(Buffer.from('<table border=1><tr><td>1</td></tr></table>'), 'r.xls').message).toMatch(/web page/);
    expect(refusal(Buffer.from('%PDF-1.7\n'), 'r.pdf').message).toMatch(/PDF document/);
    expect(refusal(hex('ffd8ffe000104a464946'), 'r.xlsx').message).toMatch(/JPEG image/);
    expect(refusal(Buffer.from('GIF89a....'), 'r.xlsx').message).toMatch(/GIF image/);
    expect(refusal(hex('1f8b0800000000000003'), 'r.csv.gz').message).toMatch(/compressed archive; extract/);
    expect(refusal(new Uint8Array(0), 'r.csv').message).toBe('"r.csv" is empty (0 bytes); export the roster again and import the new file.');
    expect(refusal(Buffer.from('abc\u0000def'), 'r.csv').message).toMatch(/binary data/);
    const controls = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x41)));
    expect(refusal(controls, 'r.csv').message).toMatch(/binary data/);
  });
});
