import type { Database as Db } from 'better-sqlite3';
import type { JobProgress } from '../../../shared/domain/job';
import { CounselorError } from '../../../shared/errors';

/**
 * What a long task may use: its own store connection (in a worker thread, so the thread that
 * serves the window never blocks), a way to report progress, and the cancel flag to check between
 * chunks. A task checks for cancel only before it commits; once it writes, it finishes its one
 * transaction, so a cancel never leaves half an import.
 */
export interface TaskContext {
  db: Db;
  storePath: string;
  progress(progress: JobProgress): void;
  throwIfCancelled(): void;
}

export class CancelFlag {
  private cancelled = false;
  cancel(): void {
    this.cancelled = true;
  }
  get isCancelled(): boolean {
    return this.cancelled;
  }
  throwIfCancelled(): void {
    if (this.cancelled) throw new CounselorError('cancelled', 'Stopped on request; nothing was changed.');
  }
}

/** Lets the event loop breathe between chunks of synchronous work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
