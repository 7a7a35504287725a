import { z } from 'zod';
import { NoInput } from './domain/common';
import { CaseloadRow, Student, StudentNumber } from './domain/student';
import { Framework } from './domain/framework';

/**
 * The one API contract. Each capability is defined here once: its name, what it takes and what it
 * returns. The core implements it (src/main/core/api.ts), the transports carry it (IPC, HTTP), and
 * the preload allow-list and renderer client are derived from this table, so a method cannot be
 * half-wired. Add a method here and the type checker lists every place that must follow.
 */
function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string) {
  return { input, output, summary } as const;
}

export const StoreInfo = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  studentCount: z.number().int(),
});

export const contract = {
  'store.info': method(NoInput, StoreInfo, 'Where the store is and what it holds.'),
  'framework.get': method(NoInput, Framework, 'The 16 career clusters and their 79 career pathways.'),
  'students.list': method(
    NoInput,
    z.object({ students: z.array(CaseloadRow) }),
    'Every student in the caseload, as caseload rows.',
  ),
  'students.get': method(
    z.object({ studentNumber: StudentNumber }).strict(),
    Student,
    'One student, whole.',
  ),
  'sample.load': method(
    NoInput,
    z.object({ studentsAdded: z.number().int() }),
    'Fill an empty store with the sample school.',
  ),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const methodNames = Object.keys(contract) as MethodName[];

export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
