import { Worker } from 'node:worker_threads';
import type { JobProgress } from '../../../shared/domain/job';
import { CounselorError, type ApiError } from '../../../shared/errors';
import type { Store } from '../store/connection';
import { CancelFlag, type RunTask, type TaskTable } from './task';
import { storeFailure } from '../store/failures';

/** A started task: its result, and a way to ask it to stop. */
export interface RunningTask {
  result: Promise<unknown>;
  cancel(): void;
}

export type Launcher = (task: string, payload: unknown, onProgress: (p: JobProgress) => void) => RunningTask;

/** Runs tasks on this thread: for the command line, where nothing else needs the event loop. */
export function inProcessLauncher(store: Store, tasks: TaskTable): Launcher {
  return (task, payload, onProgress) => {
    const flag = new CancelFlag();
    const run = tasks[task] as unknown as RunTask | undefined;
    if (!run) throw new Error(`No task named ${task}.`);
    return {
      // Store failures as a counselor reads them, as the worker thread reports them (worker-main.ts).
      result: run(payload, {
        db: store.db,
        storePath: store.path,
        progress: onProgress,
        throwIfCancelled: () => flag.throwIfCancelled(),
      }).catch((e: unknown) => {
        throw storeFailure(e, store.path);
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
      // Imports parse millions of short-lived cells: a young generation of 64 MB (V8's default is a
      // few MB) halves the collector's share of a 300,000-row course history (measured: the bare
      // papaparse parse 0.85 s → 0.45 s, the history read 1.8 s → 1.6 s on this machine).
      resourceLimits: { maxYoungGenerationSizeMb: 64 },
    });
    const result = new Promise<unknown>((resolve, reject) => {
      let settled = false;
      worker.on('message', (m: WorkerMessage) => {
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

export type WorkerMessage =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'done'; result: unknown }
  | { type: 'error'; error: ApiError };
