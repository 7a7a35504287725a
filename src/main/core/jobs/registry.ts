import { randomUUID } from 'node:crypto';
import type { JobProgress } from '../../../shared/domain/job';
import { CounselorError, type ApiError } from '../../../shared/errors';
import type { Launcher, RunningTask } from './launch';
import type { TaskTable } from './task';

interface Job {
  id: string;
  task: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  progress: JobProgress;
  result: unknown;
  error: ApiError | null;
  running: RunningTask;
  finishedAt: number | null;
}

export interface JobStatus<R> {
  id: string;
  state: Job['state'];
  progress: JobProgress;
  result: R | null;
  error: ApiError | null;
}

/**
 * The one answer, on both stores, for an id that names no job of the asker's: never started,
 * finished and forgotten, or (on the department server) another account's, so a guessed id learns
 * nothing. A cancel is answered so too rather than with a silent {}: the windows only cancel a job
 * they are polling (which is known), so the answer reaches no counselor there, and a command or
 * script that names a wrong id is told instead of believing it stopped something.
 */
export function unknownJob(asked: 'status' | 'cancel'): CounselorError {
  const then = asked === 'cancel' ? ', so there is nothing to stop.' : '; start it again.';
  return new CounselorError('not_found', `That job is not known (it may have finished long ago)${then}`);
}

/** Finished jobs are kept this long so a slow poll still sees the result. */
const KEEP_FINISHED_MS = 30 * 60 * 1000;

/** The jobs of this run, on the thread that serves the window: start, poll, cancel. `Tasks` types the payloads. */
export class JobRegistry<Tasks extends TaskTable = TaskTable> {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly launch: Launcher) {}

  start<T extends keyof Tasks & string>(task: T, payload: Parameters<Tasks[T]>[0], phase: string): string {
    this.forgetOld();
    const id = `job-${randomUUID()}`;
    // The job exists before the task starts: a task may report progress at once (on this thread).
    const job: Job = {
      id,
      task,
      state: 'running',
      progress: { phase, done: 0, total: null },
      result: null,
      error: null,
      running: { result: Promise.resolve(), cancel: () => undefined },
      finishedAt: null,
    };
    this.jobs.set(id, job);
    job.running = this.launch(task, payload, (p) => {
      job.progress = p;
    });
    job.running.result.then(
      (result) => {
        job.state = 'done';
        job.result = result;
        job.finishedAt = Date.now();
      },
      (e: unknown) => {
        const error =
          e instanceof CounselorError
            ? e.toApiError()
            : { code: 'internal' as const, message: 'The job failed; the details are in the log.' };
        if (!(e instanceof CounselorError)) console.error(`[counselor] job ${task} failed:`, e);
        job.state = error.code === 'cancelled' ? 'cancelled' : 'failed';
        job.error = error;
        job.finishedAt = Date.now();
      },
    );
    return id;
  }

  /** A job's progress and, once done, its result: typed by the task named, which must be the job's own. */
  status<T extends keyof Tasks & string>(id: string, task: T): JobStatus<Awaited<ReturnType<Tasks[T]>>> {
    const job = this.jobs.get(id);
    if (!job || job.task !== task) throw unknownJob('status');
    // The result was produced by this very task (checked just above), so it has the task's result type.
    const result = job.result as Awaited<ReturnType<Tasks[T]>> | null;
    return { id: job.id, state: job.state, progress: job.progress, result, error: job.error };
  }

  /** Asks a running job to stop; a finished one is left as it ended; an id that names no job is refused (unknownJob). */
  cancel(id: string): void {
    const job = this.jobs.get(id);
    if (!job) throw unknownJob('cancel');
    if (job.state === 'running') job.running.cancel();
  }

  /** Whether the registry still holds a job (finished ones are forgotten after KEEP_FINISHED_MS, or by `forget`). */
  has(id: string): boolean {
    return this.jobs.has(id);
  }

  /** Drops a finished job and its result now (the department server, once the starter has it); a running one stays. */
  forget(id: string): void {
    if (this.jobs.get(id)?.state !== 'running') this.jobs.delete(id);
  }

  /** Whether an import or print is still running (a restore must not pull the store from under it). */
  hasRunning(): boolean {
    return [...this.jobs.values()].some((j) => j.state === 'running');
  }

  /** Waits for every running job (used at shutdown and in tests). */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.jobs.values()].map((j) => j.running.result));
  }

  private forgetOld(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) {
      if (job.finishedAt !== null && now - job.finishedAt > KEEP_FINISHED_MS) this.jobs.delete(id);
    }
  }
}
