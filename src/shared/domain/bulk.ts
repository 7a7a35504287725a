import { z } from 'zod';
import { ProgramId } from './program';
import { StudentNumber } from './student';

/** Students one action may take at once: a whole school's caseload, never more. */
export const MAX_BULK_STUDENTS = 20_000;

/** What a counselor can do to many plans at once from the caseload's selection. */
export const BulkAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('applyProgram'), programId: ProgramId }).strict(),
  z.object({ kind: z.literal('markReviewed') }).strict(),
]);
export type BulkAction = z.infer<typeof BulkAction>;

/** One change the action made: the plan's revision after it, so an undo takes back that change only. */
export const BulkStep = z.object({ studentNumber: StudentNumber, revision: z.number().int().positive() }).strict();
export type BulkStep = z.infer<typeof BulkStep>;

export const BulkStudentOutcome = z.object({
  studentNumber: z.string(),
  /** "Last, First"; the number when the student is not in the store. */
  name: z.string(),
  outcome: z.enum(['changed', 'unchanged', 'refused']),
  /** What happened to this plan, or why it was passed over, in a sentence. */
  summary: z.string(),
  revision: z.number().int().nonnegative().nullable(),
});
export type BulkStudentOutcome = z.infer<typeof BulkStudentOutcome>;

export const BulkResult = z.object({ results: z.array(BulkStudentOutcome), undo: z.array(BulkStep) });
export type BulkResult = z.infer<typeof BulkResult>;

export const BulkUndoResult = z.object({ results: z.array(BulkStudentOutcome) });
export type BulkUndoResult = z.infer<typeof BulkUndoResult>;
