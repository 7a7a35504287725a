import { RosterRequest } from '../../../shared/domain/roster';
import { HistoryRequest } from '../../../shared/domain/history';
import { importHistory, previewHistory } from '../history/import';
import { importRoster, previewRoster } from '../roster/import';
import { runPrintJob } from '../print/job';
import { runRequestExportJob } from '../requests/job';
import type { HandlersFor } from '../dispatch';
import type { JobRegistry } from '../jobs/registry';
import type { TaskContext, TaskTable } from '../jobs/task';

/**
 * Every long task a job can run, by name: the job table. The worker thread and the command line
 * run the same functions. Payloads are parsed again here because they cross a thread boundary.
 */
export const tasks = {
  'roster.preview': (payload: unknown, ctx: TaskContext) => previewRoster(RosterRequest.parse(payload), ctx),
  'roster.import': (payload: unknown, ctx: TaskContext) => importRoster(RosterRequest.parse(payload), ctx),
  'history.preview': (payload: unknown, ctx: TaskContext) => previewHistory(HistoryRequest.parse(payload), ctx),
  'history.import': (payload: unknown, ctx: TaskContext) => importHistory(HistoryRequest.parse(payload), ctx),
  'print.plans': (payload: unknown, ctx: TaskContext) => runPrintJob(payload, ctx),
  'requests.export': (payload: unknown, ctx: TaskContext) => runRequestExportJob(payload, ctx),
} satisfies TaskTable;

export type TaskName = keyof typeof tasks;
export type TaskPayload<T extends TaskName> = Parameters<(typeof tasks)[T]>[0];

/** The jobs of this run, typed by this table (a start names one of its tasks and that task's payload). */
export type Jobs = JobRegistry<typeof tasks>;

/** A job of any kind can be asked to stop; it stops at its next check. */
export function jobHandlers(jobs: Jobs): HandlersFor<'jobs'> {
  return {
    'jobs.cancel': ({ jobId }) => {
      jobs.cancel(jobId);
      return {};
    },
  };
}
