import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/core/api';
import { dispatch } from '../../../src/main/core/dispatch';
import type { PrintResult, PrintSnapshot, Reprint } from '../../../src/shared/domain/print';
import { useTempDir } from '../../helpers/temp';
import { sampleStore } from '../plans/stores';
import { pdfText } from './pdf-tools';

const tempDir = useTempDir();

async function until<T>(poll: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await poll();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('print snapshots', () => {
  it('reprints a plan exactly as the family received it, after the plan has changed', async () => {
    const store = await sampleStore(tempDir());
    const handlers = createHandlers(store);
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const envelope = await dispatch(handlers, method, input);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as T;
    };
    const studentNumber = '004100';
    const { jobId } = await call<{ jobId: string }>('print.start', { selection: { studentNumbers: [studentNumber] }, mode: 'separate', lang: 'es', paper: 'a4', school: 'Lincoln High School' });
    const status = await until(() => call<{ state: string; result: PrintResult | null }>('print.status', { jobId }), (s) => s.state !== 'running');
    const result = status.result!;
    if (result.mode !== 'separate') throw new Error('expected one file');
    const original = Buffer.from(result.files[0]!.base64, 'base64');

    // The family's plan changes after the conference: the reprint still shows what they took home.
    await call('plans.update', { studentNumber, operation: { op: 'addGoal', goal: { kind: 'career', text: 'Visit Madison College', targetDate: null, status: 'not_started' } } });
    expect(pdfText(Buffer.from((await call<{ base64: string }>('print.preview', { studentNumber, lang: 'es' })).base64, 'base64'))).toContain('Visit Madison College');

    const { snapshots } = await call<{ snapshots: PrintSnapshot[] }>('print.snapshots', { studentNumber });
    expect(snapshots).toHaveLength(1);
    const snapshot = snapshots[0]!;
    expect(snapshot).toMatchObject({ studentNumber, lang: 'es', paper: 'a4', school: 'Lincoln High School', hashOf: 'layout' });
    const reprint = await call<Reprint>('print.reprint', { snapshotId: snapshot.id });
    const again = Buffer.from(reprint.base64, 'base64');
    expect(pdfText(again)).toBe(pdfText(original));
    expect(pdfText(again)).not.toContain('Visit Madison College');
    // pdfkit is deterministic once the creation date is fixed: the very same bytes.
    expect(reprint).toMatchObject({ identical: true, reason: null, sha256: snapshot.sha256 });
    expect(again.equals(original)).toBe(true);
    store.close();
  });

  it('lists a student’s printed plans newest first and remembers the school for the next print', async () => {
    const store = await sampleStore(tempDir());
    const handlers = createHandlers(store);
    const print = async (input: unknown) => {
      const started = await dispatch(handlers, 'print.start', input);
      if (!started.ok) throw new Error(started.error.message);
      const { jobId } = started.value as { jobId: string };
      return until(async () => (await dispatch(handlers, 'print.status', { jobId })) as { ok: true; value: { state: string } }, (e) => e.value.state !== 'running');
    };
    await print({ selection: { studentNumbers: ['004100'] }, mode: 'combined', school: 'Lincoln High School' });
    await print({ selection: { studentNumbers: ['004100'] }, mode: 'combined', lang: 'en' });
    const listed = await dispatch(handlers, 'print.snapshots', { studentNumber: '004100' });
    if (!listed.ok) throw new Error(listed.error.message);
    const snapshots = (listed.value as { snapshots: PrintSnapshot[] }).snapshots;
    expect(snapshots.map((s) => s.id)).toEqual([...snapshots.map((s) => s.id)].sort((a, b) => b - a));
    expect(snapshots.map((s) => s.school)).toEqual(['Lincoln High School', 'Lincoln High School']);
    expect(await dispatch(handlers, 'print.reprint', { snapshotId: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    store.close();
  });

});
