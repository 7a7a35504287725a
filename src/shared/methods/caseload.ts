import { z } from 'zod';
import { NoInput } from '../domain/common';
import { Framework } from '../domain/framework';
import { ExportedFile } from '../domain/roster';
import { SampleRemoval, SampleStatus } from '../domain/sample';
import { CaseloadRow, Student, StudentNumber } from '../domain/student';
import { method } from './define';

export const StoreInfo = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  studentCount: z.number().int(),
});

/** The store, the framework and the caseload: the foundation's methods. */
export const caseloadMethods = {
  'store.info': method(NoInput, StoreInfo, 'Where the store is and what it holds.'),
  'framework.get': method(NoInput, Framework, 'The 16 career clusters and their 79 career pathways.'),
  'framework.crosswalkXlsx': method(
    NoInput,
    ExportedFile,
    'The crosswalk from the 16 clusters and 79 pathways to the 2024 framework (each link stated, inferred or derived) as .xlsx.',
  ),
  'students.list': method(
    NoInput,
    z.object({ students: z.array(CaseloadRow) }),
    'Every student in the caseload, as caseload rows.',
  ),
  'students.get': method(z.object({ studentNumber: StudentNumber }).strict(), Student, 'One student, whole.'),
  'sample.load': method(
    NoInput,
    z.object({ studentsAdded: z.number().int() }),
    'Fill an empty store with the sample school.',
  ),
  'sample.status': method(NoInput, SampleStatus, 'Whether the store holds the sample school, and how much of it.'),
  'sample.remove': method(
    NoInput,
    SampleRemoval,
    'Remove the sample school (after a backup, in one transaction), keeping anything the counselor added.',
  ),
} as const;
