import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerLauncher } from '../../../src/main/core/jobs/launch';
import { JobRegistry } from '../../../src/main/core/jobs/registry';
import { createHandlers } from '../../../src/main/core/api';
import { dispatch } from '../../../src/main/core/dispatch';
import { openStore } from '../../../src/main/core/store/connection';
import { listCaseload } from '../../../src/main/core/plans/caseload';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();
// The built worker (npm test builds first): the same file the desktop and browser mode start.
const workerFile = join(__dirname, '..', '..', '..', 'out', 'main', 'job-worker.js');

async function until<T>(poll: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await poll();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('roster jobs in a worker thread', () => {
  it('previews, imports with progress, and the main thread sees the result', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    const handlers = createHandlers(store, new JobRegistry(workerLauncher({ storePath: store.path, workerFile })));
    const call = async (method: string, input: unknown) => {
      const envelope = await dispatch(handlers, method, input);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as Record<string, unknown>;
    };
    const file = join(__dirname, '..', '..', 'fixtures', 'roster', 'powerschool.csv');
    const request = { fileName: 'powerschool.csv', base64: readFileSync(file).toString('base64') };

    const { jobId } = await call('roster.preview', request);
    const preview = await until(() => call('roster.previewStatus', { jobId }), (s) => s.state !== 'running');
    expect(preview.state).toBe('done');
    expect((preview.result as { counts: unknown }).counts).toMatchObject({ added: 4 });

    const started = await call('roster.import', request);
    const progressSeen = new Set<string>();
    const imported = await until(
      async () => {
        const s = await call('roster.importStatus', { jobId: started.jobId });
        progressSeen.add((s.progress as { phase: string }).phase);
        return s;
      },
      (s) => s.state !== 'running',
    );
    expect(imported.state).toBe('done');
    expect((imported.result as { counts: unknown }).counts).toMatchObject({ added: 4, rejected: 0 });
    expect((await listCaseload(store.db)).map((s) => s.studentNumber)).toContain('000123');
    expect(progressSeen.size).toBeGreaterThan(0);
    store.close();
  });

  it('cancels a large import before it writes, leaving the store as it was', async () => {
    const dir = tempDir();
    const store = await openStore(join(dir, 'counselor.db'));
    const handlers = createHandlers(store, new JobRegistry(workerLauncher({ storePath: store.path, workerFile })));
    const rows = ['Student Number,First Name,Last Name,Grade'];
    for (let i = 0; i < 20_000; i++) rows.push(`${200000 + i},Ana${i},Peña,${9 + (i % 4)}`);
    writeFileSync(join(dir, 'big.csv'), rows.join('\n'));
    const request = { fileName: 'big.csv', base64: readFileSync(join(dir, 'big.csv')).toString('base64') };
    const started = await dispatch(handlers, 'roster.import', request);
    if (!started.ok) throw new Error(started.error.message);
    const { jobId } = started.value as { jobId: string };
    await dispatch(handlers, 'jobs.cancel', { jobId });
    const status = await until(
      async () => (await dispatch(handlers, 'roster.importStatus', { jobId })) as { ok: true; value: { state: string; error: { code: string } | null } },
      (e) => e.value.state !== 'running',
    );
    expect(status.value.state).toBe('cancelled');
    expect(status.value.error?.code).toBe('cancelled');
    expect(await listCaseload(store.db)).toEqual([]);
    store.close();
  });

  it('reports an unknown job as not found', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    const result = await dispatch(createHandlers(store), 'roster.importStatus', { jobId: 'job-unknown' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    store.close();
  });
});
