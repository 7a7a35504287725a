import type { Transaction } from 'kysely';
import { CounselorError } from '../../../shared/errors';
import type { StoreSchema } from '../store/store-schema';

/**
 * The one sentence for a plan the database would not let this counselor change (row-level
 * security, migration 15: another counselor's caseload), naming the student's counselor, read
 * after the refusal. The plan page's change (core/api/department.ts) and a change to many plans
 * (bulk.ts, per student) both say it.
 */
export async function caseloadRefusal(trx: Transaction<StoreSchema>, studentNumber: string): Promise<CounselorError> {
  const s = await trx.selectFrom('student').select(['first_name', 'last_name', 'counselor']).where('student_number', '=', studentNumber).executeTakeFirst();
  const whose = s ? `${s.first_name} ${s.last_name}'s plan` : 'this plan';
  const owner = s?.counselor ? `${s.counselor} (the student's counselor)` : "the student's counselor";
  return new CounselorError('forbidden', `Only ${owner} or a lead can change ${whose}; you can still read and print it.`);
}
