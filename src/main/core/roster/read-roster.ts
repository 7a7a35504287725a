import { ROSTER_FIELDS, type RosterField } from './fields';
import { findHeaderRow, type HeaderRow } from './header';
import { CounselorError } from '../../../shared/errors';
import { applyOverrides, assertMappingUsable, autoMap, mappingKey, type ColumnMapping } from './mapping';
import { readTable } from '../spreadsheet/read';
import { toStudentRows, type StudentRows } from './rows';

const SAMPLES = 3;

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
  /** Progress through the row checks (the read itself is streamed). */
  onProgress?: (done: number, total: number) => void;
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

/** The front half of the import: bytes to checked students, with every rejection explained. */
export async function readRoster(bytes: Uint8Array, fileName: string, opts: ReadRosterOptions): Promise<RosterReading> {
  const table = await readTable(bytes, fileName, opts.sheet === undefined ? {} : { sheet: opts.sheet });
  const header = findHeaderRow(table);
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
  const columns = header.headers.map((text, index) => ({ index, header: text, field: fieldOf.get(index) ?? null, samples: samples(table.rows, header.index, index) }));
  if (opts.tolerateUnusableMapping) {
    try {
      assertMappingUsable(mapping, header.headers, fileName);
    } catch (e) {
      if (!(e instanceof CounselorError) || e.code !== 'invalid_input') throw e;
      const nothing = { rows: [], rejected: [], duplicates: [], skipped: [], rejectedStudentNumbers: [] };
      return { fileName, sheetName: table.sheetName, header, mappingKey: key, mapping, columns, mappingProblem: e.message, ...nothing };
    }
  }
  const result = await toStudentRows(table, header.index, mapping, { today: opts.today, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}), ...(opts.signal ? { signal: opts.signal } : {}) });
  return { fileName, sheetName: table.sheetName, header, mappingKey: key, mapping, columns, mappingProblem: null, ...result };
}
