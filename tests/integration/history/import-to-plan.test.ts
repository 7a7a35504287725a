import { describe, expect, it } from 'vitest';
import { resolvePlan } from '../../../src/main/core/plans/resolve';
import { useTempDir } from '../../helpers/temp';
import { expected, historyStore, importFile, NOW } from './history-store';

const tempDir = useTempDir();

/** From the file to the plan: what the import stores is what the plan view counts, per student. */
describe('an imported course history in each student plan', () => {
  for (const name of ['powerschool-storedgrades.csv', 'infinite-campus-transcript.csv', 'xello-studentcourses.txt', 'wisedata-course-transcript.xlsx']) {
    it(`${name}: every student's earned credits in the plan are the file's`, async () => {
      const store = await historyStore(tempDir());
      await importFile(store, name);
      for (const [studentNumber, want] of Object.entries(expected.files[name]!.students)) {
        const view = resolvePlan(store.db, studentNumber, NOW);
        const transcript = view.years.flatMap((y) => y.courses).filter((c) => c.source === 'transcript');
        const earned = transcript.reduce((n, c) => n + (c.creditsEarned ?? 0), 0);
        expect(earned, `${studentNumber} credits earned`).toBeCloseTo(want.creditsEarned, 5);
        // An incomplete (I) has no status of its own in the plan view: it shows as in progress there.
        const incomplete = (want.courses as { courseNumber: string; result: string }[]).filter((c) => c.result === 'incomplete').map((c) => c.courseNumber);
        const inProgress = transcript.filter((c) => c.status === 'in_progress' && !incomplete.includes(c.courseNumber)).map((c) => c.courseNumber).sort();
        expect(inProgress, `${studentNumber} in progress`).toEqual([...want.inProgress].sort());
        for (const number of incomplete) expect(store.db.prepare("SELECT DISTINCT result FROM course_history WHERE student_number = ? AND course_number = ? AND progress = 0").pluck().all(studentNumber, number)).toEqual(['incomplete']);
      }
      store.close();
    });
  }
});
