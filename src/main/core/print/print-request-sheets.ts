import type { Database as Db } from 'better-sqlite3';
import type { PrintRequest, PrintSelection, SkippedStudent } from '../../../shared/domain/print';
import type { PrintChoices } from '../settings/settings';
import { schoolYearText } from '../../../shared/domain/history';
import { schoolYearEnd } from '../../../shared/domain/school-year';
import { CounselorError } from '../../../shared/errors';
import { CombinedPdf, renderLayoutPdf, type PdfInfo } from '../pdf/document';
import { layoutRequestSheet } from '../pdf/request-sheet';
import { requestSheetLabelsFor } from '../pdf/label-registry';
import { familyWrittenName } from '../pdf/student-name';
import { yieldToEventLoop, type TaskContext } from '../jobs/task';
import { collectRequests, describeRequestSelection, type CollectedRequests } from '../requests/collect';
import { optionsFor, planFileName } from './options';
import type { PrintedFile, PrintPlansOptions } from './print-plans';

/**
 * Course request sheets through the plans' print path: the same selection, languages (each family's
 * unless one is chosen), paper, school name, combined or separate files and job (progress, cancel
 * between students). One page per student, so a combined file has exactly as many pages as students
 * (no blank pages for two-sided printing). Students not in high school that year are skipped and
 * said so; a student with nothing planned gets a sheet with lines to write requests by hand.
 * Nothing is recorded as a plan snapshot: a sheet is a form, not the plan.
 */

export type RequestSheetOutcome =
  | { mode: 'combined'; fileName: string; bytes: Buffer; pages: number; students: number; skipped: SkippedStudent[] }
  | { mode: 'separate'; files: PrintedFile[]; pages: number; students: number; skipped: SkippedStudent[] };

/** Next school year: the one course requests are made for in the winter. */
export function nextSchoolYear(today: Date): string {
  return schoolYearText(schoolYearEnd(today) + 1);
}

/** A request-sheet print's school year and options: the request, with the print choices its store gave (job.ts, print-as.ts). */
export function requestSheetsRun(
  request: Pick<PrintRequest, 'selection' | 'mode' | 'schoolYear'> & { printedAt: string; printedOn: string },
  choices: PrintChoices,
): { schoolYear: string; options: PrintPlansOptions } {
  const printedAt = new Date(request.printedAt);
  const schoolYear = request.schoolYear ?? nextSchoolYear(printedAt);
  return {
    schoolYear,
    options: { mode: request.mode, ...choices, printedAt, printedOn: request.printedOn, fileName: requestSheetsFileName(request.selection, schoolYear, request.printedOn) },
  };
}

export function requestSheetsFileName(selection: PrintSelection, schoolYear: string, printedOn: string): string {
  const who = 'grade' in selection ? `grade-${selection.grade}-` : 'all' in selection ? 'all-' : '';
  return `course-request-sheets-${schoolYear}-${who}${printedOn}.pdf`;
}

export function printRequestSheets(
  db: Db,
  selection: PrintSelection,
  schoolYear: string,
  options: PrintPlansOptions,
  ctx: Pick<TaskContext, 'progress' | 'throwIfCancelled'>,
): Promise<RequestSheetOutcome> {
  return printRequestSheetsFrom(() => collectRequests(db, selection, schoolYear, options.printedAt, REQUEST_SHEETS), selection, schoolYear, options, ctx);
}

/** What a sheet collects: a student with nothing planned gets a sheet to fill in by hand. */
export const REQUEST_SHEETS = { withoutCourses: true } as const;

/** The sheets from requests either store collected (the department server's: print-as.ts). */
export async function printRequestSheetsFrom(
  collect: () => CollectedRequests | Promise<CollectedRequests>,
  selection: PrintSelection,
  schoolYear: string,
  options: PrintPlansOptions,
  ctx: Pick<TaskContext, 'progress' | 'throwIfCancelled'>,
): Promise<RequestSheetOutcome> {
  await yieldToEventLoop();
  const { students, skipped } = await collect();
  if (students.length === 0) {
    throw new CounselorError('not_found', `None of ${describeRequestSelection(selection, skipped.length)} is in high school in ${schoolYear}; no request sheets were printed.`, { skipped });
  }
  const phase = 'Printing course request sheets';
  const total = students.length;
  ctx.progress({ phase, done: 0, total });
  let combined: CombinedPdf | null = null;
  const files: PrintedFile[] = [];
  for (const [i, s] of students.entries()) {
    await yieldToEventLoop();
    ctx.throwIfCancelled();
    const sheetOptions = optionsFor(s.student, options);
    const labels = requestSheetLabelsFor(sheetOptions.lang);
    const layout = layoutRequestSheet({ student: s.student, grade: s.grade, schoolYear, requests: s.requests }, sheetOptions);
    if (options.mode === 'combined') {
      combined ??= new CombinedPdf(info(labels.titleMany(total), labels.subject, options.lang ?? sheetOptions.lang, options), false);
      combined.add(layout);
    } else {
      const own = await renderLayoutPdf(layout, info(`${labels.title(schoolYear)}: ${familyWrittenName(s.student)}`, labels.subject, sheetOptions.lang, options));
      files.push({ studentNumber: s.student.studentNumber, fileName: planFileName(s.student).replace(/\.pdf$/, `-requests-${schoolYear}.pdf`), bytes: own.bytes, pages: own.pages });
    }
    ctx.progress({ phase, done: i + 1, total });
  }
  ctx.throwIfCancelled();
  if (options.mode === 'combined' && combined) {
    const pdf = await combined.finish();
    return { mode: 'combined', fileName: options.fileName, bytes: pdf.bytes, pages: pdf.pages, students: total, skipped };
  }
  return { mode: 'separate', files, pages: files.reduce((n, f) => n + f.pages, 0), students: total, skipped };
}

function info(title: string, subject: string, lang: PdfInfo['lang'], options: PrintPlansOptions): PdfInfo {
  return { title, author: options.school ?? 'Counselor Workstation', subject, lang, createdAt: options.printedAt };
}
