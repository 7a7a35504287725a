import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/core/api';
import { dispatch } from '../../../src/main/core/dispatch';
import { workerLauncher } from '../../../src/main/core/jobs/launch';
import { JobRegistry } from '../../../src/main/core/jobs/registry';
import { useTempDir } from '../../helpers/temp';
import { historyStore, request, rowCount } from './history-store';

const tempDir = useTempDir();
// The built worker (npx electron-vite build first): the file the desktop and browser mode start.
const workerFile = join(__dirname, '..', '..', '..', 'out', 'main', 'job-worker.js');

async function until<T>(poll: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await poll();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A StoredGrades export of every sample student, many times over, written by Python's csv module. */
function bigExport(dir: string): string {
  const file = join(dir, 'big-storedgrades.csv');
  const script = `
import csv, sys
students = ['100148', '004127', '100123', '004154']
with open(sys.argv[1], 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['STUDENTS.Student_Number', 'STOREDGRADES.Course_Number', 'STOREDGRADES.Course_Name', 'STOREDGRADES.StoreCode', 'STOREDGRADES.Grade', 'STOREDGRADES.EarnedCrHrs', 'STOREDGRADES.TermID'])
    for i in range(40000):
        w.writerow([students[i % 4], 'X%05d' % (i // 4), 'Course %d' % i, 'S1', 'B', '0.5', '3401'])
`;
  const run = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return file;
}

describe('course history jobs in a worker thread', () => {
  it('previews and imports with progress; the serving thread sees the rows', { timeout: 60_000 }, async () => {
    const store = await historyStore(tempDir());
    const handlers = createHandlers(store, new JobRegistry(workerLauncher({ storePath: store.path, workerFile })));
    const call = async (method: string, input: unknown) => {
      const envelope = await dispatch(handlers, method, input);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as Record<string, unknown>;
    };
    const file = request('infinite-campus-transcript.csv');
    const started = await call('history.preview', file);
    const preview = await until(() => call('history.previewStatus', { jobId: started.jobId }), (s) => s.state !== 'running');
    expect(preview.state).toBe('done');
    expect((preview.result as { counts: { added: number } }).counts.added).toBe(170);
    const imported = await call('history.import', file);
    const phases = new Set<string>();
    const done = await until(
      async () => {
        const s = await call('history.importStatus', { jobId: imported.jobId });
        phases.add((s.progress as { phase: string }).phase);
        return s;
      },
      (s) => s.state !== 'running',
    );
    expect(done.state).toBe('done');
    expect(rowCount(store)).toBe(170);
    expect(phases.size).toBeGreaterThan(0);
    const { imports } = await call('history.imports', {});
    expect(imports).toEqual([expect.objectContaining({ fileName: 'infinite-campus-transcript.csv', counts: expect.objectContaining({ added: 170 }) })]);
    const report = await call('history.reportXlsx', { importId: (imports as { importId: number }[])[0]!.importId });
    expect(report.fileName).toMatch(/^course-history-report-.*\.xlsx$/);
    expect(Buffer.from(report.base64 as string, 'base64').subarray(0, 2).toString()).toBe('PK');
    store.close();
  });

  it('cancels a large import before it writes, leaving the store as it was', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const store = await historyStore(dir);
    const handlers = createHandlers(store, new JobRegistry(workerLauncher({ storePath: store.path, workerFile })));
    const file = bigExport(dir);
    const started = await dispatch(handlers, 'history.import', request('big-storedgrades.csv', {}, readFileSync(file)));
    if (!started.ok) throw new Error(started.error.message);
    const { jobId } = started.value as { jobId: string };
    await dispatch(handlers, 'jobs.cancel', { jobId });
    const status = await until(
      async () => (await dispatch(handlers, 'history.importStatus', { jobId })) as { ok: true; value: { state: string; error: { code: string } | null } },
      (e) => e.value.state !== 'running',
    );
    expect(status.value.state).toBe('cancelled');
    expect(status.value.error?.code).toBe('cancelled');
    expect(rowCount(store)).toBe(0);
    expect(store.db.prepare('SELECT count(*) FROM history_import').pluck().get()).toBe(0);
    store.close();
  });
});
