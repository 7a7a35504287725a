import { RosterRequest } from '../../../shared/domain/roster';
import { importRoster, previewRoster } from '../roster/import';
import { runPrintJob } from '../print/job';
import type { TaskContext } from './task';

/**
 * Every long task a job can run, by name. The worker thread and the command line run the same
 * functions. Payloads are parsed again here because they cross a thread boundary.
 */
const taskTable = {
  'roster.preview': (payload: unknown, ctx: TaskContext) => previewRoster(RosterRequest.parse(payload), ctx),
  'roster.import': (payload: unknown, ctx: TaskContext) => importRoster(RosterRequest.parse(payload), ctx),
  'print.plans': (payload: unknown, ctx: TaskContext) => runPrintJob(payload, ctx),
};

export type TaskName = keyof typeof taskTable;
/** What each task returns: a job's result, typed per task (what its status method promises). */
export type TaskResults = { [T in TaskName]: Awaited<ReturnType<(typeof taskTable)[T]>> };
export type TaskPayload<T extends TaskName> = Parameters<(typeof taskTable)[T]>[0];

/** The same table, typed so that `tasks[task]` for any task name T returns TaskResults[T]. */
export const tasks: { [T in TaskName]: (payload: unknown, ctx: TaskContext) => Promise<TaskResults[T]> } = taskTable;
