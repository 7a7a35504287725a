import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanView } from '../../../src/shared/domain/plan-view';
import { counselor } from '../../helpers/cli';
import { useTempDir } from '../../helpers/temp';
import { STUDENT, storeWithTranscript } from './transcripts';

const tempDir = useTempDir();

async function db(): Promise<string> {
  const dir = tempDir();
  const path = join(dir, 'school.db');
  (await storeWithTranscript(dir, path)).close();
  return path;
}

describe('counselor plan over a course history', () => {
  it('gives each course its status, grade, credits earned and source in JSON, and requirements earned with the on-track verdict', async () => {
    const path = await db();
    const result = await counselor(['plan', STUDENT, '--json', '--db', path]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const raw = JSON.parse(result.stdout) as Record<string, unknown>;
    const view = PlanView.parse(raw);
    const courses = view.years.flatMap((y) => y.courses);
    const pick = (n: string) => courses.filter((c) => c.courseNumber === n).map((c) => ({ year: c.year, status: c.status, grade: c.grade, creditsEarned: c.creditsEarned, source: c.source }));
    expect(pick('MTH101')).toEqual([
      { year: '9', status: 'failed', grade: 'F', creditsEarned: 0, source: 'transcript' },
      { year: '10', status: 'completed', grade: 'C', creditsEarned: 1, source: 'transcript' },
    ]);
    expect(pick('SCI201')).toEqual([{ year: '10', status: 'withdrawn', grade: 'W', creditsEarned: 0, source: 'transcript' }]);
    expect(pick('ENG301')).toEqual([{ year: '11', status: 'in_progress', grade: null, creditsEarned: 0, source: 'transcript' }]);
    expect(courses.find((c) => c.courseNumber === 'ENG101')!.transcript).toMatchObject({ schoolYear: '2024-25', attempt: 1, grades: [{ term: 'Q1', grade: 'B' }, { term: 'S1', grade: 'B+' }, { term: 'S2', grade: 'A' }] });
    expect(view.requirements.total.earned).toBe(6.5);
    expect(view.requirements.areas.find((a) => a.area === 'math')).toMatchObject({ earned: 2, required: 3 });
    expect(view.onTrack).toMatchObject({ verdict: 'off_track', finishedGrade: 10, expected: 12, earned: 6.5 });
    expect(view.onTrack.reasons[0]).toBe('5.5 credits short of the 12 expected by the end of grade 10');
    expect(view.gpa).toBe('3.42');
    expect((raw.requirements as { onTrack: unknown }).onTrack).toEqual(view.onTrack);
  });

  it('marks failed, withdrawn and in-progress courses in text, and prints the transcript, the on-track line and the GPA', async () => {
    const path = await db();
    const { stdout, code } = await counselor(['plan', STUDENT, '--db', path]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Mathematics\s+MTH101✗\s+MTH101✓/);
    expect(stdout).toContain('SCI201W');
    expect(stdout).toContain('ENG301~');
    expect(stdout).toContain('✓ completed  ~ in progress  ✗ failed  W withdrawn');
    expect(stdout).toContain('2024-25 grade 9  MTH101      Algebra 1: failed, no credit, grade F, 0 cr earned');
    expect(stdout).toContain('2025-26 grade 10 MTH101      Algebra 1: completed, grade C, 1 cr earned, attempt 2');
    expect(stdout).toContain('English 9: completed, grade B+/A (Q1 B, S1 B+, S2 A), 1 cr earned');
    expect(stdout).toContain('T-9001      World History (transfer): completed, grade B, 1 cr earned, not in catalog');
    expect(stdout).toContain('On track: no — 5.5 credits short of the 12 expected by the end of grade 10;');
    expect(stdout).toContain('GPA 3.42 (as the course history file states it)');
  });

  it('lists each student with credits earned and the on-track verdict in students --json', async () => {
    const path = await db();
    const { students } = JSON.parse((await counselor(['students', '--json', '--db', path])).stdout) as { students: { studentNumber: string; creditsEarned: number | null; onTrack: string }[] };
    expect(students.find((s) => s.studentNumber === STUDENT)).toMatchObject({ creditsEarned: 6.5, onTrack: 'off_track' });
    expect(students.find((s) => s.studentNumber === '900009')).toMatchObject({ creditsEarned: null, onTrack: 'unknown' });
  });
});
