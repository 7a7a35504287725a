import type { Database as Db } from 'better-sqlite3';
import type { Store } from '../../../src/main/core/store/connection';
import { saveStudents } from '../../../src/main/core/students/repository';
import { student, TODAY } from '../plans/stores';

/** A student as stored, without the time stamps a change moves. */
export interface StoredStudent {
  student_number: string;
  first_name: string;
  last_name: string;
  grade: number | null;
  class_year: number | null;
  status: string;
}

export function storedStudents(db: Db): StoredStudent[] {
  return db.prepare('SELECT student_number, first_name, last_name, grade, class_year, status FROM student ORDER BY student_number').all() as StoredStudent[];
}

/**
 * Students that exercise each year-end rule, added to a store: a senior of 2027 and one of 2026
 * still active (both graduate), a 2027 senior not in the latest roster (left alone: not ours to
 * graduate), and a student with no grade or class year (left alone).
 */
export function withYearEndStudents(store: Store): Store {
  saveStudents(
    store.db,
    [
      { ...student('700001', 12), classYear: 2027 },
      { ...student('700002', 12), classYear: 2026 },
      { ...student('700003', 12), classYear: 2027, status: 'not_in_latest_roster' },
      { ...student('700004', 10), grade: null, classYear: null },
    ],
    TODAY,
  );
  return store;
}
