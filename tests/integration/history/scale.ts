import type { Database as Db } from 'better-sqlite3';
import { saveStudents } from '../../../src/main/core/students/repository';
import { student } from '../plans/stores';
import { writeHistory, type Row } from './records';

/** Six courses a year, each as four quarter progress grades and two semester finals: 144 rows for four years. */
const COURSES: Record<number, string[]> = {
  9: ['ENG101', 'MTH101', 'SCI101', 'SOC101', 'PED101', 'ART101'],
  10: ['ENG201', 'MTH201', 'SCI111', 'SOC201', 'PED201', 'HLT101'],
  11: ['ENG301', 'MTH301', 'SCI201', 'SOC301', 'BUS311', 'CSC101'],
  12: ['ENG401', 'MTH401', 'SCI301', 'SOC401', 'PED301', 'ELC401'],
};

export function transcriptOf(classYear: number, index: number): Row[] {
  const rows: Row[] = [];
  for (const grade of [9, 10, 11, 12]) {
    const year = classYear - (12 - grade);
    for (const [i, course] of COURSES[grade]!.entries()) {
      for (const q of ['Q1', 'Q2', 'Q3', 'Q4']) rows.push({ course, year, grade, term: q, progress: true, mark: 'B', earned: 0 });
      // Every 7th student fails one course a year.
      const failed = (index + i) % 7 === 0 && i === 1;
      for (const s of ['S1', 'S2']) {
        rows.push({ course, year, grade, term: s, mark: failed ? 'F' : 'A-', result: failed ? 'failed' : 'passed', earned: failed ? 0 : 0.5, attempted: 0.5 });
      }
    }
  }
  return rows;
}

/** `count` students of grade 12 (class of 2027 in 2026-27) numbered from 500000, each with a four-year transcript. */
export function writeSchool(db: Db, count: number, today: Date): void {
  const students = Array.from({ length: count }, (_, i) => student(String(500000 + i), 12, `Student${i}`));
  saveStudents(db, students, today);
  for (let i = 0; i < count; i++) writeHistory(db, String(500000 + i), transcriptOf(2027, i), i % 2 === 0 ? '3.10' : undefined);
}
