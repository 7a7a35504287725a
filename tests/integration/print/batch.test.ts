import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/core/api';
import { dispatch } from '../../../src/main/core/dispatch';
import { familyWrittenName } from '../../../src/main/core/pdf/student-name';
import { printPlans } from '../../../src/main/core/print/print-plans';
import { selectStudents } from '../../../src/main/core/print/views';
import { listStudents } from '../../../src/main/core/students/repository';
import type { PrintResult } from '../../../src/shared/domain/print';
import { useTempDir } from '../../helpers/temp';
import { sampleStore } from '../plans/stores';
import { pageTexts, squeezed } from './pdf-tools';

const tempDir = useTempDir();
const NOW = new Date('2026-11-22T15:00:00Z');

async function until<T>(poll: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await poll();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('printing a conference evening', () => {
  it('puts a whole grade in one file, each plan starting on an odd page for two-sided printing', async () => {
    const store = await sampleStore(tempDir());
    const numbers = selectStudents(store.db, { grade: 11 });
    // Two students with longer plans (many goals), so the stack mixes odd and even page counts.
    for (const [k, studentNumber] of [numbers[1]!, numbers[4]!].entries()) {
      for (let g = 0; g < 20 + k * 30; g++) {
        const goal = { kind: 'academic', text: `Goal ${g}: finish the reading list for the semester and talk with the teacher every month about it`, targetDate: null, status: 'not_started' };
        const done = await dispatch(createHandlers(store), 'plans.update', { studentNumber, operation: { op: 'addGoal', goal } });
        expect(done.ok, JSON.stringify(done)).toBe(true);
      }
    }
    const progress: number[] = [];
    const outcome = await printPlans(
      store.db,
      numbers,
      { mode: 'combined', paper: 'letter', school: 'Lincoln High School', printedAt: NOW, printedOn: '2026-11-22', fileName: 'plans.pdf' },
      { progress: (p) => progress.push(p.done), throwIfCancelled: () => undefined },
    );
    if (outcome.mode !== 'combined') throw new Error('expected one file');
    const pages = pageTexts(outcome.bytes);
    expect(pages).toHaveLength(outcome.pages);
    expect(progress).toEqual(Array.from({ length: numbers.length + 1 }, (_, i) => i));

    const students = listStudents(store.db, numbers);
    const starts = students.map((s) => pages.findIndex((text) => text.includes(`#${s.studentNumber}`) && /Page 1 of \d/.test(text) || text.includes(`n.º ${s.studentNumber}`) && /Página 1 de \d/.test(text)) + 1);
    expect(starts.every((p) => p > 0)).toBe(true);
    for (const start of starts) expect(start % 2, `a plan starts on page ${start}`).toBe(1);
    // Each plan's own page count, rounded up to even except the last: that is the file's length.
    const own = outcome.snapshots.map((s) => s.pages);
    expect(new Set(own.map((p) => p % 2)).size, `page counts ${own.join(', ')}`).toBe(2);
    expect(outcome.pages).toBe(own.slice(0, -1).reduce((n, p) => n + p + (p % 2), 0) + own.at(-1)!);
    // The inserted pages are blank.
    const used = new Set(starts.flatMap((start, i) => Array.from({ length: own[numbers.indexOf(students[i]!.studentNumber)]! }, (_, k) => start + k)));
    for (let p = 1; p <= pages.length; p++) if (!used.has(p)) expect(pages[p - 1]!.trim(), `page ${p}`).toBe('');
    store.close();
  });

  it('prints one file per student, named by student, through a job with progress, and keeps a snapshot of each', async () => {
    const store = await sampleStore(tempDir());
    const handlers = createHandlers(store);
    const call = async (method: string, input: unknown) => {
      const envelope = await dispatch(handlers, method, input);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as Record<string, unknown>;
    };
    const { jobId } = await call('print.start', { selection: { grade: 10 }, mode: 'separate', school: 'Lincoln High School' });
    const status = await until(() => call('print.status', { jobId }), (s) => s.state !== 'running');
    expect(status.state, JSON.stringify(status.error)).toBe('done');
    const result = status.result as PrintResult;
    if (result.mode !== 'separate') throw new Error('expected separate files');
    const grade10 = listStudents(store.db).filter((s) => s.grade === 10 && s.status === 'active');
    expect(result.files.map((f) => f.studentNumber).sort()).toEqual(grade10.map((s) => s.studentNumber).sort());
    expect(status.progress).toMatchObject({ done: grade10.length, total: grade10.length });
    for (const file of result.files) {
      expect(file.fileName).toMatch(/^[A-Za-z0-9-]+-#[A-Za-z0-9-]+\.pdf$/);
      const student = grade10.find((s) => s.studentNumber === file.studentNumber)!;
      expect(squeezed(pageTexts(Buffer.from(file.base64, 'base64')).join('\n')).normalize('NFC')).toContain(familyWrittenName(student));
    }
    const first = result.files[0]!;
    const { snapshots } = (await call('print.snapshots', { studentNumber: first.studentNumber })) as { snapshots: { id: number; school: string; pages: number }[] };
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({ school: 'Lincoln High School', pages: first.pages });
    store.close();
  });

  it('stops between students when cancelled, and records nothing', async () => {
    const store = await sampleStore(tempDir());
    const handlers = createHandlers(store);
    const started = await dispatch(handlers, 'print.start', { selection: { all: true }, mode: 'combined' });
    if (!started.ok) throw new Error(started.error.message);
    const { jobId } = started.value as { jobId: string };
    await dispatch(handlers, 'jobs.cancel', { jobId });
    const status = await until(
      async () => (await dispatch(handlers, 'print.status', { jobId })) as { ok: true; value: { state: string; error: { code: string } | null } },
      (e) => e.value.state !== 'running',
    );
    expect(status.value.state).toBe('cancelled');
    expect(status.value.error?.code).toBe('cancelled');
    expect(store.db.prepare('SELECT count(*) FROM print_snapshot').pluck().get()).toBe(0);
    store.close();
  });

  it('refuses a list with a student who is not in the caseload before printing anything', async () => {
    const store = await sampleStore(tempDir());
    expect(() => selectStudents(store.db, { studentNumbers: ['004100', '999999'] })).toThrow(/999999/);
    expect(() => selectStudents(store.db, { counselor: 'Nobody' })).toThrow(/No active student/);
    expect(selectStudents(store.db, { counselor: 'ms. alvarez' }).length).toBeGreaterThan(0);
    store.close();
  });
});
