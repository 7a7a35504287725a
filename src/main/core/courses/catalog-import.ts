import type { Database as Db } from 'better-sqlite3';
import { CounselorError } from '../../../shared/errors';
import { findHeaderRow } from '../roster/header';
import { HEADER_SCAN_ROWS } from '../spreadsheet/limits';
import { readTable } from '../spreadsheet/read';
import type { RejectedCell, SkippedRow } from '../roster/rows';
import { displayName, type CellTable } from '../spreadsheet/table';
import { refuseIfSampleSchool } from '../store/sample-record';
import { backupStore } from '../store/backup';
import { autoMapCatalog, CATALOG_FIELD_LABELS, matchCatalogHeader, REQUIRED_CATALOG_FIELDS, type CatalogColumns } from './catalog-fields';
import { areaReader, departmentKey, departmentMappingOf, mapDepartment, rememberDepartments, rememberedDepartments, type DepartmentMapping } from './catalog-departments';
import { titleKey, toCatalogRows, type CatalogRows } from './catalog-rows';
import { listCourses, saveCourses } from './repository';
import type { CatalogDepartment } from '../../../shared/methods/plans';
import type { Course, SubjectArea } from '../../../shared/domain/catalog';
import { writeTransaction } from '../store/transaction';

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
  departments: CatalogDepartment[];
}

export interface CatalogImportOptions {
  sheet?: string;
  /** The counselor's department choices: department text → area. Remembered by an import. */
  areas?: Readonly<Record<string, SubjectArea>>;
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

/** Each department (area cell text) the rows below the header name, with its row count and mapping. */
function departmentsOf(table: CellTable, headerIndex: number, areaColumn: number, mapping: DepartmentMapping): CatalogDepartment[] {
  const counts = new Map<string, { department: string; rows: number }>();
  for (const row of table.rows.slice(headerIndex + 1)) {
    const department = (row[areaColumn] ?? '').trim();
    if (department === '') continue;
    const key = departmentKey(department);
    const entry = counts.get(key) ?? { department, rows: 0 };
    entry.rows++;
    counts.set(key, entry);
  }
  const order = { unmapped: 0, chosen: 1, remembered: 2, automatic: 3 } as const;
  return [...counts.values()]
    .map((d) => ({ ...d, ...mapDepartment(mapping, d.department) }))
    .sort((a, b) => order[a.source] - order[b.source] || a.department.localeCompare(b.department));
}

/** File bytes to checked course rows, without writing anything: what a preview shows. */
export async function readCatalog(
  db: Db,
  bytes: Uint8Array,
  fileName: string,
  opts: Pick<CatalogImportOptions, 'sheet' | 'areas'> = {},
): Promise<CatalogReading> {
  refuseIfSampleSchool(db, 'course catalog');
  return readCatalogOver(bytes, fileName, opts, listCourses(db), rememberedDepartments(db));
}

export type CatalogReading = CatalogRows & { table: CellTable; headerRow: number; departments: CatalogDepartment[]; mapping: DepartmentMapping };

/**
 * The store-free half of readCatalog, over the catalog and the remembered department choices
 * either store read: the department server's import (catalog-import-as.ts) reads the same file the same way.
 */
export async function readCatalogOver(
  bytes: Uint8Array,
  fileName: string,
  opts: Pick<CatalogImportOptions, 'sheet' | 'areas'>,
  existing: readonly Course[],
  remembered: Map<string, SubjectArea>,
): Promise<CatalogReading> {
  const table = await readTable(bytes, fileName, opts.sheet === undefined ? {} : { sheet: opts.sheet });
  const header = findCatalogHeader(table);
  const columns = autoMapCatalog(header.headers);
  assertColumns(columns, header.headers, fileName);
  const mapping = departmentMappingOf(remembered, opts.areas);
  const known = { numbers: new Set(existing.map((c) => c.number)), titles: new Map(existing.map((c) => [titleKey(c.title), c.number])) };
  const rows = toCatalogRows(table, header.index, columns, known, areaReader(mapping));
  const departments = departmentsOf(table, header.index, columns.area!, mapping);
  return { ...rows, table, headerRow: header.rowNumber, departments, mapping };
}

/** Retiring is not the file's business: a course compares equal whether or not it is retired. */
const comparable = (c: Course) => JSON.stringify({ ...c, retired: false });

type Read = CatalogReading;

/** What the file changes in this catalog (either store's courses): the report's counts and the courses to write. */
export function compareCatalog(read: Read, existing: readonly Course[]): { report: Omit<CatalogImportReport, 'fileName'>; changed: Course[] } {
  const before = new Map(existing.map((c) => [c.number, comparable(c)]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const changed: Course[] = [];
  for (const { course } of read.rows) {
    const was = before.get(course.number);
    if (was === undefined) added++;
    else if (was === comparable(course)) unchanged++;
    else updated++;
    if (was !== comparable(course)) changed.push(course);
  }
  const report = {
    sheetName: read.table.sheetName,
    headerRow: read.headerRow,
    added,
    updated,
    unchanged,
    rejected: read.rejected,
    skipped: read.skipped,
    departments: read.departments,
  };
  return { report, changed };
}

const compare = (db: Db, read: Read) => compareCatalog(read, listCourses(db));

async function readChecked(db: Db, bytes: Uint8Array, fileName: string, opts: CatalogImportOptions): Promise<Read> {
  return withCourses(await readCatalog(db, bytes, fileName, opts), fileName);
}

/** A file with a header and nothing under it is a mistake to say, not an import of nothing. */
export function withCourses(read: Read, fileName: string): Read {
  if (read.rows.length === 0 && read.rejected.length === 0) {
    throw new CounselorError('invalid_input', `${displayName(fileName)} has a header row but no courses below it.`);
  }
  return read;
}

/** What an import of this file would do, with these department choices. Writes nothing. */
export async function previewCatalog(db: Db, bytes: Uint8Array, fileName: string, opts: CatalogImportOptions = {}): Promise<CatalogImportReport> {
  const read = await readChecked(db, bytes, fileName, opts);
  return { fileName, ...compare(db, read).report };
}

/**
 * Imports a catalog file: good rows are added or update the course with the same number in one
 * transaction, with the counselor's department choices remembered; bad rows (an unmapped
 * department among them) are reported, not imported. Courses the file does not list stay as
 * they are: nothing is deleted by an import, and a retired course stays retired.
 */
export async function importCatalog(db: Db, bytes: Uint8Array, fileName: string, opts: CatalogImportOptions = {}): Promise<CatalogImportReport> {
  const read = await readChecked(db, bytes, fileName, opts);
  const { changed } = compare(db, read);
  if ((changed.length > 0 || read.mapping.chosen.size > 0) && opts.storePath) await backupStore(db, opts.storePath, 'before-catalog-import', opts.now);
  // Synchronous from here: the transaction is never held across an await. The difference is
  // computed again inside it, so a change made while the backup ran is not overwritten blindly.
  const now = opts.now ?? new Date();
  const report = writeTransaction(db, () => {
    const inside = compare(db, read);
    saveCourses(db, inside.changed, now);
    rememberDepartments(db, choicesToRemember(read), now);
    return inside.report;
  });
  return { fileName, ...report };
}

/** Only choices for departments this file names: a mistyped name is not kept for next year. */
export function choicesToRemember(read: Read): Map<string, { department: string; area: SubjectArea }> {
  const named = new Set(read.departments.map((d) => departmentKey(d.department)));
  return new Map([...read.mapping.chosen].filter(([key]) => named.has(key)));
}
