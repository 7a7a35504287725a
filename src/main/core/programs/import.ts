import type { Database as Db } from 'better-sqlite3';
import { PostsecondaryEntry, type Course, type PostsecondaryEntry as Entry } from '../../../shared/domain/catalog';
import { choice2024FromCode } from '../../../shared/domain/framework-choice';
import { emptyProgramYears, PlanYear, ProgramOfStudy } from '../../../shared/domain/program';
import { CounselorError } from '../../../shared/errors';
import { autoMapCatalog } from '../courses/catalog-fields';
import { findCatalogHeader } from '../courses/catalog-import';
import { titleKey, toCatalogRows } from '../courses/catalog-rows';
import { listCourses, listPostsecondary, saveCourses, savePostsecondary } from '../courses/repository';
import { normaliseHeader } from '../roster/fields';
import { readTable } from '../spreadsheet/read';
import type { RejectedCell } from '../roster/rows';
import { refuseIfSampleSchool } from '../store/sample-record';
import { sniff } from '../spreadsheet/sniff';
import { backupStore } from '../store/backup';
import { isBlankRow, unreadable, type CellTable } from '../spreadsheet/table';
import { FRAMEWORK_2024_HEADER, LIST_SEPARATOR, SHEETS } from './export';
import { assertProgramReferences, findProgram, saveProgram } from './repository';
import { writeTransaction } from '../store/transaction';

export interface ProgramImportReport {
  fileName: string;
  added: number;
  updated: number;
  coursesAdded: number;
  postsecondaryAdded: number;
  rejected: RejectedCell[];
}

/** A sheet's rows as header → cell records, with their spreadsheet row numbers. */
function records(table: CellTable): { row: number; get: (header: string) => string }[] {
  const start = table.rows.findIndex((r) => !isBlankRow(r));
  if (start === -1) return [];
  const headers = table.rows[start]!.map(normaliseHeader);
  return table.rows.slice(start + 1).flatMap((cells, i) =>
    isBlankRow(cells)
      ? []
      : [{ row: table.rowNumbers[start + 1 + i]!, get: (h: string) => (cells[headers.indexOf(normaliseHeader(h))] ?? '').trim() }],
  );
}

const list = (text: string) => text.split(LIST_SEPARATOR).map((s) => s.trim()).filter((s) => s !== '');

/** A program row of the workbook: parsed (or why not), its references still to check against the store it goes into. */
export interface ProgramCandidate {
  row: number;
  id: string;
  parsed: ReturnType<typeof ProgramOfStudy.safeParse>;
}

/** What the workbook holds for this store: the courses and entries it lacks, the programs to try, and the rows refused so far. */
export interface ProgramsReading {
  newCourses: Course[];
  newEntries: Entry[];
  candidates: ProgramCandidate[];
  rejected: RejectedCell[];
}

const reject = (rejected: RejectedCell[], sheetName: string, row: number, column: string, value: string, reason: string) =>
  rejected.push({ row, column: `${sheetName}: ${column}`, value, reason });

/**
 * Reads a workbook written by exportPrograms (possibly edited by another district) against the
 * catalog either store read: the store-free half of importPrograms, which the department server's
 * import (import-as.ts) reads the same way. The local catalog wins: only courses and entries the
 * store lacks are taken.
 */
