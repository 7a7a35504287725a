import type { Database as Db } from 'better-sqlite3';
import { CounselorError } from '../../../shared/errors';
import { findHeaderRow } from '../roster/header';
import { HEADER_SCAN_ROWS } from '../roster/limits';
import { readTable } from '../roster/read';
import type { RejectedCell, SkippedRow } from '../roster/rows';
import { displayName, type CellTable } from '../roster/table';
import { refuseIfSampleSchool } from '../sample/record';
import { backupStore } from '../store/backup';
import { autoMapCatalog, CATALOG_FIELD_LABELS, matchCatalogHeader, REQUIRED_CATALOG_FIELDS, type CatalogColumns } from './catalog-fields';
import { titleKey, toCatalogRows, type CatalogRows } from './catalog-rows';
import { listCourses, saveCourses } from './repository';

export interface CatalogImportReport {
  fileName: string;
  sheetName: string | null;
  /** The spreadsheet row the column headers were found on. */
  headerRow: number;
  added: number;
  updated: number;
  unchanged: number;
  rejected: RejectedCell[];
  skipped: SkippedRow[];
}

export interface CatalogImportOptions {
  sheet?: string;
  /** The store file: a backup is taken beside it before anything is written. */
  storePath?: string;
  now?: Date;
}

/**
 * The header row of a catalog: the first row (within the roster's scan depth) naming at least two
 * catalog columns; failing that, the roster import's detection, which weighs text and width.
 */
export function findCatalogHeader(table: CellTable): { index: number; rowNumber: number; headers: string[] } {
  const limit = Math.min(table.rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = table.rows[i]!;
    if (row.filter((cell) => matchCatalogHeader(cell) !== null).length >= 2) {
      return { index: i, rowNumber: table.rowNumbers[i]!, headers: row.map((h) => h.trim()) };
    }
  }
  try {
    return findHeaderRow(table);
  } catch {
    throw new CounselorError('invalid_input', `${displayName(table.fileName)} has no row of column headers in its first ${HEADER_SCAN_ROWS} rows; a catalog needs a header row such as "Course Number, Course Title, Credits, Subject Area".`);
  }
}

function assertColumns(columns: CatalogColumns, headers: readonly string[], fileName: string): void {
  const missing = REQUIRED_CATALOG_FIELDS.filter((f) => columns[f] === undefined);
  if (missing.length === 0) return;
  const found = headers.filter((h) => h !== '').join(', ') || '(none)';
  const wanted = missing.map((f) => `"${CATALOG_FIELD_LABELS[f]}"`).join(', ');
  throw new CounselorError('invalid_input', `${displayName(fileName)}: no column holds ${wanted}. Columns found: ${found}. Add columns with those headers and import again.`, { headers });
}

/** File bytes to checked course rows, without writing anything: what a preview shows. */
export async function readCatalog(db: Db, bytes: Uint8Array, fileName: string, sheet?: string): Promise<CatalogRows & { table: CellTable; headerRow: number }> {
  refuseIfSampleSchool(db, 'course catalog');
  const table = await readTable(bytes, fileName, sheet === undefined ? {} : { sheet });
  const header = findCatalogHeader(table);
  const columns = autoMapCatalog(header.headers);
  assertColumns(columns, header.headers, fileName);
  const existing = listCourses(db);
  const rows = toCatalogRows(table, header.index, columns, {
    numbers: new Set(existing.map((c) => c.number)),
    titles: new Map(existing.map((c) => [titleKey(c.title), c.number])),
  });
  return { ...rows, table, headerRow: header.rowNumber };
}

/**
 * Imports a catalog file: good rows are added or update the course with the same number in one
 * transaction; bad rows are reported, not imported. Courses the file does not list stay as they
 * are: nothing is deleted by an import.
 */
export async function importCatalog(db: Db, bytes: Uint8Array, fileName: string, opts: CatalogImportOptions = {}): Promise<CatalogImportReport> {
  const read = await readCatalog(db, bytes, fileName, opts.sheet);
  if (read.rows.length === 0 && read.rejected.length === 0) {
    throw new CounselorError('invalid_input', `${displayName(fileName)} has a header row but no courses below it.`);
  }
  const before = new Map(listCourses(db).map((c) => [c.number, JSON.stringify(c)]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const { course } of read.rows) {
    const was = before.get(course.number);
    if (was === undefined) added++;
    else if (was === JSON.stringify(course)) unchanged++;
    else updated++;
  }
  const changed = read.rows.filter(({ course }) => before.get(course.number) !== JSON.stringify(course));
  if (changed.length > 0 && opts.storePath) await backupStore(db, opts.storePath, 'before-catalog-import', opts.now);
  // Synchronous from here: the transaction is never held across an await.
  saveCourses(db, changed.map((r) => r.course), opts.now);
  return {
    fileName,
    sheetName: read.table.sheetName,
    headerRow: read.headerRow,
    added,
    updated,
    unchanged,
    rejected: read.rejected,
    skipped: read.skipped,
  };
}
