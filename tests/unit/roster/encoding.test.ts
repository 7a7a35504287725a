import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, detectUtf16 } from '../../../src/main/core/spreadsheet/encoding';

const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

describe('reading the text of a roster in whatever encoding it was saved', () => {
  const names = 'Student Number,Name\n1,"Peña, José"\n2,"Müller, Zoë"\n';

  it('UTF-8 with and without a byte order mark', () => {
    expect(decodeText(Buffer.from(names))).toEqual({ text: names, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(names)]))).toEqual({ text: names, encoding: 'utf-8' });
  });

  it('UTF-16 little- and big-endian, with a byte order mark or recognised by its zero bytes', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(names)]))).toEqual({ text: names, encoding: 'utf-16le' });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(names)]))).toEqual({ text: names, encoding: 'utf-16be' });
    expect(decodeText(utf16le(names))).toEqual({ text: names, encoding: 'utf-16le' });
    expect(decodeText(utf16be(names))).toEqual({ text: names, encoding: 'utf-16be' });
  });

  it('Windows-1252 when the bytes are not UTF-8, including the curly quotes Excel writes', () => {
    const bytes = Buffer.from([0x50, 0x65, 0xf1, 0x61, 0x2c, 0x44, 0x92, 0x41, 0x2c, 0x93, 0x42, 0x94, 0x2c, 0x80]);
    expect(decodeText(bytes)).toEqual({ text: 'Peña,D\u2019A,\u201cB\u201d,€', encoding: 'windows-1252' });
  });

  it('maps every Windows-1252 byte the way browsers do, not as Latin-1', () => {
    const all = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i));
    expect(all.length).toBe(256);
    expect(all[0x92]).toBe('\u2019');
    expect(all[0x9f]).toBe('Ÿ');
    expect(all[0x81]).toBe('\u0081');
    expect(all[0xe9]).toBe('é');
  });

  it('does not mistake plain ASCII for UTF-16', () => {
    expect(detectUtf16(Buffer.from('Student Number,Name\n'))).toBeNull();
  });
});
