import { yieldToEventLoop } from './task';

/**
 * Work that must run on the serving thread (it reads the window's own store connection) but is
 * too long to run at once: the caseload's first read of a school's course history takes over a
 * second. `runInSlices` calls `step` for each item and gives the event loop a turn whenever a
 * slice has run `budgetMs`, so other requests (a plan save, a job's status poll) wait at most
 * about that long. Nothing is held across a yield: no open statement, no transaction.
 */
export async function runInSlices<T>(items: Iterable<T>, step: (item: T) => void, budgetMs = SLICE_MS): Promise<void> {
  let sliceStart = performance.now();
  for (const item of items) {
    step(item);
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
}

/** A slice of the serving thread: well under the 100 ms a counselor notices, long enough that yielding costs little. */
export const SLICE_MS = 20;

/** `runInSlices` that keeps what each step returns, in order: a per-student pass of a report. */
export async function mapInSlices<T, R>(items: readonly T[], step: (item: T) => R, budgetMs = SLICE_MS): Promise<R[]> {
  const out: R[] = [];
  await runInSlices(items, (item) => void out.push(step(item)), budgetMs);
  return out;
}

/**
 * Runs a generator to its end, giving the event loop a turn at its pauses whenever a slice has
 * run `budgetMs`: synchronous work written as steps (roster/diff.ts diffSteps) on the serving thread.
 */
export async function stepsInSlices<R>(steps: Generator<void, R>, budgetMs = SLICE_MS): Promise<R> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
}
