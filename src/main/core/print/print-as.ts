import type { Kysely, Transaction } from 'kysely';
import type { PrintResult } from '../../../shared/domain/print';
import { readAs, writeAs, type Actor } from '../accounts/actor';
import type { TaskContext } from '../jobs/task';
import { readPlanIn } from '../plans/plan-rows';
import { schoolReadsIn, studentReadsIn, type SchoolReads } from '../plans/plan-view-reads';
import { buildPlanView } from '../plans/resolve';
import { installLanguagesIn } from '../labels/store-as';
import { requireLanguage } from '../pdf/label-registry';
import type { AskedPrintChoices, PrintChoices } from '../settings/settings';
import { printChoicesIn } from '../settings/settings-reads';
import type { StoreSchema } from '../store/store-schema';
import { listDirectory } from '../students/directory';
import { toPrintResult, type PrintTaskPayload } from './job';
import { combinedFileName } from './options';
import { printPlans } from './print-plans';
import { printRequestSheetsFrom, REQUEST_SHEETS, requestSheetsRun } from './print-request-sheets';
import { collectRequestsAs } from '../requests/collect-as';
import { recordSnapshotsIn } from './snapshots-as';
import { chooseStudents, type PlanViews } from './views';

/*
 * A print run on the department server: the workstation's job (print/job.ts runPrintJob) with
 * the department database as the source of plan views. The same selection rule (chooseStudents),
 * the same printout defaults (printChoicesFrom), the same printing (printPlans, handed a source
 * of views instead of a file) and the same plan view (buildPlanView over plan-view-reads.ts).
 * Every read is as the signed-in counselor, who may print any plan; the snapshots are recorded in
 * one transaction once the PDFs are made, as on a workstation.
 */

/** Plan views from the department database: the school's reads once, then each student in a snapshot of its own. */
export async function planViewsAs(db: Kysely<StoreSchema>, actor: Actor | null, today: Date): Promise<PlanViews> {
  const school: SchoolReads = await readAs(db, actor, (trx) => schoolReadsIn(trx, today));
  return {
    view: (studentNumber) =>
      readAs(db, actor, async (trx) => {
        const [reads, stored] = await Promise.all([studentReadsIn(trx, school, studentNumber), readPlanIn(trx, studentNumber)]);
        const plan = stored?.plan ?? null;
        return buildPlanView(reads.student, plan, reads.contextFor(plan));
      }),
  };
}

/**
 * printChoices (settings.ts) on the department server, where every print starts (preview, job):
 * the database's added languages installed into the serving thread's registry, a language none
 * has refused in a sentence, then the school's defaults.
 */
export async function printingChoicesIn(trx: Transaction<StoreSchema>, asked: AskedPrintChoices): Promise<PrintChoices> {
  await installLanguagesIn(trx);
  if (asked.lang) requireLanguage(asked.lang);
  return printChoicesIn(trx, asked);
}

export async function runPrintJobAs(
  db: Kysely<StoreSchema>,
  actor: Actor | null,
  request: PrintTaskPayload,
  ctx: Pick<TaskContext, 'progress' | 'throwIfCancelled'>,
): Promise<PrintResult> {
  if (request.kind === 'request_sheets') {
    // As on a workstation (job.ts): the school year's requests instead of the plan, nothing recorded as a snapshot.
    const { schoolYear, options } = requestSheetsRun(request, await readAs(db, actor, (trx) => printingChoicesIn(trx, request)));
    const collect = () => collectRequestsAs(db, actor, request.selection, schoolYear, options.printedAt, REQUEST_SHEETS);
    return toPrintResult(await printRequestSheetsFrom(collect, request.selection, schoolYear, options, ctx));
  }
  const printedAt = new Date(request.printedAt);
  const [students, choices] = await Promise.all([listDirectory(db, actor), readAs(db, actor, (trx) => printingChoicesIn(trx, request))]);
  const studentNumbers = chooseStudents(students, request.selection);
  const outcome = await printPlans(
    await planViewsAs(db, actor, printedAt),
    studentNumbers,
    { mode: request.mode, ...choices, printedAt, printedOn: request.printedOn, fileName: combinedFileName(request.selection, request.printedOn) },
    ctx,
  );
  // The PDFs go back in the job's result: delivered, so the print is recorded.
  await writeAs(db, actor, (trx) => recordSnapshotsIn(trx, outcome.snapshots));
  return toPrintResult(outcome);
}
