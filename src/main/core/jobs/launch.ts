import { Worker } from 'node:worker_threads';
import type { JobProgress } from '../../../shared/domain/job';
import { CounselorError, type ApiError } from '../../../shared/errors';
import type { Store } from '../store/connection';
import { CancelFlag } from './task';
import { tasks, type TaskName, type TaskResults } from './tasks';

/** A started task: its result, and a way to ask it to stop. */
export interface RunningTask<R> {
  result: Promise<R>;
  cancel(): void;
}

export type Launcher = <T extends TaskName>(task: T, payload: unknown, onProgress: (p: JobProgress) => void) => RunningTask<TaskResults[T]>;

/** Runs tasks on this thread: for the command line, where nothing else needs the event loop. */
export function inProcessLauncher(store: Store): Launcher {
  return (task, payload, onProgress) => {
    const flag = new CancelFlag();
    return {
      result: tasks[task](payload, {
        db: store.db,
        storePath: store.path,
        progress: onProgress,
        throwIfCancelled: () => flag.throwIfCancelled(),
      }),
      cancel: () => flag.cancel(),
    };
  };
}

export interface WorkerLauncherOptions {
  storePath: string;
  nativeBinding?: string;
  /** The built job-worker.js, or the .ts source with a loader in execArgv (tests). */
  workerFile: string;
  execArgv?: string[];
}

/**
 * Runs each task in a worker thread with its own store connection, so a 20,000-row import or a
 * 400-page print never blocks the thread that serves the window (WAL lets the main connection
 * keep reading meanwhile).
 */
export function workerLauncher(options: WorkerLauncherOptions): Launcher {
  return (task, payload, onProgress) => {
    const worker = new Worker(options.workerFile, {
      workerData: { storePath: options.storePath, nativeBinding: options.nativeBinding, task, payload },
      execArgv: options.execArgv ?? [],
    });
    const result = new Promise<TaskResults[typeof task]>((resolve, reject) => {
      let settled = false;
      // The worker ran the same task: its 'done' carries that task's result (structured-cloned).
      worker.on('message', (m: WorkerMessage<TaskResults[typeof task]>) => {
        if (m.type === 'progress') onProgress(m.progress);
        else if (m.type === 'done') {
          settled = true;
          resolve(m.result);
        } else {
          settled = true;
          reject(new CounselorError(m.error.code, m.error.message, m.error.details));
        }
      });
      worker.on('error', (e) => {
        settled = true;
        reject(e);
      });
      worker.on('exit', (code) => {
        if (!settled) reject(new Error(`The job's worker stopped unexpectedly (exit code ${code}).`));
      });
    });
    return { result, cancel: () => worker.postMessage({ type: 'cancel' }) };
  };
}

export type WorkerMessage<R = TaskResults[TaskName]> =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'done'; result: R }
  | { type: 'error'; error: ApiError };
