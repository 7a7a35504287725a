import type { Kysely } from 'kysely';
import { localIsoDate } from '../../../shared/domain/common';
import { readAs, type Actor } from '../accounts/actor';
import type { HandlersFor } from '../dispatch';
import { JobRegistry, unknownJob, type JobStatus } from '../jobs/registry';
import { CancelFlag } from '../jobs/task';
import type { PrintTaskPayload } from '../print/job';
import { printingChoicesIn, runPrintJobAs } from '../print/print-as';
import { exportRequestsAs } from '../requests/collect-as';
import type { RequestTaskPayload } from '../requests/job';
import type { StoreSchema } from '../store/store-schema';
import type { tasks } from './jobs';

type Methods = 'print.start' | 'print.status' | 'requests.start' | 'requests.status' | 'jobs.cancel';

/**
 * Print and request-file runs on the department server, as jobs polled like a workstation's
 * (print.start/status, requests.start/status, jobs.cancel), one registry for the server. A job
 * runs on the serving thread (there is no store file for a worker thread to open; the database
 * does the reading), yielding between students as a workstation's does. A job is its starter's:
 * another counselor asking for it by id is told it is not known. A finished job is forgotten once
 * its starter has polled its end (the PDFs leave the server's memory then), or by the registry
 * after its keeping time; the owners' list follows the registry.
 */
export function departmentPrint(db: Kysely<StoreSchema>): (actor: Actor | null) => Pick<HandlersFor<'print' | 'requests' | 'jobs'>, Methods> {
  const owners = new Map<string, string | null>();
  const jobs = new JobRegistry<typeof tasks>((task, payload, onProgress) => {
    const { actor, request } = payload as { actor: Actor | null; request: unknown };
    const flag = new CancelFlag();
    const ctx = { progress: onProgress, throwIfCancelled: () => flag.throwIfCancelled() };
    const result =
      task === 'requests.export'
        ? exportRequestsAs(db, actor, request as RequestTaskPayload, ctx)
        : runPrintJobAs(db, actor, request as PrintTaskPayload, ctx);
    return { result, cancel: () => flag.cancel() };
  });
  const own = (actor: Actor | null, jobId: string, asked: 'status' | 'cancel' = 'status'): void => {
    if (owners.has(jobId) && owners.get(jobId) === (actor?.userName ?? null) && jobs.has(jobId)) return;
    throw unknownJob(asked);
  };
  const start = (actor: Actor | null, task: 'print.plans' | 'requests.export', request: unknown, phase: string): { jobId: string } => {
    for (const id of owners.keys()) if (!jobs.has(id)) owners.delete(id);
    const jobId = jobs.start(task, { actor, request }, phase);
    owners.set(jobId, actor?.userName ?? null);
    return { jobId };
  };
  /** The status, and a finished job forgotten with it: its starter has what it made. */
  const delivered = <R>(jobId: string, status: JobStatus<R>): JobStatus<R> => {
    if (status.state !== 'running') {
      jobs.forget(jobId);
      owners.delete(jobId);
    }
    return status;
  };
  return (actor) => ({
    'print.start': async (request) => {
      // A language no installed one has is refused now, in a sentence, not as a failed job.
      await readAs(db, actor, (trx) => printingChoicesIn(trx, request));
      const now = new Date();
      const payload: PrintTaskPayload = { ...request, printedAt: now.toISOString(), printedOn: localIsoDate(now) };
      return start(actor, 'print.plans', payload, 'Preparing to print');
    },
    'print.status': ({ jobId }) => {
      own(actor, jobId);
      return delivered(jobId, jobs.status(jobId, 'print.plans'));
    },
    'requests.start': (request) => {
      const payload: RequestTaskPayload = { ...request, requestedAt: new Date().toISOString() };
      return start(actor, 'requests.export', payload, 'Choosing the students');
    },
    'requests.status': ({ jobId }) => {
      own(actor, jobId);
      return delivered(jobId, jobs.status(jobId, 'requests.export'));
    },
    'jobs.cancel': ({ jobId }) => {
      own(actor, jobId, 'cancel');
      jobs.cancel(jobId);
      return {};
    },
  });
}
