import { Readable } from 'node:stream';
import { CounselorError } from '../../../shared/errors';
import { loadWorkbookReader } from './exceljs-load';
import { MAX_CELLS, MAX_CELL_CHARS } from './limits';
import { displayName, isBlankRow, unreadable, type CellTable, type OversizedCell } from './table';
import { cellText, UnresolvedCellError } from './xlsx-cell';
import { checkZipContents, checkZipLayout } from './zip-guard';

/** No row for this long means exceljs is stuck on a malformed stream: answer rather than hang. */
const STALL_MS = 30_000;
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const SAVE_AGAIN = 'open it in Excel, save it as .xlsx, and import it again';

// Locale-dependent date formats (East Asian Excel) that exceljs cannot name, so it hands back
// serial numbers; ECMA-376 §18.8.30 lists them as dates.
const LOCALE_DATE_FORMAT_IDS = new Set([27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]);

interface RowLike {
  number: number;
  /** Cells up to the row's last one (exceljs builds each, empty or not). */
  cellCount: number;
  eachCell(opts: { includeEmpty: boolean }, fn: (cell: { value: unknown; numFmt?: string }, col: number) => void): void;
}
/**
 * exceljs's worksheet reader. Its async iterator yields row by row, one promise round trip through
 * two async generators each: for a 300,000-row course history that was most of the microtask
 * time. `parse()` (what the iterator wraps) yields the rows of each inflated chunk as one batch.
 */
interface SheetLike {
  name?: string;
  parse(): AsyncIterable<{ eventType: string; value: unknown }[]>;
}
interface ReaderInternals {
  sharedStrings?: unknown[];
  styles?: { model?: { styles?: { numFmtId?: number }[] }; getStyleModel?: (id: number) => { numFmt?: string } | null };
  properties?: { model?: { date1904?: boolean } };
}

/** Tells a zip that is not a workbook apart, by the entries other formats always have. */
function refuseOtherZips(names: string[], fileName: string): void {
  const has = (name: string) => names.includes(name);
  if (has('xl/workbook.xml')) {
    if (!names.some((n) => WORKSHEET.test(n))) throw unreadable(fileName, `contains no worksheets this app can read; ${SAVE_AGAIN}.`);
    return;
  }
  if (has('mimetype') || has('content.xml')) {
    throw unreadable(fileName, 'is an OpenDocument spreadsheet (.ods), which this app cannot read; open it in LibreOffice or Excel and save it as .xlsx or .csv, then import that file.');
  }
  if (has('word/document.xml')) throw unreadable(fileName, 'is a Word document, not a spreadsheet; export the roster as .xlsx or .csv and import that file.');
  throw unreadable(fileName, 'is a zip archive, not an Excel workbook; extract the spreadsheet from it first, or export the roster as .xlsx or .csv.');
}

/** Gives the locale date styles a format exceljs recognises, so those cells come back as dates. */
function nameLocaleDateFormats(reader: ReaderInternals): void {
  const styles = reader.styles;
  const xfs = styles?.model?.styles;
  if (!styles?.getStyleModel || !Array.isArray(xfs)) return;
  xfs.forEach((xf, id) => {
    if (xf?.numFmtId === undefined || !LOCALE_DATE_FORMAT_IDS.has(xf.numFmtId)) return;
    const model = styles.getStyleModel?.(id);
    if (model && !model.numFmt) model.numFmt = 'yyyy-mm-dd';
  });
}

/**
 * Takes each row as it is read, instead of the table holding it: a 300,000-row course history is
 * checked while exceljs reads on, and its raw cells die young rather than all at once.
 */
export type RowSink = (cells: string[], rowNumber: number, oversized: boolean) => void;

interface SheetState {
  cells: number;
  maxCells: number;
  lastProgress: number;
  sink: RowSink | undefined;
  /** Rows kept or handed to the sink, over the sheet being read. */
  rowsRead: number;
}

/**
 * The one count of a workbook's cells, over every sheet including those drained unread, taken from
 * the rows exceljs builds: a row's width up to its last cell, so a lone cell in column XFD counts
 * 16,384. Stops the read at the cap, before a table larger than it can be held.
 */
function countCells(state: SheetState, n: number, fileName: string): void {
  state.cells += n;
  if (state.cells > state.maxCells) {
    throw unreadable(fileName, `has more than ${state.maxCells.toLocaleString('en-US')} cells, far more than any roster; delete the sheets and columns you do not need, save it, and import it again.`);
  }
}

async function readSheet(sheet: SheetLike, fileName: string, date1904: boolean, state: SheetState): Promise<CellTable> {
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const oversized: OversizedCell[] = [];
  for await (const events of sheet.parse()) {
    state.lastProgress = Date.now();
    for (const event of events) {
      if (event.eventType === 'row') readRow(event.value as RowLike);
    }
  }
  return { fileName, sheetName: sheet.name ?? null, rows, rowNumbers, oversized };

  function readRow(row: RowLike): void {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      let text = cellText(cell.value, cell.numFmt, date1904);
      if (text.length > MAX_CELL_CHARS) {
        oversized.push({ rowNumber: row.number, column: col - 1, length: text.length, preview: text.slice(0, 40) });
        text = '';
      }
      cells[col - 1] = text;
    });
    const filled = Array.from(cells, (c) => c ?? '');
    countCells(state, row.cellCount, fileName);
    const cut = oversized.length > 0 && oversized[oversized.length - 1]!.rowNumber === row.number;
    if (isBlankRow(filled) && !cut) return;
    state.rowsRead++;
    if (state.sink) return state.sink(filled, row.number, cut);
    rows.push(filled);
    rowNumbers.push(row.number);
  }
}