export async function readProgramsWorkbook(bytes: Uint8Array, fileName: string, existing: readonly Course[], knownEntries: ReadonlySet<string>): Promise<ProgramsReading> {
  if (sniff(bytes, fileName) !== 'xlsx') {
    throw unreadable(fileName, 'is not an Excel workbook; programs of study are shared as the .xlsx file "Export programs" writes.');
  }
  const sheet = async (name: string) => readTable(bytes, fileName, { sheet: name });
  const [programSheet, courseSheet, psSheet, catalogSheet] = [
    await sheet(SHEETS.programs), await sheet(SHEETS.courses), await sheet(SHEETS.postsecondary), await sheet(SHEETS.catalog),
  ];
  const rejected: RejectedCell[] = [];
  const known = new Set(existing.map((c) => c.number));
  const header = findCatalogHeader(catalogSheet);
  const catalogRows = toCatalogRows(catalogSheet, header.index, autoMapCatalog(header.headers), {
    numbers: known,
    titles: new Map(existing.map((c) => [titleKey(c.title), c.number])),
  });
  for (const r of catalogRows.rejected) reject(rejected, SHEETS.catalog, r.row, r.column, r.value, r.reason);
  const newCourses = catalogRows.rows.map((r) => r.course).filter((c) => !known.has(c.number));

  const newEntries: Entry[] = [];
  for (const r of records(psSheet)) {
    const parsed = PostsecondaryEntry.safeParse({
      code: r.get('Code'), institution: r.get('Institution'), program: r.get('Program'), course: r.get('Course'),
      credentialType: r.get('Credential Type'), credits: r.get('Credits') === '' ? null : Number(r.get('Credits')),
    });
    if (!parsed.success) reject(rejected, SHEETS.postsecondary, r.row, String(parsed.error.issues[0]?.path[0] ?? 'Code'), r.get('Code'), parsed.error.issues[0]?.message ?? 'not valid');
    else if (!knownEntries.has(parsed.data.code)) newEntries.push(parsed.data);
  }

  const years = new Map<string, ReturnType<typeof emptyProgramYears>>();
  for (const r of records(courseSheet)) {
    const year = PlanYear.safeParse(r.get('Year'));
    if (!year.success) {
      reject(rejected, SHEETS.courses, r.row, 'Year', r.get('Year'), 'The year is not one of 9, 10, 11, 12, ps1, ps2.');
      continue;
    }
    const y = years.get(r.get('Program ID')) ?? emptyProgramYears();
    y[year.data].push(r.get('Code'));
    years.set(r.get('Program ID'), y);
  }

  const candidates = records(programSheet).map((r) => ({
    row: r.row,
    id: r.get('ID'),
    parsed: ProgramOfStudy.safeParse({
      id: r.get('ID'), pathwayCode: r.get('Pathway Code'), name: r.get('Name'), description: r.get('Description'),
      years: years.get(r.get('ID')) ?? emptyProgramYears(),
      dualCreditOptions: list(r.get('Dual Credit Options')), credentials: list(r.get('Credentials')), occupations: list(r.get('Occupations')),
      leadsTo: { credentialType: r.get('Leads To Type'), title: r.get('Leads To Title'), institution: r.get('Leads To Institution') },
      // Blank or no such column (a file from before): derived from the pathway when read.
      ...(r.get(FRAMEWORK_2024_HEADER) === '' ? {} : { framework2024: choice2024FromCode(r.get(FRAMEWORK_2024_HEADER)) }),
    }),
  }));
  return { newCourses, newEntries, candidates, rejected };
}

/**
 * One program row, taken or refused: not valid, or naming what the store (with the workbook's
 * new courses and entries already in) does not hold, is a rejected row; the rest go in.
 */
export function acceptProgram(candidate: ProgramCandidate, checkReferences: (program: ProgramOfStudy) => void, rejected: RejectedCell[]): ProgramOfStudy | null {
  const { row, id, parsed } = candidate;
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    reject(rejected, SHEETS.programs, row, issue?.path.join('.') || 'ID', id, `This program is not valid: ${issue?.message ?? 'unknown problem'}.`);
    return null;
  }
  try {
    checkReferences(parsed.data);
  } catch (e) {
    if (!(e instanceof CounselorError)) throw e;
    reject(rejected, SHEETS.programs, row, 'ID', id, e.message);
    return null;
  }
  return parsed.data;
}

/**
 * Imports the workbook into this store: programs are added, or replace the program with the same
 * id. A program that cannot be saved is reported and the rest go in; all in one transaction.
 */
export async function importPrograms(db: Db, bytes: Uint8Array, fileName: string, opts: { storePath?: string; now?: Date } = {}): Promise<ProgramImportReport> {
  refuseIfSampleSchool(db, 'programs of study');
  const now = opts.now ?? new Date();
  const reading = await readProgramsWorkbook(bytes, fileName, listCourses(db), new Set(listPostsecondary(db).map((e) => e.code)));
  // The backup comes before the one synchronous transaction: never an await inside it.
  if (opts.storePath) await backupStore(db, opts.storePath, 'before-programs-import', now);
  const { newCourses, newEntries, rejected } = reading;
  const report: ProgramImportReport = { fileName, added: 0, updated: 0, coursesAdded: newCourses.length, postsecondaryAdded: newEntries.length, rejected };
  writeTransaction(db, () => {
    saveCourses(db, newCourses, now);
    savePostsecondary(db, newEntries);
    for (const candidate of reading.candidates) {
      const program = acceptProgram(candidate, (p) => assertProgramReferences(db, p), rejected);
      if (!program) continue;
      const existed = findProgram(db, program.id) !== null;
      saveProgram(db, program, now);
      if (existed) report.updated++;
      else report.added++;
    }
  });
  return report;
}
