import { z } from 'zod';
import { IsoDate } from '../../../shared/domain/common';
import { PrintRequest, type PrintResult } from '../../../shared/domain/print';
import type { TaskContext } from '../jobs/task';
import { combinedFileName } from './options';
import { printPlans, type PrintOutcome } from './print-plans';
import { printRequestSheets, requestSheetsRun, type RequestSheetOutcome } from './print-request-sheets';
import { printChoices } from '../settings/settings';
import { recordSnapshots } from './snapshots';
import { selectStudents } from './views';

/**
 * The `print.plans` job: a print request with the moment it was asked for (taken on the thread
 * that serves the window, so every page says the counselor's date), run in a worker thread.
 * The PDFs come back as base64 in the job's result, kept in memory only while the job is.
 */
export const PrintTaskPayload = PrintRequest.extend({
  printedAt: z.iso.datetime(),
  printedOn: IsoDate,
});
export type PrintTaskPayload = z.infer<typeof PrintTaskPayload>;

export function toPrintResult(outcome: PrintOutcome | RequestSheetOutcome): PrintResult {
  const skipped = 'skipped' in outcome ? { skipped: outcome.skipped } : {};
  if (outcome.mode === 'combined') {
    return { mode: 'combined', fileName: outcome.fileName, base64: outcome.bytes.toString('base64'), pages: outcome.pages, students: outcome.students, ...skipped };
  }
  return {
    mode: 'separate',
    students: outcome.students,
    files: outcome.files.map((f) => ({ studentNumber: f.studentNumber, fileName: f.fileName, base64: f.bytes.toString('base64'), pages: f.pages })),
    ...skipped,
  };
}

export async function runPrintJob(payload: unknown, ctx: TaskContext): Promise<PrintResult> {
  const request = PrintTaskPayload.parse(payload);
  if (request.kind === 'request_sheets') {
    // The same run with another page: the school year's requests instead of the plan, nothing recorded as a snapshot.
    const { schoolYear, options } = requestSheetsRun(request, printChoices(ctx.db, request));
    const sheets = await printRequestSheets(ctx.db, request.selection, schoolYear, options, ctx);
    return toPrintResult(sheets);
  }
  const studentNumbers = selectStudents(ctx.db, request.selection);
  const outcome = await printPlans(
    ctx.db,
    studentNumbers,
    {
      mode: request.mode,
      ...printChoices(ctx.db, request),
      printedAt: new Date(request.printedAt),
      printedOn: request.printedOn,
      fileName: combinedFileName(request.selection, request.printedOn),
    },
    ctx,
  );
  // The PDFs go back in the job's result: delivered, so the print is recorded.
  recordSnapshots(ctx.db, outcome.snapshots);
  return toPrintResult(outcome);
}
