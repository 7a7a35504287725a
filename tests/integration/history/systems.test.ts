import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp';
import { expected, historyStore, importFile, previewFile, rowCount, storedCredits } from './history-store';

const tempDir = useTempDir();

/**
 * Each system's transcript export, as that system writes it (Python's csv module, LibreOffice for
 * .xlsx: tests/fixtures/history/README.md), imported into the sample school: the counts, the rejected
 * rows, the courses the catalog does not know, and each student's rows and earned credits as the
 * fixture's expectations (written from the same objects as the files) say.
 */
const SYSTEMS = [
  'powerschool-storedgrades.csv',
  'infinite-campus-transcript.csv',
  'wisedata-course-transcript.xlsx',
  'skyward-transcript.xlsx',
  'xello-studentcourses.txt',
  'naviance-courses.csv',
  'schoolinks-courses.csv',
  'hand-kept.xlsx',
];

describe('course history files from each system, mapped automatically', () => {
  for (const name of SYSTEMS) {
    it(`imports ${name}: every student's rows and earned credits as the file says`, async () => {
      const want = expected.files[name]!;
      const store = await historyStore(tempDir());
      const preview = await previewFile(store, name);
      expect(preview.mappingProblem).toBeNull();
      expect(preview.headerRow).toBe(want.headerRow);
      expect(preview.nothingToImport).toBeNull();
      const report = await importFile(store, name);
      const students = Object.keys(want.students);
      expect(report.counts).toMatchObject({ students: students.length, added: students.reduce((n, s) => n + want.students[s]!.rows, 0), updated: 0, unchanged: 0, missing: 0 });
      expect(report.counts.rejected).toBe(new Set(want.rejected.map((r) => r.row)).size);
      for (const r of want.rejected) {
        expect(report.rejected).toContainEqual(expect.objectContaining({ row: r.row, column: r.column, value: r.value }));
      }
      for (const n of students) {
        expect(rowCount(store, n), `${n} rows`).toBe(want.students[n]!.rows);
        expect(storedCredits(store, n), `${n} credits earned`).toBeCloseTo(want.students[n]!.creditsEarned, 5);
      }
      const unmatched = report.unmatched.map((u) => ({ courseNumber: u.courseNumber, students: u.students, area: u.area }));
      expect(unmatched).toEqual(want.unmatched.map((u) => ({ courseNumber: u.courseNumber, students: u.students, area: u.area })));
      store.close();
    });
  }
});
