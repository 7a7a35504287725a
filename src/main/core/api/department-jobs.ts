import type { Actor } from '../accounts/actor';
import type { Handlers } from '../dispatch';
import { JobRegistry, unknownJob } from '../jobs/registry';
import { CancelFlag, type TaskContext, type TaskTable } from '../jobs/task';

/**
 * A job on the department server is its starter's: another counselor asking for it by id is told
 * it is not known, as any id that names no job (one sentence, so a guessed id learns nothing).
 */
export function jobOwners() {
  const owners = new Map<string, string | null>();
  const who = (actor: Actor | null) => actor?.userName ?? null;
  return {
    started(actor: Actor | null, jobId: string): void {
      owners.set(jobId, who(actor));
    },
    owns(actor: Actor | null, jobId: string): boolean {
      return owners.has(jobId) && owners.get(jobId) === who(actor);
    },
    check(actor: Actor | null, jobId: string, asked: 'status' | 'cancel' = 'status'): void {
      if (!this.owns(actor, jobId)) throw unknownJob(asked);
    },
  };
}

/** What a job on the serving thread is given: its progress and the cancel check. */
export type ServerTaskContext = Pick<TaskContext, 'progress' | 'throwIfCancelled'>;

/**
 * One kind of job on the department server (the roster's, the course history's): run on the
 * serving thread, its starter's alone (jobOwners), started, polled and cancelled the same way.
 * `run` does the task; `cancel(actor, otherCancel)` is the kind's jobs.cancel, handing an id that is
 * not this asker's job of this kind on to the server's other jobs.
 */
export function ownedJobs<Tasks extends TaskTable>(run: (task: string, payload: unknown, ctx: ServerTaskContext) => Promise<unknown>) {
  const owners = jobOwners();
  const jobs = new JobRegistry<Tasks>((task, payload, onProgress) => {
    const flag = new CancelFlag();
    return { result: run(task, payload, { progress: onProgress, throwIfCancelled: () => flag.throwIfCancelled() }), cancel: () => flag.cancel() };
  });
  return {
    start<T extends keyof Tasks & string>(actor: Actor | null, task: T, payload: Parameters<Tasks[T]>[0]): { jobId: string } {
      const jobId = jobs.start(task, payload, 'Reading the file');
      owners.started(actor, jobId);
      return { jobId };
    },
    status<T extends keyof Tasks & string>(actor: Actor | null, jobId: string, task: T) {
      owners.check(actor, jobId);
      return jobs.status(jobId, task);
    },
    cancel(actor: Actor | null, otherCancel?: Handlers['jobs.cancel']): Handlers['jobs.cancel'] {
      return (input) => {
        if (!owners.owns(actor, input.jobId) && otherCancel) return otherCancel(input);
        owners.check(actor, input.jobId, 'cancel');
        jobs.cancel(input.jobId);
        return {};
      };
    },
  };
}
