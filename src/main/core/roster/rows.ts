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
  /** Called every few hundred rows with rows checked so far and rows in all (null while still reading); may throw to stop. */
  onProgress?: (done: number, total: number | null) => void;
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

function cancelled(): CounselorError {
  return new CounselorError('cancelled', 'The import was cancelled; nothing was imported.');
}

function otherRows(rows: number[], self: number): string {
  const others = rows.filter((r) => r !== self);
  if (others.length === 1) return `row ${others[0]}`;
  return `rows ${others.slice(0, -1).join(', ')} and ${others[others.length - 1]}`;
}

interface CheckedRow {
  rowNumber: number;
  studentNumber: string;
  student: Student | null;
  problems: Problem[];
  /** A cell of this row was too long to keep: its problem is added when the read has ended. */
  cut: boolean;
}

/**
 * Every row after the header checked on its own, as it is read (the reader hands rows to `add`;
 * their raw cells are not kept); good rows go through whatever happens to the bad ones. A student
 * number on two rows rejects both, each naming the other: neither wins (`finish`, once every row
 * is in).
 */
export class StudentRowChecker {
  private readonly read: ReturnType<typeof rowReader>;
  private readonly classify: ReturnType<typeof rowClassifier>;
  private readonly checked: CheckedRow[] = [];
  private readonly skipped: SkippedRow[] = [];
  private seen = 0;

  constructor(
    private readonly fileName: string,
    private readonly headers: readonly string[],
    private readonly mapping: ColumnMapping,
    private readonly opts: StudentRowOptions,
  ) {
    assertMappingUsable(mapping, headers, fileName);
    this.read = rowReader(headers, mapping);
    this.classify = rowClassifier(headers);
  }

  /** One row below the header; `cut`: one of its cells was too long to keep. */
  add(row: readonly string[], rowNumber: number, cut: boolean): void {
    if (++this.seen % CHUNK === 0) {
      if (this.opts.signal?.aborted) throw cancelled();
      this.opts.onProgress?.(this.seen, null);
    }
    const cells = this.read(row);
    if (!cut) {
      const { kind, text } = this.classify(row, cells);
      if (kind === 'blank') return;
      if (kind !== 'student') {
        this.skipped.push({ row: rowNumber, why: kind, text });
        return;
      }
    }
    const built = buildStudent(cells, this.opts.today);
    this.checked.push({ rowNumber, studentNumber: cells.get('studentNumber'), student: built.student, problems: built.problems, cut });
  }

  /** Every row is in: the too-long cells (known once the read ends), duplicates, and the result. */
  finish(oversized: readonly OversizedCell[]): StudentRows {
    const { checked, headers, mapping } = this;
    if (checked.length === 0) {
      throw new CounselorError('invalid_input', `${displayName(this.fileName)} has a header row but no students below it; export the roster again with the students included.`);
    }
    const big = new Map<number, OversizedCell[]>();
    for (const cell of oversized) big.set(cell.rowNumber, [...(big.get(cell.rowNumber) ?? []), cell]);
    for (const entry of checked) {
      if (entry.cut) entry.problems = [...oversizedProblems(big.get(entry.rowNumber) ?? NONE, headers), ...entry.problems];
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

    this.opts.onProgress?.(this.seen, this.seen);
    const result: StudentRows = { rows: [], rejected: [], duplicates, skipped: this.skipped, rejectedStudentNumbers: [] };
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
}

/** The same checks over a table already read whole (the rows after `headerIndex`), a turn of the event loop every few hundred rows. */
export async function toStudentRows(table: CellTable, headerIndex: number, mapping: ColumnMapping, opts: StudentRowOptions): Promise<StudentRows> {
  const headers = (table.rows[headerIndex] ?? []).map((h) => h.trim());
  const checker = new StudentRowChecker(table.fileName, headers, mapping, opts);
  const cut = new Set(table.oversized.map((o) => o.rowNumber));
  for (let i = headerIndex + 1; i < table.rows.length; i++) {
    if ((i - headerIndex) % CHUNK === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    checker.add(table.rows[i]!, table.rowNumbers[i]!, cut.has(table.rowNumbers[i]!));
  }
  return checker.finish(table.oversized);
}
