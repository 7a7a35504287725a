import { commandLineHint, CounselorError } from '../../../shared/errors';
import type { RejectedRow } from '../../../shared/domain/roster';
import { findHeaderRow, type HeaderRow } from '../roster/header';
import { mappingKey } from '../roster/mapping';
import { normaliseHeader } from '../roster/fields';
import { HEADER_SCAN_ROWS, MAX_HISTORY_CELLS } from '../spreadsheet/limits';
import { streamTable } from '../spreadsheet/read';
import { columnLetter, displayName, isBlankRow, type CellTable } from '../spreadsheet/table';
import { autoMapHistory, findHistoryColumn, HISTORY_FIELD_LABELS, HISTORY_FIELDS, isHistoryField, matchHistoryHeader, type HistoryColumns, type HistoryField } from './fields';
import { baseRecordKey, buildHistoryRow, cellReader, type HistoryRow, type KnownStudent, type Problem } from './history-row';

const SAMPLES = 3;
/** Rows between progress reports (each also a chance to hear a cancel). */
const CHUNK = 4000;
/**
 * Rows held before the header and mapping are decided: the header is looked for in the first
 * HEADER_SCAN_ROWS, the samples that guide the mapping (and that the mapping step shows) in the
 * rows below it. Every row after these is checked as it is read and its raw cells let go.
 */
const LEAD_ROWS = HEADER_SCAN_ROWS + 500;
const VALUE_PREVIEW = 200;

export type KeyedRow = HistoryRow;

export interface HistoryReading {
  fileName: string;
  sheetName: string | null;
  header: HeaderRow;
  mappingKey: string;
  columns: HistoryColumns;
  view: { index: number; letter: string; header: string; field: string | null; samples: string[] }[];
  mappingProblem: string | null;
  rows: KeyedRow[];
  rejected: RejectedRow[];
  /** Rows rejected only because their student number is not in the store. */
  unknownStudentRows: number;
  /** Data rows looked at (blank rows left out). */
  dataRows: number;
}

export interface ReadHistoryOptions {
  students: ReadonlyMap<string, KnownStudent>;
  currentYear: number;
  sheet?: string;
  remembered?: (key: string) => Readonly<Record<string, string>> | undefined;
  overrides?: Readonly<Record<string, string>>;
  tolerateUnusableMapping?: boolean;
  /** Rows read so far, every few thousand; may throw to stop the read (a cancel). */
  onProgress?: (done: number) => void;
}

/** Remembered mappings share the roster's table under keys of their own. */
export const historyMappingKey = (headers: readonly string[]) => `history:${mappingKey(headers)}`;

/** The first row naming a student number and a course among known columns; else the roster's scoring. */
function findHistoryHeader(table: CellTable): HeaderRow {
  const limit = Math.min(table.rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = table.rows[i]!;
    if (row.filter((cell) => matchHistoryHeader(cell) !== null).length >= 3) return { index: i, rowNumber: table.rowNumbers[i]!, headers: row.map((h) => h.trim()) };
  }
  return findHeaderRow(table);
}

function applyOverrides(columns: HistoryColumns, headers: readonly string[], overrides: Readonly<Record<string, string>>): HistoryColumns {
  const result: HistoryColumns = { ...columns };
  for (const [field, header] of Object.entries(overrides)) {
    if (!isHistoryField(field)) throw new CounselorError('invalid_input', `"${field}" is not a course history field; choose one of ${HISTORY_FIELDS.join(', ')}.`, { field });
    if (header.trim() === '') {
      delete result[field];
      continue;
    }
    const column = findHistoryColumn(headers, header);
    if (column === -1) {
      throw new CounselorError('invalid_input', `No column is headed "${header}" (for ${HISTORY_FIELD_LABELS[field].toLowerCase()}); the columns are: ${headers.filter((h) => h !== '').join(', ')}.`, { field, header });
    }
    for (const other of HISTORY_FIELDS) if (result[other] === column) delete result[other];
    result[field] = column;
  }
  return result;
}

function usableProblem(columns: HistoryColumns, headers: readonly string[], fileName: string): string | null {
  const found = headers.filter((h) => h !== '').join(', ') || '(none)';
  const file = displayName(fileName);
  if (columns.studentNumber === undefined) return `${file}: no column holds student numbers. Columns found: ${found}. Choose the column that holds them${commandLineHint('--map studentNumber=<header>')}.`;
  if (columns.courseNumber === undefined) return `${file}: no column holds course numbers. Columns found: ${found}. Choose the column that holds them${commandLineHint('--map courseNumber=<header>')}.`;
  if (columns.schoolYear === undefined && columns.termId === undefined && columns.gradeLevel === undefined) {
    return `${file}: no column says when each course was taken (a school year, a PowerSchool TermID or a grade level). Columns found: ${found}. Choose one${commandLineHint('--map schoolYear=<header> or --map gradeLevel=<header>')}.`;
  }
  return null;
}

