import { unescapeFormula } from './formula-escape';
import Papa from 'papaparse';
import { decodeText, type TextEncoding } from './encoding';
import { MAX_CELLS, MAX_CELL_CHARS, MAX_TEXT_BYTES } from './limits';
import { isBlankRow, unreadable, type CellTable, type OversizedCell } from './table';

export const DELIMITERS = [',', '\t', ';', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_ROWS = 60;

/**
 * The delimiter that splits the most sample rows into the same number of fields (more than
 * one). Consistency beats raw counts: a comma inside "García López, María" splits some rows of a
 * semicolon file, but never all of them alike. Title lines have one field under every
 * candidate, so they do not vote. Ties go to the wider table, then to the order above.
 */
export function guessDelimiter(text: string): Delimiter {
  const sample = text.slice(0, SAMPLE_CHARS);
  let best: Delimiter = ',';
  let bestRows = 0;
  let bestWidth = 0;
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, { delimiter, preview: SAMPLE_ROWS }).data;
    const rowsByWidth = new Map<number, number>();
    for (const row of rows) {
      if (row.length > 1) rowsByWidth.set(row.length, (rowsByWidth.get(row.length) ?? 0) + 1);
    }
    for (const [width, count] of rowsByWidth) {
      if (count > bestRows || (count === bestRows && width > bestWidth)) {
        best = delimiter;
        bestRows = count;
        bestWidth = width;
      }
    }
  }
  return best;
}

export interface TextTable extends CellTable {
  encoding: TextEncoding;
  delimiter: Delimiter;
}

/** About 500 roster rows: each chunk parses in a few milliseconds, then the event loop gets a turn. */
const CHUNK_CHARS = 64 * 1024;

/**
 * CSV, TSV and TXT. Every cell stays a string: no parser gets to decide that 00123 is 123.
 * Parsed in chunks so a 20,000-row file never holds the main process for long.
 */
export async function readText(bytes: Uint8Array, fileName: string, maxCells = MAX_CELLS): Promise<TextTable> {
  if (bytes.length > MAX_TEXT_BYTES) {
    throw unreadable(fileName, `is larger than ${MAX_TEXT_BYTES / 1024 / 1024} MB, far larger than any roster; check that it is the right file, or split it and import the parts.`);
  }
  const { text, encoding } = decodeText(bytes);
  const delimiter = guessDelimiter(text);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const oversized: OversizedCell[] = [];
  let cells = 0;
  let refusal: string | null = null;
  const take = (row: string[], unclosedQuote: boolean): boolean => {
    const rowNumber = rows.length + 1;
    cells += row.length;
    if (cells > maxCells) {
      refusal = `has more than ${maxCells.toLocaleString('en-US')} cells, far more than any roster; export only the students and columns you need, and import that file.`;
      return false;
    }
    // An unclosed quote runs the rest of the file into one cell: students lost without a trace.
    if (unclosedQuote) {
      refusal = `has a quotation mark on row ${rowNumber} that is never closed, so everything after it runs together; fix the quotes on that row in a text editor, or export the roster again, and import it again.`;
      return false;
    }
    for (let column = 0; column < row.length; column++) {
      const cell = unescapeFormula(row[column]!);
      row[column] = cell;
      if (cell.length > MAX_CELL_CHARS) {
        oversized.push({ rowNumber, column, length: cell.length, preview: cell.slice(0, 40) });
        row[column] = '';
      }
    }
    rows.push(row);
    rowNumbers.push(rowNumber);
    return true;
  };
  await new Promise<void>((resolve) => {
    Papa.parse<string[]>(text, {
      delimiter,
      dynamicTyping: false,
      skipEmptyLines: false,
      chunkSize: CHUNK_CHARS,
      chunk: (result: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        // An unclosed quote runs to the end of the input, so it is always the chunk's last row.
        const unclosed = result.errors.some((e: Papa.ParseError) => e.code === 'MissingQuotes');
        const last = result.data.length - 1;
        for (let i = 0; i <= last; i++) {
          if (!take(result.data[i]!, unclosed && i === last)) return parser.abort();
        }
        parser.pause();
        setImmediate(() => parser.resume());
      },
      complete: () => resolve(),
    });
  });
  if (refusal !== null) throw unreadable(fileName, refusal);
  // Papa reports the newline after the last line as one more empty row.
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1]!)) {
    rows.pop();
    rowNumbers.pop();
  }
  return { fileName, sheetName: null, rows, rowNumbers, oversized, encoding, delimiter };
}
