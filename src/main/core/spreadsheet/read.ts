import { readText } from './read-text';
import { readXlsx } from './read-xlsx';
import { sniff } from './sniff';
import { isBlankRow, unreadable, type CellTable } from './table';

export interface ReadOptions {
  /** Sheet name for workbooks; text files have a single table and ignore it. */
  sheet?: string;
  /** The cell cap for this kind of file (MAX_CELLS unless said). */
  maxCells?: number;
}

/**
 * File bytes to a table of text cells. Every refusal is a CounselorError whose message names
 * the file, says what is wrong and what to do next.
 */
export async function readTable(bytes: Uint8Array, fileName: string, opts: ReadOptions = {}): Promise<CellTable> {
  const kind = sniff(bytes, fileName);
  const table = kind === 'xlsx' ? await readXlsx(bytes, fileName, opts) : await readText(bytes, fileName, opts.maxCells);
  if (table.rows.every(isBlankRow) && table.oversized.length === 0) {
    throw unreadable(fileName, 'has no data in it; check that it is the right file, or export the roster again.');
  }
  return table;
}
