import { join } from 'node:path';
import type { Store } from '../../../src/main/core/store/connection';
import { saveStudents } from '../../../src/main/core/students/repository';
import { writeHistory } from '../history/records';
import { sampleStore, student } from '../plans/stores';

/**
 * The sample school with a few transcripts and one student who has left, so every report has
 * something in each of its columns:
 * - 900011 (grade 11, no plan): two years of transcript, 4 credits of the 12 expected by the end
 *   of grade 10 (off track), two CTE courses of the electro-mechanical program passed (a
 *   concentrator on completed courses) and one dual-credit course in progress;
 * - 900012 (grade 10, no plan): a full grade 9 (6 credits, on track by credits, off track by plan);
 * - 900099 (grade 12): not in the latest roster, counted nowhere.
 */
export async function reportStore(dir: string, path = join(dir, 'counselor.db')): Promise<Store> {
  const store = await sampleStore(dir, path);
  const today = new Date('2026-11-28T12:00:00Z');
  saveStudents(store.db, [{ ...student('900012', 10, 'Ødegård'), counselor: 'Mr. Okafor' }, { ...student('900099', 12, 'Gone'), status: 'not_in_latest_roster' }], today);
  writeHistory(store.db, '900011', [
    { course: 'ENG101', year: 2025, grade: 9, earned: 1 },
    { course: 'TEC111', year: 2025, grade: 9, earned: 1 },
    { course: 'TEC211', year: 2026, grade: 10, earned: 1 },
    { course: 'MTH101', year: 2026, grade: 10, earned: 1 },
    { course: 'MTH201', year: 2026, grade: 10, mark: 'F', result: 'failed', earned: 0, attempted: 1 },
    { course: 'TEC321', year: 2027, grade: 11, term: 'Q1', progress: true, mark: 'B', earned: 0 },
  ]);
  writeHistory(store.db, '900012', [
    { course: 'ENG101', year: 2026, grade: 9, earned: 1 },
    { course: 'MTH101', year: 2026, grade: 9, earned: 1 },
    { course: 'SCI101', year: 2026, grade: 9, earned: 1 },
    { course: 'SOC111', year: 2026, grade: 9, earned: 1 },
    { course: 'PED101', year: 2026, grade: 9, earned: 0.5 },
    { course: 'HLT101', year: 2026, grade: 9, earned: 0.5 },
    { course: 'ART101', year: 2026, grade: 9, earned: 1 },
  ]);
  return store;
}
