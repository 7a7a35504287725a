import { z } from 'zod';
import { Backup, RestoreResult } from '../domain/backup';
import { NoInput } from '../domain/common';
import { method } from './define';

/**
 * The store's backups: list them, and put one back. Restore takes a file name from the list, never
 * a path: a page (or anything holding browser mode's token) cannot make the store read another file.
 */
export const storeMethods = {
  'store.backups': method(NoInput, z.object({ backups: z.array(Backup) }), 'The backups beside the store, newest first.'),
  'store.restore': method(
    z
      .object({
        file: z
          .string()
          .min(1)
          .regex(/^[^/\\]+$/, 'a backup file name from the list, not a path'),
      })
      .strict(),
    RestoreResult,
    'Replace the store with one of its backups, after taking a backup of the store as it is.',
  ),
} as const;
