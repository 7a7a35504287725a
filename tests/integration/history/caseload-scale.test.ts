import { describe, expect, it } from 'vitest';
import { listCaseload } from '../../../src/main/core/plans/caseload';
import { useTempDir } from '../../helpers/temp';
import { adoptSampleAsOwn, sampleStore, TODAY } from '../plans/stores';
import { writeHistory } from './records';
import { writeSchool } from './scale';

const tempDir = useTempDir();

/**
 * The caseload of a whole school with four years of transcripts (2,000 students × 144 rows:
 * quarter progress grades and semester finals) stays one quick call: the history is read once,
 * not once per student (caseload-stall.test.ts counts the reads). The figures are printed for the
 * note, never asserted: a shared machine's load is in them.
 */
describe('the caseload of a school with course history', () => {
  it('lists 2,000 students with 288,000 transcript rows, keeping what it read until the history or the catalog changes', async () => {
    const store = adoptSampleAsOwn(await sampleStore(tempDir()));
    writeSchool(store.db, 2000, TODAY);
    const rows = store.db.prepare('SELECT count(*) AS n FROM course_history').get() as { n: number };
    expect(rows.n).toBe(288_000);
    let start = performance.now();
    let caseload = await listCaseload(store.db, TODAY); // the first call after an import reads the whole history
    const first = performance.now() - start;
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      start = performance.now();
      caseload = await listCaseload(store.db, TODAY);
      times.push(performance.now() - start);
    }
    console.log(`caseload of 2,000 students × 144 history rows: first call ${first.toFixed(0)} ms, then ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    const school = caseload.filter((r) => r.studentNumber.startsWith('5'));
    expect(school).toHaveLength(2000);
    // A senior in November has finished grade 11 and every row here is a passed or failed final: 24 or 20 earned.
    expect(new Set(school.map((r) => r.creditsEarned))).toEqual(new Set([24, 20]));

    // What is kept between calls gives way at once to a new import and to a catalog edit.
    writeHistory(store.db, '500001', [{ course: 'X-1', title: 'Transfer Elective', year: 2026, grade: 11, earned: 1 }]);
    const row = async () => (await listCaseload(store.db, TODAY)).find((r) => r.studentNumber === '500001')!;
    expect((await row()).creditsEarned).toBe(25);
    expect((await row()).onTrack).toBe('off_track'); // no personal finance course
    store.db.prepare("UPDATE course SET area = 'personal_finance' WHERE number = 'ELC401'").run();
    expect((await row()).onTrack).toBe('on_track');
    store.close();
  }, 180_000);
});
