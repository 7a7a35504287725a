import { CounselorError } from '../../../shared/errors';
import type { Student } from '../../../shared/domain/student';
import { assertMappingUsable, describeColumn, type ColumnMapping } from './mapping';
import { rowClassifier, rowReader } from './row-kinds';
import { buildStudent, type Problem } from './student-row';
import { displayName, type CellTable, type OversizedCell } from '../spreadsheet/table';

/** A row that passed every check; the student meets every limit of the Student schema (see student-row.ts). */
export interface StudentRow {
  rowNumber: number;
  student: Student;
}

/** One reason one row stays out. A row with several problems has several entries, so all can be fixed at once. */
export interface RejectedCell {
  row: number;
  column: string;
  value: string;
  reason: string;
}

export interface DuplicateStudentNumber {
  studentNumber: string;
  rows: number[];
}

/** Non-student rows left out on purpose; listed so the preview can show them, not silently dropped. */
export interface SkippedRow {
  row: number;
  why: 'footer' | 'repeated_header';
  text: string;
}

export interface StudentRows {
  rows: StudentRow[];
  rejected: RejectedCell[];
  duplicates: DuplicateStudentNumber[];
  skipped: SkippedRow[];
  /** Student numbers on rejected rows: those students are still on this roster, so never marked absent. */
  rejectedStudentNumbers: string[];
}

export interface StudentRowOptions {
  /** `YYYY-MM-DD`: decides the school year (class year ↔ grade) and which birth dates are in the future. */
  today: string;
  /** Called between chunks with rows checked so far and rows in all, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Cancels between chunks with a CounselorError('cancelled'). */
  signal?: AbortSignal;
}

const VALUE_PREVIEW = 200;
const NONE: OversizedCell[] = [];
/** Rows checked between yields to the event loop: ~10 ms of work, so the window never freezes. */
const CHUNK = 500;

function oversizedProblems(cells: OversizedCell[], headers: readonly string[]): Problem[] {
  return cells.map((cell) => ({
    column: describeColumn(headers, cell.column),
    value: `${cell.preview}…`,
    reason: `This cell holds ${cell.length.toLocaleString('en-US')} characters, more than a spreadsheet cell can (32,767); shorten it and import again.`,
  }));
}

async function pause(done: number, total: number, opts: StudentRowOptions): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (opts.signal?.aborted) throw new CounselorError('cancelled', 'The import was cancelled; nothing was imported.');
  opts.onProgress?.(done, total);
}

function otherRows(rows: number[], self: number): string {
  const others = rows.filter((r) => r !== self);
  if (others.length === 1) return `row ${others[0]}`;
  return `rows ${others.slice(0, -1).join(', ')} and ${others[others.length - 1]}`;
}

/**
 * Every row after the header checked on its own; good rows go through whatever happens to the
 * bad ones. A student number on two rows rejects both, each naming the other: neither wins.
 */
export async function toStudentRows(table: CellTable, headerIndex: number, mapping: ColumnMapping, opts: StudentRowOptions): Promise<StudentRows> {
  const headers = (table.rows[headerIndex] ?? []).map((h) => h.trim());
  assertMappingUsable(mapping, headers, table.fileName);
  const read = rowReader(headers, mapping);
  const classify = rowClassifier(headers);
  const total = table.rows.length - headerIndex - 1;
  const oversized = new Map<number, OversizedCell[]>();
  for (const cell of table.oversized) oversized.set(cell.rowNumber, [...(oversized.get(cell.rowNumber) ?? []), cell]);

  const checked: { rowNumber: number; studentNumber: string; student: Student | null; problems: Problem[] }[] = [];
  const skipped: SkippedRow[] = [];
  for (let i = headerIndex + 1; i < table.rows.length; i++) {
    if ((i - headerIndex) % CHUNK === 0) await pause(i - headerIndex - 1, total, opts);
    const row = table.rows[i]!;
    const rowNumber = table.rowNumbers[i]!;
    const big = oversized.get(rowNumber) ?? NONE;
    const cells = read(row);
    if (big.length === 0) {
      const { kind, text } = classify(row, cells);
      if (kind === 'blank') continue;
      if (kind !== 'student') {
        skipped.push({ row: rowNumber, why: kind, text });
        continue;
      }
    }
    const built = buildStudent(cells, opts.today);
    const problems = big.length === 0 ? built.problems : [...oversizedProblems(big, headers), ...built.problems];
    checked.push({ rowNumber, studentNumber: cells.get('studentNumber'), student: built.student, problems });
  }
  if (checked.length === 0) {
    throw new CounselorError('invalid_input', `${displayName(table.fileName)} has a header row but no students below it; export the roster again with the students included.`);
  }

  const rowsByNumber = new Map<string, number[]>();
  for (const { rowNumber, studentNumber } of checked) {
    if (studentNumber !== '') rowsByNumber.set(studentNumber, [...(rowsByNumber.get(studentNumber) ?? []), rowNumber]);
  }
  const duplicates = [...rowsByNumber].filter(([, rows]) => rows.length > 1).map(([studentNumber, rows]) => ({ studentNumber, rows }));
  const numberColumn = describeColumn(headers, mapping.columns.studentNumber!);
  for (const entry of checked) {
    const rows = rowsByNumber.get(entry.studentNumber);
    if (!rows || rows.length < 2) continue;
    entry.problems.push({
      column: numberColumn,
      value: entry.studentNumber,
      reason: `Student number ${entry.studentNumber} also appears on ${otherRows(rows, entry.rowNumber)}; fix one of them and import again.`,
    });
  }

  opts.onProgress?.(total, total);
  const result: StudentRows = { rows: [], rejected: [], duplicates, skipped, rejectedStudentNumbers: [] };
  for (const entry of checked) {
    if (entry.problems.length === 0 && entry.student) {
      result.rows.push({ rowNumber: entry.rowNumber, student: entry.student });
      continue;
    }
    if (entry.studentNumber !== '') result.rejectedStudentNumbers.push(entry.studentNumber);
    for (const p of entry.problems) {
      const value = p.value.length > VALUE_PREVIEW ? `${p.value.slice(0, VALUE_PREVIEW)}…` : p.value;
      result.rejected.push({ row: entry.rowNumber, column: p.column, value, reason: p.reason });
    }
  }
  return result;
}
