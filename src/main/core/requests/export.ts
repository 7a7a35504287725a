import type { Database as Db } from 'better-sqlite3';
import type { RequestExport, RequestPreset, SkippedStudent } from '../../../shared/domain/requests';
import { CounselorError } from '../../../shared/errors';
import type { ExportCell, ExportTable } from '../spreadsheet/export-table';
import { writeCsv } from '../spreadsheet/write-csv';
import { writeXlsx } from '../spreadsheet/write-xlsx';
import { yieldToEventLoop, type TaskContext } from '../jobs/task';
import { describeRequestSelection, requestCollector, type CollectedRequests, type RequestCollector, type StudentRequests } from './collect';
import { PRESET_COLUMNS } from './presets';

/**
 * The course request file: the requests of the chosen students in the preset's columns, as .csv
 * (UTF-8 with a byte-order mark, formula-looking text escaped) or .xlsx (text cells stay text, so
 * 000123 stays 000123). The students with nothing to request come back beside the file.
 */

export interface RequestFile {
  bytes: Buffer;
  fileName: string;
  students: number;
  requests: number;
  alternates: number;
  skipped: SkippedStudent[];
}

export function requestTable(students: readonly StudentRequests[], preset: RequestPreset): ExportTable {
  const columns = PRESET_COLUMNS[preset];
  const rows: ExportCell[][] = [];
  for (const { requests } of students) {
    // The sequence counts a student's rows from 1, as the SIS numbers a student's requests.
    requests.forEach((r, i) => rows.push(columns.map((c) => c.value(r, i + 1))));
  }
  return { sheetName: 'Course requests', columns: columns.map(({ header, width }) => ({ header, width })), rows };
}

export function requestFileName(input: Pick<RequestExport, 'schoolYear' | 'selection' | 'preset' | 'format'>): string {
  const s = input.selection;
  const who = 'grade' in s ? `grade-${s.grade}` : 'counselor' in s ? 'counselor' : 'all' in s ? 'all' : 'students';
  return `course-requests-${input.schoolYear}-${who}-${input.preset}.${input.format}`;
}

/** What the export reports while it runs, and where it may stop: the job's context, or nothing at all. */
export type ExportSteps = Pick<TaskContext, 'progress' | 'throwIfCancelled'>;

const QUIETLY: ExportSteps = { progress: () => undefined, throwIfCancelled: () => undefined };

/** How long the collection runs between a progress report, a turn of the event loop (where a cancel arrives) and a check for it. */
const STEP_MS = 50;

/**
 * The students one by one, with a progress report, a turn for the event loop and a check for cancel
 * every STEP_MS. In the job's worker thread the turn is what lets a cancel message arrive at all.
 */
async function collectInSteps(source: CollectorSource, input: RequestExport, today: Date, steps: ExportSteps): Promise<CollectedRequests> {
  steps.progress({ phase: 'Reading the planned courses', done: 0, total: null });
  const collector = await source(input, today);
  // A cancel sent as the job started stops it here, before the first student.
  await yieldToEventLoop();
  steps.throwIfCancelled();
  const total = collector.chosen.length;
  let stepStart = performance.now();
  for (let done = 0; done < total; done++) {
    collector.add(collector.chosen[done]!);
    if (performance.now() - stepStart >= STEP_MS) {
      steps.progress({ phase: 'Collecting the requests', done: done + 1, total });
      await yieldToEventLoop();
      steps.throwIfCancelled();
      stepStart = performance.now();
    }
  }
  return collector.collected();
}

/** Where the collection reads: a workstation's file, or the department database (collect-as.ts). */
export type CollectorSource = (input: RequestExport, today: Date) => RequestCollector | Promise<RequestCollector>;

export function exportRequests(db: Db, input: RequestExport, today = new Date(), steps: ExportSteps = QUIETLY): Promise<RequestFile> {
  return exportRequestsFrom((asked, day) => requestCollector(db, asked.selection, asked.schoolYear, day), input, today, steps);
}

export async function exportRequestsFrom(source: CollectorSource, input: RequestExport, today = new Date(), steps: ExportSteps = QUIETLY): Promise<RequestFile> {
  const { students, skipped } = await collectInSteps(source, input, today, steps);
  if (students.length === 0) {
    throw new CounselorError(
      'not_found',
      `None of ${describeRequestSelection(input.selection, skipped.length)} has courses planned for ${input.schoolYear}, so no file was written; plan their courses for that year first.`,
      { skipped },
    );
  }
  steps.throwIfCancelled();
  const table = requestTable(students, input.preset);
  steps.progress({ phase: `Writing the .${input.format} file`, done: table.rows.length, total: table.rows.length });
  const bytes = input.format === 'xlsx' ? await writeXlsx([table]) : writeCsv(table);
  steps.throwIfCancelled();
  return {
    bytes,
    fileName: requestFileName(input),
    students: students.length,
    requests: table.rows.length,
    alternates: students.reduce((n, s) => n + s.requests.filter((r) => r.alternate).length, 0),
    skipped,
  };
}
