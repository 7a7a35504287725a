import type { Kysely } from 'kysely';
import { readAs, type Actor } from '../accounts/actor';
import { auditEntriesFor } from '../audit/log';
import { conferencesIn } from '../conferences/conference-reads';
import type { Handlers } from '../dispatch';
import { frameworkIn } from '../framework/framework-reads';
import { bulkChangeAs, bulkUndoAs } from '../plans/bulk-as';
import { caseloadAs } from '../plans/caseload-as';
import { caseloadRefusal } from '../plans/caseload-refusal';
import { catalogIn, programsIn, studentIn } from '../plans/plan-view-reads';
import { applyProgramAs, planAs, undoPlanAs, updatePlanAs } from '../plans/plans-as';
import { POLICY_REFUSED } from '../store/row-security';
import type { StoreSchema } from '../store/store-schema';
import { listDirectory } from '../students/directory';
import { departmentCatalog } from './department-catalog';
import { departmentEdits } from './department-edits';
import { departmentFrameworkHandlers } from './department-framework';
import { departmentHistory } from './department-history';
import { departmentImports } from './department-imports';
import { departmentStoreHandlers } from './department-store';
import { departmentPrint } from './department-print';
import { departmentLabels } from './department-labels';
import { departmentPrinting } from './department-printing';
import { departmentReports } from './department-reports';
import { departmentRoster } from './department-roster';
import { departmentYear } from './department-year';
import { studentRecordHandlers } from './student-records';
import { encodeCaseload } from '../../../shared/caseload-columns';
import { localIsoDate } from '../../../shared/domain/common';
import { exportCaseloadAs } from '../exports/caseload-as';

/** Some of the contract's handlers: the department server answers the others "not on the server yet". */
export type SomeHandlers = Partial<Handlers>;

/**
 * The handlers the department server has on PostgreSQL, for one signed-in counselor: every read
 * and write runs as `actor` (accounts/actor.ts), so the database's row-level security sees who is
 * asking. The rest of the API is built over a SQLite Store (createHandlers) and is being carried
 * over method by method; a method ported to the typed layer is added here. The `counselor`
 * command given a department address calls them as the operator (actor null). `backupFolder`:
 * where the server keeps the pg_dump files it takes (store/department-backup.ts).
 */
export function departmentHandlers(db: Kysely<StoreSchema>, options: { backupFolder?: string } = {}): (actor: Actor | null) => SomeHandlers {
  const printing = departmentPrint(db);
  const roster = departmentRoster(db);
  const history = departmentHistory(db);
  return (actor) => {
    const changing = caseloadGuard(db, actor);
    const print = printing(actor);
    return {
      ...print,
      ...departmentPrinting(db, actor),
      ...departmentLabels(db, actor),
      // After printing: its jobs.cancel asks printing's for a job that is not a roster job.
      ...roster(actor, print['jobs.cancel']),
      // After the roster: its jobs.cancel asks the roster's (then printing's) for a job that is not a history job.
      ...history(actor, roster(actor, print['jobs.cancel'])['jobs.cancel']),
      'directory.list': async () => ({ students: await listDirectory(db, actor) }),
      ...studentRecordHandlers(db, actor),
      ...departmentEdits(db, actor),
      ...departmentCatalog(db, actor),
      ...departmentImports(db, actor),
      ...departmentFrameworkHandlers(db, actor),
      ...departmentStoreHandlers(db, actor, options.backupFolder ?? null),
      ...departmentReports(db, actor),
      ...departmentYear(db, actor),
      'students.list': async () => ({ students: await caseloadAs(db, actor) }),
      // The caseload page's compact form of the same rows (shared/caseload-columns.ts).
      'students.caseload': async () => encodeCaseload(await caseloadAs(db, actor)),
      'caseload.export': async ({ format, studentNumbers }) => {
        const { bytes, count } = await exportCaseloadAs(db, actor, format, studentNumbers);
        return { fileName: `caseload-${localIsoDate()}.${format}`, base64: bytes.toString('base64'), count };
      },
      'students.get': ({ studentNumber }) => readAs(db, actor, (trx) => studentIn(trx, studentNumber)),
      'framework.get': () => readAs(db, actor, (trx) => frameworkIn(trx)),
      'conferences.list': async ({ studentNumber }) =>
        readAs(db, actor, async (trx) => {
          // An unknown student is a sentence, not an empty list that looks like "no conferences yet".
          await studentIn(trx, studentNumber);
          return { conferences: await conferencesIn(trx, studentNumber) };
        }),
      'courses.list': async () => readAs(db, actor, (trx) => catalogIn(trx)),
      'programs.list': async () => ({ programs: await readAs(db, actor, (trx) => programsIn(trx)) }),
      'audit.forStudent': async ({ studentNumber }) => ({ entries: await auditEntriesFor(db, actor, studentNumber) }),
      'plans.get': ({ studentNumber }) => planAs(db, actor, studentNumber),
      'plans.update': ({ studentNumber, operation, basedOn }) =>
        changing(studentNumber, () => updatePlanAs(db, actor, studentNumber, operation, basedOn)),
      'plans.undo': ({ studentNumber, basedOn }) => changing(studentNumber, () => undoPlanAs(db, actor, studentNumber, basedOn)),
      'plans.bulk': ({ studentNumbers, action }) => bulkChangeAs(db, actor, studentNumbers, action),
      'plans.bulkUndo': ({ steps }) => bulkUndoAs(db, actor, steps),
      'plans.applyProgram': ({ studentNumber, programId, basedOn }) =>
        changing(studentNumber, () => applyProgramAs(db, actor, studentNumber, programId, basedOn)),
    };
  };
}

/**
 * The database, not this code, decides whose plans a counselor changes (migration 15): its
 * refusal becomes one sentence naming the student's counselor, read after the refusal.
 */
function caseloadGuard(db: Kysely<StoreSchema>, actor: Actor | null) {
  return async <T>(studentNumber: string, change: () => Promise<T>): Promise<T> => {
    try {
      return await change();
    } catch (e) {
      if ((e as { code?: unknown }).code !== POLICY_REFUSED) throw e;
      throw await readAs(db, actor, (trx) => caseloadRefusal(trx, studentNumber));
    }
  };
}
