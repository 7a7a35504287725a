import { ROSTER_FIELDS, type RosterField } from './fields';
import { findHeaderRow, type HeaderRow } from './header';
import { CounselorError } from '../../../shared/errors';
import { applyOverrides, assertMappingUsable, autoMap, mappingKey, type ColumnMapping } from './mapping';
import { streamTable } from '../spreadsheet/read';
import { HEADER_SCAN_ROWS } from '../spreadsheet/limits';
import type { CellTable } from '../spreadsheet/table';
import { StudentRowChecker, type StudentRows } from './rows';

const SAMPLES = 3;
/**
 * Rows held before the header and mapping are decided: the header is looked for in the first
 * HEADER_SCAN_ROWS, the samples the mapping screen shows in the rows below it. Every row after
 * these is checked as it is read and its raw cells let go (as the course history's import does).
 */
const LEAD_ROWS = HEADER_SCAN_ROWS + 500;

/** What the mapping screen shows for each column: its header, what it feeds, a few values. */
export interface RosterColumn {
  index: number;
  header: string;
  field: RosterField | null;
  samples: string[];
}

export interface RosterReading extends StudentRows {
  fileName: string;
  sheetName: string | null;
  header: HeaderRow;
  /** Remember the counselor's mapping under this key; the next file with the same headers finds it. */
  mappingKey: string;
  mapping: ColumnMapping;
  columns: RosterColumn[];
  mappingProblem: string | null;
}

export interface ReadRosterOptions {
  /** `YYYY-MM-DD`, passed in so results do not depend on the clock. */
  today: string;
  sheet?: string;
  /** A mapping remembered for this header layout, as field → header text. */
  remembered?: (mappingKey: string) => Readonly<Record<string, string>> | undefined;
  /** The user's explicit choices (`--map field=Header`); they win over remembered ones. */
  overrides?: Readonly<Record<string, string>>;
  /** Rows checked so far, and in all once the read has ended (null until then); may throw to stop. */
  onProgress?: (done: number, total: number | null) => void;
  signal?: AbortSignal;
  /**
   * For the preview: an unusable mapping (no student number or no name) comes back as
   * `mappingProblem` with the columns, so the counselor can choose them on the mapping screen.
   */
  tolerateUnusableMapping?: boolean;
}

/** The first few values under a header, looking no further than needed. */
function samples(rows: readonly string[][], headerIndex: number, column: number): string[] {
  const found: string[] = [];
  for (let i = headerIndex + 1; i < rows.length && found.length < SAMPLES; i++) {
    const value = (rows[i]![column] ?? '').trim();
    if (value !== '') found.push(value);
  }
  return found;
}

/** The front half of the import: bytes to checked students, with every rejection explained, each row checked as it is read. */
export async function readRoster(bytes: Uint8Array, fileName: string, opts: ReadRosterOptions): Promise<RosterReading> {
  const lead: CellTable = { fileName, sheetName: null, rows: [], rowNumbers: [], oversized: [] };
  const leadCut: boolean[] = [];
  let rowCount: number | null = null;
  let decided: { reading: Omit<RosterReading, keyof StudentRows>; checker: StudentRowChecker | null } | null = null;

  const decide = () => {
    const header = findHeaderRow(lead);
    const key = mappingKey(header.headers);
    let mapping = autoMap(header.headers);
    const remembered = opts.remembered?.(key);
    if (remembered) mapping = applyOverrides(mapping, header.headers, remembered);
    if (opts.overrides) mapping = applyOverrides(mapping, header.headers, opts.overrides);
    const fieldOf = new Map<number, RosterField>();
    for (const field of ROSTER_FIELDS) {
      const column = mapping.columns[field];
      if (column !== undefined) fieldOf.set(column, field);
    }
    const columns = header.headers.map((text, index) => ({ index, header: text, field: fieldOf.get(index) ?? null, samples: samples(lead.rows, header.index, index) }));
    const reading = { fileName, sheetName: null as string | null, header, mappingKey: key, mapping, columns, mappingProblem: null as string | null };
    let checker: StudentRowChecker | null = null;
    try {
      const report = opts.onProgress;
      // A text file's rows are counted before they come (a determinate bar); a workbook's only at the end.
      const below = (done: number, total: number | null) => report?.(done, total ?? (rowCount === null ? null : rowCount - header.index - 1));
      checker = new StudentRowChecker(fileName, header.headers, mapping, {
        today: opts.today,
        ...(report ? { onProgress: below } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
    } catch (e) {
      if (!opts.tolerateUnusableMapping || !(e instanceof CounselorError) || e.code !== 'invalid_input') throw e;
      reading.mappingProblem = e.message;
    }
    decided = { reading, checker };
    for (let i = header.index + 1; i < lead.rows.length; i++) checker?.add(lead.rows[i]!, lead.rowNumbers[i]!, leadCut[i]!);
  };

  const readOptions = { ...(opts.sheet === undefined ? {} : { sheet: opts.sheet }), onRowCount: (n: number) => (rowCount = n) };
  const table = await streamTable(bytes, fileName, readOptions, (cells, rowNumber, cut) => {
    if (decided) return decided.checker?.add(cells, rowNumber, cut);
    lead.rows.push(cells);
    lead.rowNumbers.push(rowNumber);
    leadCut.push(cut);
    if (lead.rows.length >= LEAD_ROWS) decide();
  });
  if (!decided) decide();
  const { reading, checker } = decided!;
  const nothing = { rows: [], rejected: [], duplicates: [], skipped: [], rejectedStudentNumbers: [] };
  return { ...reading, sheetName: table.sheetName, ...(checker ? checker.finish(table.oversized) : nothing) };
}
