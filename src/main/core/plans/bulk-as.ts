import type { Kysely, Transaction } from 'kysely';
import type { BulkAction, BulkResult, BulkStep, BulkUndoResult } from '../../../shared/domain/bulk';
import { readAs, type Actor } from '../accounts/actor';
import { unknownProgram } from '../programs/repository';
import type { StoreSchema } from '../store/store-schema';
import { bulkChangeOn, bulkUndoOn, type BulkStudent } from './bulk';
import { catalogIn, catalogOf, programsIn } from './plan-view-reads';

/*
 * plans.bulk and plans.bulkUndo on the department server: the workstation's loop (bulk.ts), one
 * transaction as the signed-in counselor, over what it reads first on the typed layer. A student
 * of another counselor's caseload is refused by the database (row-level security) and reported in
 * one sentence; the others are changed.
 */

export async function bulkStudentsIn(trx: Transaction<StoreSchema>, studentNumbers: readonly string[]): Promise<Map<string, BulkStudent>> {
  const students = new Map<string, BulkStudent>();
  const numbers = [...new Set(studentNumbers)];
  // A page of numbers per query: a selection may name a whole school, under PostgreSQL's parameter limit.
  for (let i = 0; i < numbers.length; i += 5_000) {
    const rows = await trx.selectFrom('student').select(['student_number', 'first_name', 'last_name', 'grade']).where('student_number', 'in', numbers.slice(i, i + 5_000)).execute();
    for (const r of rows) students.set(r.student_number, { firstName: r.first_name, lastName: r.last_name, grade: r.grade });
  }
  return students;
}

export async function bulkChangeAs(db: Kysely<StoreSchema>, actor: Actor | null, studentNumbers: readonly string[], action: BulkAction, now = new Date()): Promise<BulkResult> {
  const reads = await readAs(db, actor, async (trx) => {
    const [listed, programs, students] = await Promise.all([
      catalogIn(trx),
      action.kind === 'applyProgram' ? programsIn(trx) : Promise.resolve([]),
      bulkStudentsIn(trx, studentNumbers),
    ]);
    const program = action.kind === 'applyProgram' ? programs.find((p) => p.id === action.programId) : null;
    if (program === undefined) throw unknownProgram(action.kind === 'applyProgram' ? action.programId : '');
    return { catalog: catalogOf(listed), program, students };
  });
  return bulkChangeOn(db, reads, studentNumbers, action, now, { actor });
}

export async function bulkUndoAs(db: Kysely<StoreSchema>, actor: Actor | null, steps: readonly BulkStep[], now = new Date()): Promise<BulkUndoResult> {
  const students = await readAs(db, actor, (trx) => bulkStudentsIn(trx, steps.map((s) => s.studentNumber)));
  return bulkUndoOn(db, students, steps, now, { actor });
}