function samplesOf(table: CellTable, headerIndex: number, column: number): string[] {
  const found: string[] = [];
  for (let i = headerIndex + 1; i < table.rows.length && found.length < SAMPLES; i++) {
    const value = (table.rows[i]![column] ?? '').trim();
    if (value !== '') found.push(value);
  }
  return found;
}

/**
 * The front half of the import: bytes → header → mapping → checked rows of known students, every
 * refusal explained. Rows are checked while the file is read (see HistoryRows).
 */
export async function readHistory(bytes: Uint8Array, fileName: string, opts: ReadHistoryOptions): Promise<HistoryReading> {
  const rows = new HistoryRows(fileName, opts);
  const table = await streamTable(bytes, fileName, { maxCells: MAX_HISTORY_CELLS, ...(opts.sheet === undefined ? {} : { sheet: opts.sheet }) }, (cells, rowNumber, cut) =>
    rows.add(cells, rowNumber, cut),
  ).catch((e: unknown) => {
    // The shared reader's sentences name the roster ("export the roster again"); here the file is a course history.
    if (e instanceof CounselorError) throw new CounselorError(e.code, e.message.replace(/\bany roster\b/g, 'any course history').replace(/\bthe roster\b/g, 'the course history'), e.details);
    throw e;
  });
  return rows.finish(table.sheetName);
}

/** What is decided from the lead rows: the header, the mapping, and whether it can be used. */
interface Decided {
  base: Omit<HistoryReading, 'mappingProblem' | 'rows' | 'rejected' | 'unknownStudentRows' | 'dataRows' | 'sheetName'>;
  problem: string | null;
  check: RowCheck | null;
}

/**
 * Rows as the reader hands them on: the first LEAD_ROWS held until the header and mapping are
 * decided, then each checked at once. An unusable mapping is refused at that point (the rest of
 * the file is not worth reading), or noted for the preview, which shows it.
 */
class HistoryRows {
  private readonly lead: CellTable;
  private readonly leadCut = new Set<number>();
  private decided: Decided | null = null;
  private read = 0;

  constructor(
    private readonly fileName: string,
    private readonly opts: ReadHistoryOptions,
  ) {
    this.lead = { fileName, sheetName: null, rows: [], rowNumbers: [], oversized: [] };
  }

  add(cells: string[], rowNumber: number, cut: boolean): void {
    if (++this.read % CHUNK === 0) this.opts.onProgress?.(this.read);
    if (this.decided) {
      this.decided.check?.row(cells, rowNumber, cut);
      return;
    }
    this.lead.rows.push(cells);
    this.lead.rowNumbers.push(rowNumber);
    if (cut) this.leadCut.add(rowNumber);
    if (this.lead.rows.length >= LEAD_ROWS) this.decide();
  }

  finish(sheetName: string | null): HistoryReading {
    const { base, problem, check } = this.decided ?? this.decide();
    this.opts.onProgress?.(this.read);
    if (problem || !check) return { ...base, sheetName, mappingProblem: problem, rows: [], rejected: [], unknownStudentRows: 0, dataRows: 0 };
    return { ...base, sheetName, mappingProblem: null, ...check.result() };
  }

  private decide(): Decided {
    const table = this.lead;
    const header = findHistoryHeader(table);
    const headers = header.headers;
    const key = historyMappingKey(headers);
    let columns = autoMapHistory(headers, (c) => samplesOf(table, header.index, c));
    const remembered = this.opts.remembered?.(key);
    if (remembered) columns = applyOverrides(columns, headers, remembered);
    if (this.opts.overrides) columns = applyOverrides(columns, headers, this.opts.overrides);
    const fieldOf = new Map<number, HistoryField>();
    for (const field of HISTORY_FIELDS) if (columns[field] !== undefined) fieldOf.set(columns[field]!, field);
    const view = headers.map((text, index) => ({ index, letter: columnLetter(index), header: text, field: fieldOf.get(index) ?? null, samples: samplesOf(table, header.index, index) }));
    const problem = usableProblem(columns, headers, this.fileName);
    if (problem && !this.opts.tolerateUnusableMapping) throw new CounselorError('invalid_input', problem, { headers });
    const check = problem ? null : new RowCheck(this.fileName, header, columns, this.opts);
    this.decided = { base: { fileName: this.fileName, header, mappingKey: key, columns, view }, problem, check };
    for (let i = header.index + 1; i < table.rows.length; i++) check?.row(table.rows[i]!, table.rowNumbers[i]!, this.leadCut.has(table.rowNumbers[i]!));
    table.rows.length = 0;
    return this.decided;
  }
}

