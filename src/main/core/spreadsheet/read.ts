import { readText } from './read-text';
import { readXlsx, type RowSink } from './read-xlsx';
import { sniff } from './sniff';
import { isBlankRow, unreadable, type CellTable } from './table';

export type { RowSink } from './read-xlsx';

export interface ReadOptions {
  /** Sheet name for workbooks; text files have a single table and ignore it. */
  sheet?: string;
  /** The cell cap for this kind of file (MAX_CELLS unless said). */
  maxCells?: number;
  /**
   * streamTable: told how many rows there are before the first is handed on, when that is known
   * (a text file is parsed whole first; a workbook's rows are counted only as they come).
   */
  onRowCount?: (rows: number) => void;
}

/** Rows handed on from a text file between turns of the event loop, so a cancel is heard. */
const TEXT_ROWS_PER_TURN = 4000;

const noData = (fileName: string) => unreadable(fileName, 'has no data in it; check that it is the right file, or export the roster again.');

/**
 * File bytes to a table of text cells. Every refusal is a CounselorError whose message names
 * the file, says what is wrong and what to do next.
 */
export async function readTable(bytes: Uint8Array, fileName: string, opts: ReadOptions = {}): Promise<CellTable> {
  const kind = sniff(bytes, fileName);
  const table = kind === 'xlsx' ? await readXlsx(bytes, fileName, opts) : await readText(bytes, fileName, opts.maxCells);
  if (table.rows.every(isBlankRow) && table.oversized.length === 0) throw noData(fileName);
  return table;
}

/**
 * The same reading, each row handed to `sink` in order instead of kept: the returned table has no
 * rows (its sheet name and oversized cells only). A workbook's rows arrive as exceljs reads them;
 * a text file is parsed whole (as readTable does) and handed on in slices. The same refusals.
 */
export async function streamTable(bytes: Uint8Array, fileName: string, opts: ReadOptions, sink: RowSink): Promise<CellTable> {
  let rows = 0;
  const counted: RowSink = (cells, rowNumber, oversized) => {
    if (oversized || !isBlankRow(cells)) rows++;
    sink(cells, rowNumber, oversized);
  };
  if (sniff(bytes, fileName) === 'xlsx') {
    const table = await readXlsx(bytes, fileName, { ...opts, sink: counted });
    if (rows === 0) throw noData(fileName);
    return table;
  }
  const table = await readText(bytes, fileName, opts.maxCells);
  const cut = new Set(table.oversized.map((o) => o.rowNumber));
  opts.onRowCount?.(table.rows.length);
  for (let i = 0; i < table.rows.length; i++) {
    if (i > 0 && i % TEXT_ROWS_PER_TURN === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    counted(table.rows[i]!, table.rowNumbers[i]!, cut.has(table.rowNumbers[i]!));
  }
  if (rows === 0) throw noData(fileName);
  return { ...table, rows: [], rowNumbers: [] };
}
