import { describe, expect, it } from 'vitest';
import { addConference } from '../../../src/main/core/conferences/record';
import { exportCaseload } from '../../../src/main/core/exports/caseload';
import type { TaskContext } from '../../../src/main/core/jobs/task';
import { importRoster } from '../../../src/main/core/roster/import';
import type { Store } from '../../../src/main/core/store/connection';
import { caseloadSnapshot } from '../../helpers/store-snapshot';
import { useTempDir } from '../../helpers/temp';
import { adoptSampleAsOwn, sampleStore } from '../plans/stores';

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

describe('the caseload export with conferences', () => {
  it('carries Last Conference as a date and Conferences This Year as a number, and the roster import reads the file back changing nothing', async () => {
    const store = adoptSampleAsOwn(await sampleStore(tempDir()));
    const today = new Date();
    const base = { studentNumber: '004100', guardians: [], others: null, language: null, interpreter: false, interpreterName: null, notes: null, printSnapshotId: null, studentAttended: true };
    // Two school years back and last school year: none this year, whatever day the test runs.
    const year = today.getFullYear() - (today.getMonth() + 1 >= 8 ? 0 : 1); // the year this school year began
    addConference(store.db, { ...base, heldOn: `${year - 2}-10-01` });
    addConference(store.db, { ...base, heldOn: `${year}-03-15` });
    addConference(store.db, { ...base, studentNumber: '100102', heldOn: `${year}-08-01` });

    const before = caseloadSnapshot(store.path);
    const { bytes, count } = await exportCaseload(store.db, 'xlsx');
    const [head, ...rows] = await sheetRows(bytes);
    const last = head!.indexOf('Last Conference');
    const thisYear = head!.indexOf('Conferences This Year');
    expect([last, thisYear].every((i) => i > 0)).toBe(true);
    const cells = (studentNumber: string) => {
      const row = rows.find((r) => r[0] === studentNumber)!;
      const date = row[last];
      return [date instanceof Date ? date.toISOString().slice(0, 10) : (date ?? null), row[thisYear]];
    };
    expect(cells('004100')).toEqual([`${year}-03-15`, 0]);
    expect(cells('100102')).toEqual([`${year}-08-01`, 1]);
    expect(cells('900009')).toEqual([null, 0]);

    const report = await importRoster({ fileName: 'caseload.xlsx', base64: bytes.toString('base64'), markAbsent: true }, taskContext(store));
    expect(report.counts).toEqual({ added: 0, updated: 0, unchanged: count, absent: 0, rejected: 0 });
    expect(caseloadSnapshot(store.path)).toBe(before);
    store.close();
  });
});
