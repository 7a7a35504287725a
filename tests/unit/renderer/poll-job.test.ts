import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../src/shared/domain/job';
import { pollJob, type JobStatusOf } from '../../../src/renderer/src/ui/job';

/** The renderer's one polling loop, driven by a fake job: the answers a `…Status` method gives in turn. */
function fakeJob<R>(answers: JobStatusOf<R>[], live: () => boolean = () => true) {
  const seen: JobProgress[] = [];
  const asked: string[] = [];
  const abandoned: string[] = [];
  let started: string | null = null;
  const run = pollJob<R>(
    {
      start: async () => ({ jobId: 'job-1' }),
      status: async (jobId) => {
        asked.push(jobId);
        const next = answers.shift();
        if (!next) throw new Error('asked after the job ended');
        return next;
      },
      live,
      onStarted: (jobId) => (started = jobId),
      onProgress: (p) => seen.push(p),
      silentEnd: 'It stopped without saying why.',
    },
    (jobId) => abandoned.push(jobId),
  );
  return { run, seen, asked, abandoned, started: () => started };
}

const progress = (done: number): JobProgress => ({ phase: 'Working', done, total: 3 });
const running = (done: number): JobStatusOf<string> => ({ state: 'running', progress: progress(done), result: null, error: null });

describe('pollJob', () => {
  it('reports each progress and ends with the result, one status request at a time', async () => {
    const job = fakeJob<string>([running(1), running(2), { state: 'done', progress: progress(3), result: 'the report', error: null }]);
    expect(await job.run).toEqual({ state: 'done', result: 'the report' });
    expect(job.started()).toBe('job-1');
    expect(job.seen.map((p) => p.done)).toEqual([1, 2]);
    expect(job.asked).toEqual(['job-1', 'job-1', 'job-1']);
  });

  it('tells a cancelled job from a failed one, with the job’s own sentence or the caller’s', async () => {
    const cancelled = fakeJob<string>([{ state: 'cancelled', progress: progress(1), result: null, error: { message: 'Cancelled.' } }]);
    expect(await cancelled.run).toEqual({ state: 'cancelled', message: 'Cancelled.' });
    const silent = fakeJob<string>([{ state: 'failed', progress: progress(1), result: null, error: null }]);
    expect(await silent.run).toEqual({ state: 'failed', message: 'It stopped without saying why.' });
  });

  it('stops asking once the caller has moved on, and abandons a job started for a caller already gone', async () => {
    let live = true;
    const left = fakeJob<string>([running(1), running(2), running(3)], () => live);
    setTimeout(() => (live = false), 200);
    expect(await left.run).toBeNull();
    expect(left.asked.length).toBeLessThan(3);

    const gone = fakeJob<string>([], () => false);
    expect(await gone.run).toBeNull();
    expect(gone.abandoned).toEqual(['job-1']);
    expect(gone.started()).toBeNull();
  });
});
