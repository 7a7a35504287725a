import type { z } from 'zod';

/** One method of the contract: what it takes, what it returns, and a line saying what it is for. */
export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string) {
  return { input, output, summary } as const;
}
