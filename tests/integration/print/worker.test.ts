import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/core/api';
import { dispatch } from '../../../src/main/core/dispatch';
import { workerLauncher } from '../../../src/main/core/jobs/launch';
import { JobRegistry } from '../../../src/main/core/jobs/registry';
import type { PrintResult } from '../../../src/shared/domain/print';
import { useTempDir } from '../../helpers/temp';
import { sampleStore } from '../plans/stores';
import { pageTexts } from './pdf-tools';

const tempDir = useTempDir();
// The built worker (npm test builds first): the same file the desktop and browser mode start, so
// this also shows the build finds resources/fonts from out/main.
const workerFile = join(__dirname, '..', '..', '..', 'out', 'main', 'job-worker.js');

describe('printing in a worker thread', () => {
  it('prints a grade off the thread that serves the window, which keeps answering meanwhile', async () => {
    const store = await sampleStore(tempDir());
    const handlers = createHandlers(store, new JobRegistry(workerLauncher({ storePath: store.path, workerFile })));
    const started = await dispatch(handlers, 'print.start', { selection: { grade: 12 }, mode: 'combined' });
    if (!started.ok) throw new Error(started.error.message);
    const { jobId } = started.value as { jobId: string };
    let answered = 0;
    let status: { state: string; result: PrintResult | null; error: unknown };
    for (;;) {
      const listed = await dispatch(handlers, 'students.list', {});
      if (listed.ok) answered++;
      const polled = await dispatch(handlers, 'print.status', { jobId });
      if (!polled.ok) throw new Error(polled.error.message);
      status = polled.value as typeof status;
      if (status.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(status.state, JSON.stringify(status.error)).toBe('done');
    expect(answered).toBeGreaterThan(0);
    const result = status.result!;
    if (result.mode !== 'combined') throw new Error('expected one file');
    expect(pageTexts(Buffer.from(result.base64, 'base64'))).toHaveLength(result.pages);
    expect(store.db.prepare('SELECT count(*) FROM print_snapshot').pluck().get()).toBe(result.students);
    store.close();
  });
});
