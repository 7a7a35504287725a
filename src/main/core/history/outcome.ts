import { schoolYearText, type HistoryCounts, type HistoryImportReport, type HistoryPreview, type HistoryRequest, type UnmatchedCourse } from '../../../shared/domain/history';
import type { Student } from '../../../shared/domain/student';
import { classYearForGrade, schoolYearEnd } from '../../../shared/domain/school-year';
import type { DepartmentMapping } from '../courses/catalog-departments';
import type { TaskContext } from '../jobs/task';
import { displayName } from '../spreadsheet/table';
import type { HistoryComparison } from './compare';
import { creditTypesOf } from './credit-types';
import { HISTORY_FIELD_LABELS, HISTORY_FIELDS, REQUIRED_HISTORY_FIELDS } from './fields';
import type { KnownStudent } from './history-row';
import { readHistory, type HistoryReading } from './read-history';

/*
 * The course history import's rules that do not touch a store, shared by the workstation's import
 * on SQLite (import.ts) and the department server's on PostgreSQL (import-as.ts): the read of the
 * file against the caseload, the sentence when nothing can be imported, the counts, the preview,
 * the report and the mapping remembered. The two differ only in how rows are fetched and saved.
 */

/** Lists in a preview stop here; the counts are always whole. */
const PREVIEW_LIST_CAP = 500;

export type ParsedHistoryRequest = HistoryRequest;
export type ReadContext = Pick<TaskContext, 'progress' | 'throwIfCancelled'>;

export interface HistoryRead {
  reading: HistoryReading;
  names: Map<string, string>;
  nothingToImport: string | null;
}

/** Bytes → header → mapping → checked rows of the caseload's `students`; `remembered` is the store's mapping for a header layout. */
export async function readHistoryRequest(
  request: ParsedHistoryRequest,
  ctx: ReadContext,
  today: string,
  list: readonly Student[],
  remembered: (key: string) => Record<string, string> | undefined,
  forPreview: boolean,
): Promise<HistoryRead> {
  ctx.progress({ phase: 'Reading the file', done: 0, total: null });
  const students = new Map<string, KnownStudent>();
  const names = new Map<string, string>();
  for (const s of list) {
    students.set(s.studentNumber, { studentNumber: s.studentNumber, classYear: s.classYear ?? (s.grade === null ? null : classYearForGrade(s.grade, today)) });
    names.set(s.studentNumber, `${s.lastName}, ${s.firstName}`);
  }
  const overrides = request.mapping ? Object.fromEntries(Object.entries(request.mapping).map(([f, h]) => [f, h ?? ''])) : undefined;
  const reading = await readHistory(Buffer.from(request.base64, 'base64'), request.fileName, {
    students,
    currentYear: schoolYearEnd(today),
    ...(request.sheet ? { sheet: request.sheet } : {}),
    remembered,
    ...(overrides ? { overrides } : {}),
    tolerateUnusableMapping: forPreview,
    // Rows are checked as they are read, so the two are one phase; the total is not known before the end.
    onProgress: (done) => {
      ctx.throwIfCancelled();
      ctx.progress({ phase: 'Reading and checking rows', done, total: null });
    },
  });
  ctx.throwIfCancelled();
  return { reading, names, nothingToImport: reading.mappingProblem ? null : nothingToImport(reading) };
}

/** One sentence when not a single row can be imported: a file from another school, or every row broken. */
function nothingToImport(reading: HistoryReading): string | null {
  if (reading.rows.length > 0) return null;
  const file = displayName(reading.fileName);
  if (reading.unknownStudentRows === reading.dataRows) {
    const example = reading.rejected[0]?.value;
    return `${file}: none of its ${reading.dataRows} rows is for a student in this caseload${example ? ` (student number ${example} is not in the store)` : ''}; it is probably not this school's file. Nothing was imported: check the file, or import the roster that has these students first.`;
  }
  return `${file}: every one of its ${reading.dataRows} rows was rejected (the reasons are listed by row); nothing was imported. Fix the rows and import again.`;
}

export function countsOf(reading: HistoryReading, c: HistoryComparison | null): HistoryCounts {
  return {
    students: new Set(reading.rows.map((r) => r.studentNumber)).size,
    added: c?.added.length ?? 0,
    updated: c?.updated.length ?? 0,
    unchanged: c?.unchanged ?? 0,
    missing: c?.missing.length ?? 0,
    rejected: new Set(reading.rejected.map((r) => r.row)).size,
  };
}

/** What the store holds that a preview shows besides the comparison. */
export interface PreviewContext {
  mappingRemembered: boolean;
  mapping: DepartmentMapping;
  unmatched: UnmatchedCourse[];
}

export function previewOf({ reading, names, nothingToImport }: HistoryRead, comparison: HistoryComparison | null, store: PreviewContext): HistoryPreview {
  const cap = <T>(list: readonly T[]) => list.slice(0, PREVIEW_LIST_CAP);
  const name = (n: string) => names.get(n) ?? n;
  const year = (y: number | null) => (y === null ? null : schoolYearText(y));
  return {
    fileName: reading.fileName,
    sheetName: reading.sheetName,
    headerRow: reading.header.rowNumber,
    columns: reading.view,
    fields: HISTORY_FIELDS.map((field) => ({ field, label: HISTORY_FIELD_LABELS[field], required: REQUIRED_HISTORY_FIELDS.includes(field) })),
    mappingRemembered: store.mappingRemembered,
    mappingProblem: reading.mappingProblem,
    counts: countsOf(reading, comparison),
    changed: cap(comparison?.updated ?? []).map(({ row, changes }) => ({
      row: row.rowNumber,
      studentNumber: row.studentNumber,
      name: name(row.studentNumber),
      courseNumber: row.courseNumber,
      title: row.title,
      schoolYear: year(row.schoolYear),
      term: row.term,
      changes,
    })),
    missing: cap(comparison?.missing ?? []).map((m) => ({
      studentNumber: m.student_number,
      name: name(m.student_number),
      courseNumber: m.course_number,
      title: m.title,
      schoolYear: year(m.school_year),
      term: m.term,
    })),
    rejected: cap(reading.rejected),
    unmatched: cap(store.unmatched),
    creditTypes: creditTypesOf(reading.rows, store.mapping),
    listsCapped: [comparison?.updated ?? [], comparison?.missing ?? [], reading.rejected].some((l) => l.length > PREVIEW_LIST_CAP),
    nothingToImport,
  };
}

/** The report logged and answered, before it has its id in the log. */
export function reportOf(reading: HistoryReading, c: HistoryComparison, unmatched: UnmatchedCourse[], backupPath: string | null, now: Date): Omit<HistoryImportReport, 'importId'> {
  return { fileName: reading.fileName, importedAt: now.toISOString(), backupPath, counts: countsOf(reading, c), rejected: reading.rejected, unmatched };
}

/** The mapping as field → header text: what is remembered, and what --map takes. */
export function mappingByHeader(reading: HistoryReading): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const field of HISTORY_FIELDS) {
    const column = reading.columns[field];
    byField[field] = column === undefined ? '' : (reading.header.headers[column] ?? '');
  }
  return byField;
}
