import { z } from 'zod';
import { errorCodes } from '../errors';

export const JobId = z.string().regex(/^job-[a-z0-9-]+$/, 'a job id');

export const JobProgress = z.object({
  /** What the job is doing now, in words a counselor reads under the progress bar. */
  phase: z.string(),
  done: z.number().int().nonnegative(),
  /** null while the amount of work is not yet known (reading a file). */
  total: z.number().int().nonnegative().nullable(),
});
export type JobProgress = z.infer<typeof JobProgress>;

export const JobState = z.enum(['running', 'done', 'failed', 'cancelled']);

export const JobError = z.object({ code: z.enum(errorCodes), message: z.string(), details: z.unknown().optional() });

/** A long piece of work (a 20,000-row import, printing 400 plans): polled for progress, cancellable. */
export function jobStatus<R extends z.ZodType>(result: R) {
  return z.object({
    id: JobId,
    state: JobState,
    progress: JobProgress,
    result: result.nullable(),
    error: JobError.nullable(),
  });
}
