import { openStore } from '../../src/main/core/store/connection';
import { saveStudents } from '../../src/main/core/students/repository';
import { student } from '../integration/plans/stores';
import { writeHistory, type Row } from '../integration/history/records';

/**
 * Course history for the e2e tests, written into the running application's store through SQLite
 * (another process, as a nightly CLI import would be) in the rows the history import stores.
 * Until the import is on main this stands in for it; the rows are the import's own shape.
 */

/** A grade-11 student (class of 2028) with no plan at all: everything shown comes from the transcript. */
export const TRANSCRIPT_ONLY = { studentNumber: '900011', lastName: 'Wróblewska', name: 'Wróblewska, Ánh' } as const;

/** The school years of a student in grade 11 in 2026-27: grade 9 ended in 2025, grade 10 in 2026. */
export const TRANSCRIPT_ROWS: readonly Row[] = [
  // English 9 written as two semesters: one course, both grades kept.
  { course: 'ENG101', year: 2025, grade: 9, term: 'S1', mark: 'B+', earned: 0.5, attempted: 0.5 },
  { course: 'ENG101', year: 2025, grade: 9, term: 'S2', mark: 'A-', earned: 0.5, attempted: 0.5 },
  // Algebra 1 failed in grade 9, retaken and passed in grade 10.
  { course: 'MTH101', year: 2025, grade: 9, term: 'Y1', mark: 'F', result: 'failed', earned: 0, attempted: 1 },
  { course: 'MTH101', year: 2026, grade: 10, term: 'Y1', mark: 'C', earned: 1, attempted: 1 },
  // A transfer course the catalog does not know.
  { course: 'T-9001', title: 'World Cultures (transfer)', year: 2025, grade: 9, term: 'Y1', creditType: 'Social Studies', mark: 'B', earned: 1 },
  // Biology taken in grade 8.
  { course: 'SCI111', year: 2024, grade: 8, term: 'Y1', mark: 'A', earned: 1 },
  { course: 'ENG201', year: 2026, grade: 10, term: 'Y1', mark: 'B', earned: 1 },
  // Withdrawn in grade 10.
  { course: 'SCI201', year: 2026, grade: 10, term: 'S1', mark: 'W', result: 'withdrawn', earned: 0 },
  // No longer in the latest file.
  { course: 'HLT101', year: 2026, grade: 10, term: 'S2', mark: 'A', earned: 0.5, missing: true },
  // This year: a progress grade only, so in progress.
  { course: 'ENG301', year: 2027, grade: 11, term: 'Q1', mark: 'B+', progress: true, earned: 0 },
];
/** 0.5 + 0.5 + 1 + 1 + 1 + 1 + 0.5: the failed, withdrawn and in-progress rows earn nothing. */
export const TRANSCRIPT_EARNED = 5.5;

/** Adds the transcript-only student and writes their course history (and a stated GPA). */
export async function addTranscriptStudent(dbPath: string): Promise<void> {
  const store = await openStore(dbPath);
  try {
    saveStudents(store.db, [student(TRANSCRIPT_ONLY.studentNumber, 11, TRANSCRIPT_ONLY.lastName)], new Date());
    writeHistory(store.db, TRANSCRIPT_ONLY.studentNumber, TRANSCRIPT_ROWS, '3.42');
  } finally {
    store.close();
  }
}

/**
 * Hernández, Sofía (100107, grade 11) in the sample school: her plan meets every requirement, and
 * her grades 9 and 10 were typed by hand. Her transcript agrees with them and adds Art Foundations
 * in grade 10: 12.5 credits earned, on track against the default 12 expected by the end of grade 10.
 */
export const ON_TRACK = { studentNumber: '100107', lastName: 'Hernández', name: 'Hernández, Sofía' } as const;
const AGREEING_ROWS: readonly Row[] = [
  ...(['ENG101', 'MTH101', 'SCI111', 'SOC111', 'AGR101'] as const).map((course) => ({ course, year: 2025, grade: 9, term: 'Y1', mark: 'B', earned: 1 })),
  { course: 'PED101', year: 2025, grade: 9, term: 'S1', mark: 'A', earned: 0.5 },
  { course: 'HLT101', year: 2025, grade: 9, term: 'S2', mark: 'B+', earned: 0.5 },
  ...(['ENG201', 'MTH201', 'SOC201', 'AGR201', 'AGR221'] as const).map((course) => ({ course, year: 2026, grade: 10, term: 'Y1', mark: 'A-', earned: 1 })),
  { course: 'PED201', year: 2026, grade: 10, term: 'S1', mark: 'B', earned: 0.5 },
  { course: 'AGR321', year: 2026, grade: 10, term: 'S2', mark: 'C', earned: 0.5 },
  // Art Foundations passed in grade 10 (a summer course), still planned for grade 12: warned as already passed.
  { course: 'ART101', year: 2026, grade: 10, term: 'S2', mark: 'A', earned: 0.5 },
];
/** 6 in grade 9, 6.5 in grade 10: on track against the default 12 by the end of grade 10. */
export const ON_TRACK_EARNED = 12.5;

export async function addAgreeingTranscript(dbPath: string): Promise<void> {
  const store = await openStore(dbPath);
  try {
    writeHistory(store.db, ON_TRACK.studentNumber, AGREEING_ROWS);
  } finally {
    store.close();
  }
}
