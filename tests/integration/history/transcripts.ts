import { join } from 'node:path';
import type { Store } from '../../../src/main/core/store/connection';
import { adoptSampleAsOwn, sampleStore } from '../plans/stores';
import { writeHistory } from './records';

/**
 * One student's transcript with every case the plan must read right: semesters and quarters of
 * one course, a failed course retaken, a transfer course, an excluded row, a course taken in
 * grade 8, a semester failed and passed in one year, a withdrawal, the current year in progress,
 * a row a later file no longer lists, and a stated GPA.
 */
/** 900011 is in grade 11 (class of 2028) in 2026-27: grade 9 was 2024-25 (2025), grade 10 2025-26 (2026). */
export const STUDENT = '900011';

export async function storeWithTranscript(dir: string, path = join(dir, 'counselor.db')): Promise<Store> {
  const store = adoptSampleAsOwn(await sampleStore(dir, path));
  writeHistory(
    store.db,
    STUDENT,
    [
      // A year-long course written as two semesters: one course, credits summed, both grades kept.
      { course: 'ENG101', year: 2025, grade: 9, term: 'S2', mark: 'A', earned: 0.5, attempted: 0.5 },
      { course: 'ENG101', year: 2025, grade: 9, term: 'S1', mark: 'B+', earned: 0.5, attempted: 0.5 },
      // Quarter progress grades beside the finals earn nothing.
      { course: 'ENG101', year: 2025, grade: 9, term: 'Q1', mark: 'B', progress: true, earned: 0 },
      // Failed in grade 9, retaken in grade 10.
      { course: 'MTH101', year: 2025, grade: 9, term: 'Y1', mark: 'F', result: 'failed', earned: 0, attempted: 1 },
      { course: 'MTH101', year: 2026, grade: 10, term: 'Y1', mark: 'C', earned: 1, attempted: 1 },
      { course: 'MTH201', year: 2026, grade: 10, term: 'Y1', mark: 'B', earned: 1 },
      // A transfer course the catalog does not know: counted by its credit type.
      { course: 'T-9001', title: 'World History (transfer)', year: 2025, grade: 9, term: 'Y1', creditType: 'Social Studies', mark: 'B', earned: 1 },
      // Excluded from transcripts by the SIS: counts for nothing.
      { course: 'SCI111', year: 2025, grade: 9, term: 'Y1', mark: 'A', earned: 1, excluded: true },
      // A high-school course taken in grade 8.
      { course: 'SCI101', year: 2024, grade: 8, term: 'Y1', mark: 'A-', earned: 1 },
      // A semester course failed in S1 and passed in S2 of the same year: two attempts.
      { course: 'PED101', year: 2025, grade: 9, term: 'S1', mark: 'F', result: 'failed', earned: 0 },
      { course: 'PED101', year: 2025, grade: 9, term: 'S2', mark: 'B', earned: 0.5 },
      { course: 'ART101', year: 2025, grade: 9, term: 'S1', mark: 'A', earned: 0.5 },
      // Withdrawn in grade 10.
      { course: 'SCI201', year: 2026, grade: 10, term: 'S1', mark: 'W', result: 'withdrawn', earned: 0 },
      // The current year: progress grades only, so in progress.
      { course: 'ENG301', year: 2027, grade: 11, term: 'Q1', mark: 'B+', progress: true, earned: 0 },
      // No longer in the latest file.
      { course: 'HLT101', year: 2026, grade: 10, term: 'S2', mark: 'A', earned: 0.5, missing: true },
    ],
    '3.42',
  );
  return store;
}

