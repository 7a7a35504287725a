import type { z } from 'zod';
import { historyMethods } from '../../../shared/methods/history';
import { api } from './api';

type HistoryMethods = typeof historyMethods;
type HistoryClient = {
  [M in keyof HistoryMethods]: (input: z.input<HistoryMethods[M]['input']>) => Promise<z.output<HistoryMethods[M]['output']>>;
};

/**
 * The `history.*` methods as the renderer calls them. Until the contract spreads historyMethods
 * (the course history backend does), `api` is neither typed with them nor has them; this view of
 * the same client is typed, and a method the application does not have yet fails like any other
 * call (a sentence) instead of breaking the page. Once the contract has them, this file goes and
 * callers use `api` directly.
 */
export const historyApi = Object.fromEntries(
  Object.keys(historyMethods).map((name) => [
    name,
    (input: unknown) => {
      const call = (api as unknown as Record<string, ((input: unknown) => Promise<unknown>) | undefined>)[name];
      return call ? call(input) : Promise.reject(new Error('Course history is not available in this version of Counselor Workstation.'));
    },
  ]),
) as HistoryClient;
