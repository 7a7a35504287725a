import { describe, expect, it } from 'vitest';
import { exportCaseload } from '../../../src/main/core/exports/caseload';
import type { TaskContext } from '../../../src/main/core/jobs/task';
import { importRoster } from '../../../src/main/core/roster/import';
import type { Store } from '../../../src/main/core/store/connection';
import { caseloadSnapshot } from '../../helpers/store-snapshot';
import { useTempDir } from '../../helpers/temp';
import { STUDENT, storeWithTranscript } from './transcripts';

const tempDir = useTempDir();

function taskContext(store: Store): TaskContext {
  return { db: store.db, storePath: store.path, progress: () => undefined, throwIfCancelled: () => undefined };
}

async function sheetRows(bytes: Buffer): Promise<unknown[][]> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('the caseload export with course history', () => {
  it('carries Credits Earned as a number and On Track as words, and the roster import reads the file back changing nothing', async () => {
    for (const format of ['xlsx', 'csv'] as const) {
      const store = await storeWithTranscript(tempDir());
      const before = caseloadSnapshot(store.path);
      const { bytes, count } = await exportCaseload(store.db, format);
      if (format === 'xlsx') {
        const [head, ...rows] = await sheetRows(bytes);
        const earned = head!.indexOf('Credits Earned');
        const onTrack = head!.indexOf('On Track');
        expect([earned, onTrack].every((i) => i > 0)).toBe(true);
        const student = rows.find((r) => r[0] === STUDENT)!;
        expect(student[earned]).toBe(6.5); // a number, not the text "6.5"
        expect(student[onTrack]).toBe('Off track');
        const without = rows.find((r) => r[0] === '900009')!;
        expect([without[earned] ?? null, without[onTrack]]).toEqual([null, 'Not yet known']);
      } else {
        const lines = bytes.toString('utf8').split(/\r?\n/);
        expect(lines[0]).toContain('Status,Credits Earned,On Track');
        expect(lines.find((l) => l.startsWith(STUDENT))).toContain(',6.5,Off track');
      }
      const report = await importRoster({ fileName: `caseload.${format}`, base64: bytes.toString('base64'), markAbsent: true }, taskContext(store));
      expect(report.counts).toEqual({ added: 0, updated: 0, unchanged: count, absent: 0, rejected: 0 });
      expect(caseloadSnapshot(store.path)).toBe(before);
      store.close();
    }
  });
});
