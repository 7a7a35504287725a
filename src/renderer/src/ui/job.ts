import type { JobProgress } from '../../../shared/domain/job';
import { withoutCommandLineHints } from '../../../shared/errors';
import { messageOf } from '../shell/message';

/**
 * A long piece of work on the Node side (a roster import, printing plans), as the window follows
 * it: started by one method, polled through its `…Status` method until it ends, cancelled with
 * `jobs.cancel`. The one polling loop of the renderer; the roster import session and `useJob`
 * both run their jobs through `pollJob`.
 */

/** A job as JobProgressView draws it. */
export interface RunningJob {
  kind: 'read' | 'preview' | 'import';
  fileName: string;
  progress: JobProgress;
  /** Cancel was pressed and not yet answered by the job ending. */
  cancelling: boolean;
  /** The core refused to cancel (an import that is already writing); the job runs to its end. */
  cancelRefused: boolean;
}

/** What a `…Status` method answers. */
export interface JobStatusOf<R> {
  state: 'running' | 'done' | 'failed' | 'cancelled';
  progress: JobProgress;
  result: R | null;
  error: { message: string } | null;
}

export type JobEnd<R> = { state: 'done'; result: R } | { state: 'failed'; message: string } | { state: 'cancelled'; message: string };

/** How often a running job is asked for its progress. */
export const POLL_MS = 150;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface PollJob<R> {
  start: () => Promise<{ jobId: string }>;
  status: (jobId: string) => Promise<JobStatusOf<R>>;
  /** False once the caller has moved on (started over, left the page): the loop stops, answering null. */
  live: () => boolean;
  /** The job has its id: from now on the caller can cancel it. */
  onStarted: (jobId: string) => void;
  onProgress: (progress: JobProgress) => void;
  /** The sentence for a job that failed without a message of its own. */
  silentEnd: string;
}

/** Asks a job the caller no longer follows to stop; one already writing finishes on its own, all or nothing. */
export async function cancelQuietly(cancel: (jobId: string) => Promise<unknown>, jobId: string): Promise<void> {
  try {
    await cancel(jobId);
  } catch {
    // Abandoned work: nobody is left to tell.
  }
}

/**
 * Starts a job and polls it every POLL_MS until it ends: one request at a time, a timer in
 * between, so the window stays free. Returns null when the caller has moved on meanwhile (a job
 * started for a caller already gone is asked to stop through `abandon`).
 */
export async function pollJob<R>(job: PollJob<R>, abandon: (jobId: string) => void): Promise<JobEnd<R> | null> {
  let jobId: string;
  try {
    ({ jobId } = await job.start());
  } catch (e) {
    return job.live() ? { state: 'failed', message: messageOf(e) } : null;
  }
  if (!job.live()) {
    abandon(jobId);
    return null;
  }
  job.onStarted(jobId);
  for (;;) {
    await sleep(POLL_MS);
    if (!job.live()) return null;
    let current: JobStatusOf<R>;
    try {
      current = await job.status(jobId);
    } catch (e) {
      return job.live() ? { state: 'failed', message: messageOf(e) } : null;
    }
    if (!job.live()) return null;
    if (current.state === 'running') {
      job.onProgress(current.progress);
      continue;
    }
    if (current.state === 'done' && current.result !== null) return { state: 'done', result: current.result };
    const message = current.error?.message ? withoutCommandLineHints(current.error.message) : job.silentEnd;
    return current.state === 'cancelled' ? { state: 'cancelled', message } : { state: 'failed', message };
  }
}
