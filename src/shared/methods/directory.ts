import { z } from 'zod';
import { NoInput } from '../domain/common';
import { DirectoryRow } from '../domain/student';
import { method } from './define';

/**
 * The department's directory: every student the signed-in counselor may see, with whose caseload
 * each is in. The first method the department server answers from PostgreSQL (issue 16); on a
 * workstation it lists the store's students the same way.
 */
export const directoryMethods = {
  'directory.list': method(
    NoInput,
    z.object({ students: z.array(DirectoryRow) }),
    'Every student this counselor may see, by name, with their counselor (no plan status).',
  ),
} as const;
