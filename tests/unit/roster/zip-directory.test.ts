import { describe, expect, it } from 'vitest';
import { readZipDirectory, ZipFormatError } from '../../../src/main/core/spreadsheet/zip-directory';
import { buildZip } from '../../integration/roster/zip-builder';

describe('reading a zip\'s central directory', () => {
  const zip = buildZip([{ name: 'a.xml', data: Buffer.from('<a/>') }, { name: 'b/ü.xml', data: Buffer.alloc(1000, 0x41) }]);

  it('lists each entry with the sizes it declares', () => {
    const { entries, directoryOffset } = readZipDirectory(zip);
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([['a.xml', 8, 4], ['b/ü.xml', 8, 1000]]);
    expect(entries[0]!.localHeaderOffset).toBe(0);
    expect(directoryOffset).toBeGreaterThan(entries[1]!.localHeaderOffset);
  });

  it('says "truncated" when the end of the file is missing, "damaged" when the directory is out of place', () => {
    expect(() => readZipDirectory(zip.subarray(0, zip.length - 10))).toThrow(ZipFormatError);
    try {
      readZipDirectory(zip.subarray(0, zip.length - 10));
    } catch (e) {
      expect((e as ZipFormatError).reason).toBe('truncated');
    }
    const damaged = Buffer.from(zip);
    damaged.writeUInt32LE(5, damaged.length - 6); // directory offset
    try {
      readZipDirectory(damaged);
      expect.unreachable();
    } catch (e) {
      expect((e as ZipFormatError).reason).toBe('damaged');
    }
  });

  it('reads sizes moved into the zip64 extra field', () => {
    const name = Buffer.from('big.xml');
    const extra = Buffer.alloc(4 + 16);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(5_000_000_000n, 4);
    extra.writeBigUInt64LE(1_000n, 12);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0xffffffff, 20);
    central.writeUInt32LE(0xffffffff, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(0, 16);
    const { entries } = readZipDirectory(Buffer.concat([central, name, extra, end]));
    expect(entries[0]).toMatchObject({ name: 'big.xml', uncompressedSize: 5_000_000_000, compressedSize: 1_000 });
  });
});
