import type { Kysely } from 'kysely';
import type { MethodName } from '../../../shared/contract';
import { CounselorError } from '../../../shared/errors';
import { readAs, type Actor } from '../accounts/actor';
import { refusalOf } from '../accounts/method-roles';
import { addConferenceAs, conferenceStudentIn, removeConferenceAs, updateConferenceAs } from '../conferences/record-as';
import { caseloadRefusal } from '../plans/caseload-refusal';
import { saveSettingsAs, settingsAs } from '../settings/settings-as';
import { POLICY_REFUSED } from '../store/row-security';
import type { StoreSchema } from '../store/store-schema';
import type { SomeHandlers } from './department';

/**
 * The department server's edits beyond the plan itself (issue 16): a student's conferences, the
 * school's settings. Each is the workstation's rule over typed reads and writes, in one writeAs
 * transaction as the signed-in account; the database's row-level security decides whose rows
 * (migrations 15 and 16), and its refusal becomes one sentence here.
 */
export function departmentEdits(db: Kysely<StoreSchema>, actor: Actor | null): SomeHandlers {
  /** A conference the database would not let this counselor change: the plan page's sentence, naming the student's counselor. */
  const caseload = async <T>(studentOf: () => Promise<string | null>, change: () => Promise<T>): Promise<T> => {
    try {
      return await change();
    } catch (e) {
      if (!refused(e)) throw e;
      throw await readAs(db, actor, async (trx) => caseloadRefusal(trx, (await studentOf()) ?? ''));
    }
  };
  const studentOfConference = (id: number) => () => readAs(db, actor, (trx) => conferenceStudentIn(trx, id));
  return {
    'conferences.add': (input) => caseload(async () => input.studentNumber, () => addConferenceAs(db, actor, input)),
    'conferences.update': (input) => caseload(studentOfConference(input.id), () => updateConferenceAs(db, actor, input)),
    'conferences.remove': async ({ id, confirmHeldOn }) => ({
      removed: await caseload(studentOfConference(id), () => removeConferenceAs(db, actor, id, confirmHeldOn)),
    }),
    'settings.get': () => settingsAs(db, actor),
    'settings.save': (input) => schoolChange(actor, 'settings.save', () => saveSettingsAs(db, actor, input)),
  };
}

/**
 * A school-wide write the database refused (its policies let a lead and the operator write
 * these tables; the method gate lets an admin through, as the roles nest): the gate's sentence.
 */
export async function schoolChange<T>(actor: Actor | null, method: MethodName, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (e) {
    if (!refused(e)) throw e;
    throw new CounselorError('forbidden', refusalOf(actor?.role ?? 'counselor', method));
  }
}

function refused(e: unknown): boolean {
  return (e as { code?: unknown }).code === POLICY_REFUSED;
}
