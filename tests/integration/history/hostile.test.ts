import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CounselorError, type ErrorCode } from '../../../src/shared/errors';
import { useTempDir } from '../../helpers/temp';
import { historyStore, NOW, request, rowCount, taskContext } from './history-store';
import { importHistory } from '../../../src/main/core/history/import';

const tempDir = useTempDir();
const ROSTER_FIXTURES = join(__dirname, '..', '..', 'fixtures', 'roster');

/**
 * Everything the roster import refuses, the course history import refuses the same way: it reads
 * through the same pipeline (sniffing, zip guard, encodings), so each file gets the same sentence.
 */
const cases: [string, ErrorCode, RegExp][] = [
  ['truncated.xlsx', 'file_unreadable', /incomplete/],
  ['png-renamed.xlsx', 'file_unreadable', /PNG image, not a spreadsheet/],
  ['legacy.xls', 'file_unreadable', /old-format Excel file \(\.xls\)/],
  ['protected.xlsx', 'file_unreadable', /protected with a password/],
  ['html-saved.xls', 'file_unreadable', /web page \(HTML\)/],
  ['spreadsheet-2003.xls', 'file_unreadable', /XML Spreadsheet 2003/],
  ['roster.ods', 'file_unreadable', /OpenDocument spreadsheet/],
  ['not-a-workbook.xlsx', 'file_unreadable', /Word document/],
  ['report.pdf', 'file_unreadable', /PDF document/],
  ['garbage.csv', 'file_unreadable', /binary data/],
  ['empty.csv', 'file_unreadable', /is empty/],
];

describe('broken and hostile files are refused with one sentence, nothing written', () => {
  for (const [name, code, what] of cases) {
    it(`refuses ${name}`, { timeout: 10_000 }, async () => {
      const store = await historyStore(tempDir());
      const outcome = await importHistory(request(name, {}, readFileSync(join(ROSTER_FIXTURES, name))), taskContext(store), NOW).catch((e: unknown) => e);
      expect(outcome).toBeInstanceOf(CounselorError);
      const error = outcome as CounselorError;
      expect(error.code).toBe(code);
      expect(error.message).toContain(`"${name}"`);
      expect(error.message).toMatch(what);
      expect(error.message).not.toMatch(/the roster|any roster/);
      expect(rowCount(store)).toBe(0);
      store.close();
    });
  }

  it('refuses a history file with headers and no rows', async () => {
    const dir = tempDir();
    const store = await historyStore(dir);
    const file = join(dir, 'headers-only.csv');
    writeFileSync(file, 'Student Number,School Year,Course Number,Course Name,Score,Credits Earned\n');
    await expect(importHistory(request('headers-only.csv', {}, readFileSync(file)), taskContext(store), NOW)).rejects.toThrow(/"headers-only\.csv" has a header row but no courses below it; export the course history again/);
    store.close();
  });

  it('refuses a roster given as a course history, naming the missing course column and how to choose it', async () => {
    const store = await historyStore(tempDir());
    const bytes = readFileSync(join(ROSTER_FIXTURES, 'powerschool.csv'));
    await expect(importHistory(request('powerschool.csv', {}, bytes), taskContext(store), NOW)).rejects.toThrow(/"powerschool\.csv": no column holds course numbers\. Columns found: .*--map courseNumber=/);
    store.close();
  });
});
