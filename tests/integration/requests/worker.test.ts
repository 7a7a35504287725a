import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/core/api';
import { tasks } from '../../../src/main/core/api/jobs';
import { dispatch } from '../../../src/main/core/dispatch';
import { workerLauncher } from '../../../src/main/core/jobs/launch';
import { JobRegistry, type JobStatus } from '../../../src/main/core/jobs/registry';
import type { JobProgress } from '../../../src/shared/domain/job';
import type { RequestExportResult } from '../../../src/shared/domain/requests';
import { useTempDir } from '../../helpers/temp';
import { TODAY } from '../plans/stores';
import { expectedRequests, requestStore } from './stores';

const tempDir = useTempDir();
// The built worker (npm test builds first): the same file the desktop and browser mode start.
const workerFile = join(__dirname, '..', '..', '..', 'out', 'main', 'job-worker.js');

/** Polls a job to its end, calling `meanwhile` between polls; returns every progress seen and the end. */
async function follow(poll: () => Promise<JobStatus<RequestExportResult>>, meanwhile: () => Promise<void> = async () => undefined) {
  const seen: JobProgress[] = [];
  for (;;) {
    await meanwhile();
    const status = await poll();
    seen.push(status.progress);
    if (status.state !== 'running') return { status, seen };
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('exporting course requests in a worker thread', () => {
  it('makes the file off the thread that serves the window, which keeps answering, and says how far it is', async () => {
    const store = await requestStore(tempDir());
    const jobs = new JobRegistry<typeof tasks>(workerLauncher({ storePath: store.path, workerFile }));
    const handlers = createHandlers(store, jobs);
    // Through the job table with the moment asked for fixed, so "grade 10 now" is the store's.
    const jobId = jobs.start('requests.export', { schoolYear: '2027-28', selection: { grade: 10 }, preset: 'powerschool', format: 'csv', requestedAt: TODAY.toISOString() }, 'Choosing the students');
    let answered = 0;
    const { status, seen } = await follow(
      async () => jobs.status(jobId, 'requests.export'),
      async () => {
        if ((await dispatch(handlers, 'students.list', {})).ok) answered++;
      },
    );
    expect(status.state, JSON.stringify(status.error)).toBe('done');
    expect(answered).toBeGreaterThan(0);
    expect(seen.some((p) => p.phase === 'Reading the planned courses' || p.phase === 'Choosing the students')).toBe(true);
    const result = status.result!;
    const expected = expectedRequests(store.db, 10);
    const lines = Buffer.from(result.base64, 'base64').toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('Student_Number,YearID,SchoolYear,CourseNumber,Alternate,AlternateRank,AlternateFor');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 5).join(','))).toEqual(
      expected.rows.map((r) => `${r.studentNumber},37,2027-28,${r.courseNumber},${r.alternate ? 1 : 0}`),
    );
    expect([result.students, result.requests, result.alternates]).toEqual([new Set(expected.rows.map((r) => r.studentNumber)).size, expected.rows.length, 2]);
    expect(result.skipped.map((s) => s.studentNumber).sort()).toEqual(expected.skipped.sort());
    expect(result.fileName).toBe('course-requests-2027-28-grade-10-powerschool.csv');
    store.close();
  });

  it('stops on cancel with no file, and a selection with no requests ends with the sentence that says so', async () => {
    const store = await requestStore(tempDir());
    const handlers = createHandlers(store, new JobRegistry(workerLauncher({ storePath: store.path, workerFile })));
    const started = await dispatch(handlers, 'requests.start', { schoolYear: '2027-28', selection: { all: true }, format: 'xlsx' });
    if (!started.ok) throw new Error(started.error.message);
    const { jobId } = started.value as { jobId: string };
    expect((await dispatch(handlers, 'jobs.cancel', { jobId })).ok).toBe(true);
    const poll = async () => {
      const answer = await dispatch(handlers, 'requests.status', { jobId });
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.value as JobStatus<RequestExportResult>;
    };
    const cancelled = (await follow(poll)).status;
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.result).toBeNull();

    const none = await dispatch(handlers, 'requests.start', { schoolYear: '2027-28', selection: { studentNumbers: ['700011', '700012'] } });
    if (!none.ok) throw new Error(none.error.message);
    const failed = (await follow(async () => {
      const answer = await dispatch(handlers, 'requests.status', { jobId: (none.value as { jobId: string }).jobId });
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.value as JobStatus<RequestExportResult>;
    })).status;
    expect(failed.state).toBe('failed');
    expect(failed.error?.message).toMatch(/^None of the 2 listed students has courses planned for 2027-28, so no file was written/);
    // A print job's id is not a request job's.
    expect(await dispatch(handlers, 'print.status', { jobId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    store.close();
  });
});
