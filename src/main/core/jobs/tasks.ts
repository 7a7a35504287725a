import { RosterRequest } from '../../../shared/domain/roster';
import { importRoster, previewRoster } from '../roster/import';
import { runPrintJob } from '../print/job';
import type { TaskContext } from './task';

/**
 * Every long task a job can run, by name. The worker thread and the command line run the same
 * functions. Payloads are parsed again here because they cross a thread boundary.
 */
export const tasks = {
  'roster.preview': (payload: unknown, ctx: TaskContext) => previewRoster(RosterRequest.parse(payload), ctx),
  'roster.import': (payload: unknown, ctx: TaskContext) => importRoster(RosterRequest.parse(payload), ctx),
  'print.plans': (payload: unknown, ctx: TaskContext) => runPrintJob(payload, ctx),
} satisfies Record<string, (payload: never, ctx: TaskContext) => Promise<unknown>>;

export type TaskName = keyof typeof tasks;
export type TaskPayload<T extends TaskName> = Parameters<(typeof tasks)[T]>[0];
