import type { TaskContext } from './task';

/** Every long task a job can run, by name. The worker thread and the command line run the same functions. */
export const tasks = {} satisfies Record<string, (payload: never, ctx: TaskContext) => Promise<unknown>>;

export type TaskName = keyof typeof tasks;
export type TaskPayload<T extends TaskName> = Parameters<(typeof tasks)[T]>[0];