function wrap(error: unknown, fileName: string): CounselorError {
  if (error instanceof CounselorError) return error;
  if (error instanceof UnresolvedCellError) {
    return unreadable(fileName, `was written by a program whose layout this app cannot read; ${SAVE_AGAIN}.`, error.message);
  }
  return unreadable(fileName, `is damaged and could not be read as a workbook; ${SAVE_AGAIN}.`, String(error));
}

/** Thrown when exceljs saw less of the zip than its directory lists: never import a partial read. */
function incomplete(fileName: string, what: string): CounselorError {
  return unreadable(fileName, `could not be read completely; import it again, and if this keeps happening, ${SAVE_AGAIN}.`, { missed: what });
}

async function readWorkbook(bytes: Uint8Array, fileName: string, listed: string[], sheet: string | undefined, state: SheetState, stop: AbortSignal): Promise<CellTable> {
  const WorkbookReader = loadWorkbookReader();
  const input = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  stop.addEventListener('abort', () => input.destroy(), { once: true });
  const reader = new WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  const internals = reader as unknown as ReaderInternals;
  const seen = new Set<string>();
  (reader as unknown as NodeJS.EventEmitter).on('entry', (entry: { type: string }) => seen.add(entry.type));
  const names: string[] = [];
  try {
    for await (const worksheet of reader as unknown as AsyncIterable<SheetLike>) {
      state.lastProgress = Date.now();
      if (listed.includes('xl/sharedStrings.xml') && !internals.sharedStrings) throw incomplete(fileName, 'sharedStrings');
      if (listed.includes('xl/styles.xml') && !seen.has('styles')) throw incomplete(fileName, 'styles');
      const name = worksheet.name ?? `Sheet${names.length + 1}`;
      names.push(name);
      const wanted = sheet === undefined || name.trim().toLowerCase() === sheet.trim().toLowerCase();
      if (!wanted) {
        // Drained rather than left open: a sheet spooled to a temp file would keep its handle.
        for await (const batch of worksheet.parse()) {
          state.lastProgress = Date.now();
          for (const event of batch) if (event.eventType === 'row') countCells(state, (event.value as RowLike).cellCount, fileName);
        }
        continue;
      }
      nameLocaleDateFormats(internals);
      const table = await readSheet(worksheet, fileName, internals.properties?.model?.date1904 === true, state);
      if (sheet !== undefined || state.rowsRead > 0) return table;
    }
  } finally {
    input.destroy();
  }
  if (names.length < listed.filter((n) => WORKSHEET.test(n)).length) throw incomplete(fileName, 'worksheets');
  if (sheet !== undefined) {
    const list = names.map((n) => `"${n}"`).join(', ');
    throw new CounselorError('invalid_input', `${displayName(fileName)} has no sheet named "${sheet}"; its sheets are ${list}. Choose one of those.`);
  }
  if (names.length === 0) throw unreadable(fileName, `contains no worksheets; ${SAVE_AGAIN}.`);
  throw unreadable(fileName, 'has no data in any of its sheets; check that it is the right file.');
}

/**
 * .xlsx through exceljs's streaming reader. The zip's layout is checked first; its contents
 * (inflated sizes, cell count, parts that end early) are checked while exceljs reads, and no
 * table is returned before that check has passed. Its verdict wins over the reader's: it says
 * better what is wrong with a file. Inflating the whole zip a second time, before the read,
 * was a tenth of a 300,000-row course history's import.
 */
export async function readXlsx(bytes: Uint8Array, fileName: string, opts: { sheet?: string; maxCells?: number; sink?: RowSink } = {}): Promise<CellTable> {
  const maxCells = opts.maxCells ?? MAX_CELLS;
  const zip = checkZipLayout(bytes, fileName);
  refuseOtherZips(zip.names, fileName);
  const checked = checkZipContents(bytes, zip, fileName);
  const stop = new AbortController();
  checked.catch(() => stop.abort());
  const state: SheetState = { cells: 0, maxCells, lastProgress: Date.now(), sink: opts.sink, rowsRead: 0 };
  const reading = readWorkbook(bytes, fileName, zip.names, opts.sheet, state, stop.signal).catch((error: unknown) => {
    throw wrap(error, fileName);
  });
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    const check = () => {
      if (Date.now() - state.lastProgress > STALL_MS) {
        reject(unreadable(fileName, `could not be read (the reader stopped making progress); ${SAVE_AGAIN}.`));
      } else {
        timer = setTimeout(check, 1000);
      }
    };
    timer = setTimeout(check, 1000);
  });
  const refused = checked.then(() => new Promise<never>(() => undefined));
  // Whichever loses the race must not surface later as an unhandled rejection.
  reading.catch(() => undefined);
  stalled.catch(() => undefined);
  refused.catch(() => undefined);
  try {
    const table = await Promise.race([reading, stalled, refused]);
    await checked;
    return table;
  } catch (error) {
    await checked;
    throw error;
  } finally {
    clearTimeout(timer);
    stop.abort();
  }
}
