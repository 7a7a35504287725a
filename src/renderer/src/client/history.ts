import type { z } from 'zod';
import type { historyMethods } from '../../../shared/methods/history';
import { api } from './api';

type HistoryMethods = typeof historyMethods;

/**
 * The `history.*` methods as the renderer calls them. Until the contract spreads historyMethods
 * (the course history backend does), `api` is not typed with them; this view of the same client
 * is. Once the contract has them, this file goes and callers use `api` directly.
 */
export const historyApi = api as unknown as {
  [M in keyof HistoryMethods]: (input: z.input<HistoryMethods[M]['input']>) => Promise<z.output<HistoryMethods[M]['output']>>;
};
