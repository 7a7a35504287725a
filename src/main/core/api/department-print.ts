import type { Kysely } from 'kysely';
import { localIsoDate } from '../../../shared/domain/common';
import { CounselorError } from '../../../shared/errors';
import { readAs, type Actor } from '../accounts/actor';
import type { HandlersFor } from '../dispatch';
import { JobRegistry } from '../jobs/registry';
import { CancelFlag } from '../jobs/task';
import type { PrintTaskPayload } from '../print/job';
import { printingChoicesIn, runPrintJobAs } from '../print/print-as';
import type { StoreSchema } from '../store/store-schema';
import type { tasks } from './jobs';

/**
 * Print runs on the department server, as jobs polled like a workstation's (print.start,
 * print.status, jobs.cancel), one registry for the server. A job runs on the serving thread
 * (there is no store file for a worker thread to open; the database does the reading), yielding
 * between plans as printPlans does. A job is its starter's: another counselor asking for it by id
 * is told it is not known.
 */
export function departmentPrint(db: Kysely<StoreSchema>): (actor: Actor | null) => Pick<HandlersFor<'print' | 'jobs'>, 'print.start' | 'print.status' | 'jobs.cancel'> {
  const owners = new Map<string, string | null>();
  const jobs = new JobRegistry<typeof tasks>((_task, payload, onProgress) => {
    const { actor, request } = payload as { actor: Actor | null; request: PrintTaskPayload };
    const flag = new CancelFlag();
    return {
      result: runPrintJobAs(db, actor, request, { progress: onProgress, throwIfCancelled: () => flag.throwIfCancelled() }),
      cancel: () => flag.cancel(),
    };
  });
  const own = (actor: Actor | null, jobId: string): void => {
    if (owners.has(jobId) && owners.get(jobId) === (actor?.userName ?? null)) return;
    throw new CounselorError('not_found', 'That job is not known (it may have finished long ago); start it again.');
  };
  return (actor) => ({
    'print.start': async (request) => {
      // A language no installed one has is refused now, in a sentence, not as a failed job.
      await readAs(db, actor, (trx) => printingChoicesIn(trx, request));
      const now = new Date();
      const payload: PrintTaskPayload = { ...request, printedAt: now.toISOString(), printedOn: localIsoDate(now) };
      const jobId = jobs.start('print.plans', { actor, request: payload }, 'Preparing to print');
      owners.set(jobId, actor?.userName ?? null);
      return { jobId };
    },
    'print.status': ({ jobId }) => {
      own(actor, jobId);
      return jobs.status(jobId, 'print.plans');
    },
    'jobs.cancel': ({ jobId }) => {
      own(actor, jobId);
      jobs.cancel(jobId);
      return {};
    },
  });
}