const describe = (headers: readonly string[], column: number | undefined, field: HistoryField) =>
  column === undefined ? HISTORY_FIELD_LABELS[field] : headers[column] || `(column ${columnLetter(column)})`;

/** A student number as a key without leading zeros: "004127" and "4127" are one student when that is unique. */
function withoutZeros(n: string): string {
  return n.replace(/^0+(?=.)/, '');
}

/** Report exports repeat the header on every printed page and end with "Total: 550 rows" or "Page 3 of 3". */
const FOOTER_WORDS = /^(grand\s+total|total|count|printed|run date|end of report|page\s+\d)\b/i;

function notData(cells: readonly string[], number: string, numberHeader: string, normalisedHeaders: readonly string[]): boolean {
  // Nearly every row: a student number that is neither the header again nor a footer's words.
  if (number !== '' && !FOOTER_WORDS.test(number) && normaliseHeader(number) !== numberHeader) return false;
  if (normalisedHeaders.every((h, i) => h === normaliseHeader(cells[i] ?? ''))) return true;
  let filled = 0;
  for (const c of cells) if (c.trim() !== '') filled++;
  return filled <= 2 && cells.some((c) => FOOTER_WORDS.test(c.trim()));
}

/** Each data row below the header, checked against the store's students as it arrives. */
class RowCheck {
  private readonly rows: KeyedRow[] = [];
  private readonly rejected: RejectedRow[] = [];
  private readonly ordinals = new Map<string, Map<string, number>>();
  private readonly byBareNumber = new Map<string, KnownStudent | null>();
  private readonly normalised: string[];
  private readonly numberColumn: number;
  private readonly ctx: Parameters<typeof buildHistoryRow>[3];
  private unknownStudentRows = 0;
  private dataRows = 0;

  constructor(
    private readonly fileName: string,
    private readonly header: HeaderRow,
    private readonly columns: HistoryColumns,
    private readonly opts: ReadHistoryOptions,
  ) {
    this.normalised = header.headers.map(normaliseHeader);
    this.numberColumn = columns.studentNumber!;
    for (const s of opts.students.values()) {
      const bare = withoutZeros(s.studentNumber);
      this.byBareNumber.set(bare, this.byBareNumber.has(bare) ? null : s);
    }
    const gradeHeader = columns.grade === undefined ? '' : normaliseHeader(header.headers[columns.grade] ?? '');
    this.ctx = { columns, cell: cellReader(columns), currentYear: opts.currentYear, zeroMarkInProgress: gradeHeader === 'grademark' };
  }

  row(cells: string[], rowNumber: number, cut: boolean): void {
    if (isBlankRow(cells)) return;
    const number = (cells[this.numberColumn] ?? '').trim();
    if (notData(cells, number, this.normalised[this.numberColumn]!, this.normalised)) return;
    this.dataRows++;
    const problems: Problem[] = [];
    if (cut) problems.push({ field: 'studentNumber', value: number, reason: 'A cell in this row holds more text than a spreadsheet cell can (32,767 characters); shorten it and import again.' });
    const student = this.opts.students.get(number) ?? this.byBareNumber.get(withoutZeros(number)) ?? null;
    if (number === '') problems.push({ field: 'studentNumber', value: '', reason: 'The student number is missing.' });
    else if (!student) {
      this.unknownStudentRows++;
      problems.push({ field: 'studentNumber', value: number, reason: `No student with number ${number} is in the caseload; import the roster that has this student first, or check the number.` });
    }
    const built = student && problems.length === 0 ? buildHistoryRow(cells, rowNumber, student, this.ctx, problems) : null;
    if (built) {
      // A repeat of the same key in one file (a course taken twice in a term) gets an ordinal.
      const key = baseRecordKey(built);
      let seen = this.ordinals.get(built.studentNumber);
      if (!seen) this.ordinals.set(built.studentNumber, (seen = new Map()));
      const ordinal = (seen.get(key) ?? 0) + 1;
      seen.set(key, ordinal);
      built.recordKey = ordinal > 1 ? `${key}|${ordinal}` : key;
      this.rows.push(built);
      return;
    }
    for (const p of problems) {
      const value = p.value.length > VALUE_PREVIEW ? `${p.value.slice(0, VALUE_PREVIEW)}…` : p.value;
      this.rejected.push({ row: rowNumber, column: describe(this.header.headers, this.columns[p.field], p.field), value, reason: p.reason });
    }
  }

  result() {
    if (this.dataRows === 0) {
      throw new CounselorError('invalid_input', `${displayName(this.fileName)} has a header row but no courses below it; export the course history again with its rows included.`);
    }
    return { rows: this.rows, rejected: this.rejected, unknownStudentRows: this.unknownStudentRows, dataRows: this.dataRows };
  }
}
