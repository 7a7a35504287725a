import type { Database as Db } from 'better-sqlite3';
import { localIsoDate } from '../../../shared/domain/common';
import type { SubjectArea } from '../../../shared/domain/catalog';
import { schoolYearText, type HistoryCounts, type HistoryImportReport, type HistoryPreview, type HistoryRequest } from '../../../shared/domain/history';
import { CounselorError } from '../../../shared/errors';
import { classYearForGrade, schoolYearEnd } from '../../../shared/domain/school-year';
import type { TaskContext } from '../jobs/task';
import { rememberDepartments } from '../courses/catalog-departments';
import { rememberedMapping, rememberMapping } from '../roster/log';
import { backupStore } from '../store/backup';
import { refuseIfSampleSchool } from '../store/sample-record';
import { writeTransaction } from '../store/transaction';
import { displayName } from '../spreadsheet/table';
import { listStudents } from '../students/repository';
import { compareHistory, writesOf, type HistoryComparison } from './compare';
import { creditTypeMapping, creditTypesOf, unmatchedCourses } from './credit-types';
import { HISTORY_FIELD_LABELS, HISTORY_FIELDS, REQUIRED_HISTORY_FIELDS } from './fields';
import type { KnownStudent } from './history-row';
import { logHistoryImport } from './log';
import { readHistory, type HistoryReading } from './read-history';

/** Lists in a preview stop here; the counts are always whole. */
const PREVIEW_LIST_CAP = 500;
/** Fresh backups taken when another writer commits between the backup and the write lock; then go ahead. */
const BACKUP_RETRIES = 3;

export type ParsedHistoryRequest = HistoryRequest;

interface Read {
  reading: HistoryReading;
  names: Map<string, string>;
  nothingToImport: string | null;
}

async function read(request: ParsedHistoryRequest, ctx: TaskContext, today: string, forPreview: boolean): Promise<Read> {
  refuseIfSampleSchool(ctx.db, 'course history');
  ctx.progress({ phase: 'Reading the file', done: 0, total: null });
  const students = new Map<string, KnownStudent>();
  const names = new Map<string, string>();
  for (const s of listStudents(ctx.db)) {
    students.set(s.studentNumber, { studentNumber: s.studentNumber, classYear: s.classYear ?? (s.grade === null ? null : classYearForGrade(s.grade, today)) });
    names.set(s.studentNumber, `${s.lastName}, ${s.firstName}`);
  }
  const overrides = request.mapping ? Object.fromEntries(Object.entries(request.mapping).map(([f, h]) => [f, h ?? ''])) : undefined;
  const reading = await readHistory(Buffer.from(request.base64, 'base64'), request.fileName, {
    students,
    currentYear: schoolYearEnd(today),
    ...(request.sheet ? { sheet: request.sheet } : {}),
    remembered: (key) => rememberedMapping(ctx.db, key),
    ...(overrides ? { overrides } : {}),
    tolerateUnusableMapping: forPreview,
    // Rows are checked as they are read, so the two are one phase; the total is not known before the end.
    onProgress: (done) => {
      ctx.throwIfCancelled();
      ctx.progress({ phase: 'Reading and checking rows', done, total: null });
    },
  });
  ctx.throwIfCancelled();
  return { reading, names, nothingToImport: reading.mappingProblem ? null : nothingToImport(reading) };
}

/** One sentence when not a single row can be imported: a file from another school, or every row broken. */
function nothingToImport(reading: HistoryReading): string | null {
  if (reading.rows.length > 0) return null;
  const file = displayName(reading.fileName);
  if (reading.unknownStudentRows === reading.dataRows) {
    const example = reading.rejected[0]?.value;
    return `${file}: none of its ${reading.dataRows} rows is for a student in this caseload${example ? ` (student number ${example} is not in the store)` : ''}; it is probably not this school's file. Nothing was imported: check the file, or import the roster that has these students first.`;
  }
  return `${file}: every one of its ${reading.dataRows} rows was rejected (the reasons are listed by row); nothing was imported. Fix the rows and import again.`;
}

function counts(reading: HistoryReading, c: HistoryComparison | null): HistoryCounts {
  return {
    students: new Set(reading.rows.map((r) => r.studentNumber)).size,
    added: c?.added.length ?? 0,
    updated: c?.updated.length ?? 0,
    unchanged: c?.unchanged ?? 0,
    missing: c?.missing.length ?? 0,
    rejected: new Set(reading.rejected.map((r) => r.row)).size,
  };
}

export async function previewHistory(request: ParsedHistoryRequest, ctx: TaskContext, now = new Date()): Promise<HistoryPreview> {
  const { reading, names, nothingToImport } = await read(request, ctx, localIsoDate(now), true);
  ctx.progress({ phase: 'Comparing with the store', done: 0, total: null });
  const comparison = reading.mappingProblem ? null : compareHistory(ctx.db, reading.rows);
  const mapping = creditTypeMapping(ctx.db, request.creditTypes);
  const cap = <T>(list: readonly T[]) => list.slice(0, PREVIEW_LIST_CAP);
  const name = (n: string) => names.get(n) ?? n;
  const year = (y: number | null) => (y === null ? null : schoolYearText(y));
  return {
    fileName: reading.fileName,
    sheetName: reading.sheetName,
    headerRow: reading.header.rowNumber,
    columns: reading.view,
    fields: HISTORY_FIELDS.map((field) => ({ field, label: HISTORY_FIELD_LABELS[field], required: REQUIRED_HISTORY_FIELDS.includes(field) })),
    mappingRemembered: rememberedMapping(ctx.db, reading.mappingKey) !== undefined,
    mappingProblem: reading.mappingProblem,
    counts: counts(reading, comparison),
    changed: cap(comparison?.updated ?? []).map(({ row, changes }) => ({
      row: row.rowNumber,
      studentNumber: row.studentNumber,
      name: name(row.studentNumber),
      courseNumber: row.courseNumber,
      title: row.title,
      schoolYear: year(row.schoolYear),
      term: row.term,
      changes,
    })),
    missing: cap(comparison?.missing ?? []).map((m) => ({
      studentNumber: m.student_number,
      name: name(m.student_number),
      courseNumber: m.course_number,
      title: m.title,
      schoolYear: year(m.school_year),
      term: m.term,
    })),
    rejected: cap(reading.rejected),
    unmatched: cap(unmatchedCourses(ctx.db, reading.rows, mapping)),
    creditTypes: creditTypesOf(reading.rows, mapping),
    listsCapped: [comparison?.updated ?? [], comparison?.missing ?? [], reading.rejected].some((l) => l.length > PREVIEW_LIST_CAP),
    nothingToImport,
  };
}

/** Changes only when another connection commits: tells whether a comparison or a backup is still current. */
function dataVersion(db: Db): number {
  return db.pragma('data_version', { simple: true }) as number;
}

/**
 * The commit, as the roster import does it: refuse first (nothing written, no backup), back up only
 * when something will change, then one write transaction in which the comparison is made again if
 * another connection committed since (data_version), so a stale difference is never written. A
 * cancel is honoured up to the transaction; once it writes, it finishes.
 */
export async function importHistory(request: ParsedHistoryRequest, ctx: TaskContext, now = new Date()): Promise<HistoryImportReport> {
  const { reading, nothingToImport } = await read(request, ctx, localIsoDate(now), false);
  if (nothingToImport) throw new CounselorError('invalid_input', nothingToImport);
  ctx.progress({ phase: 'Comparing with the store', done: 0, total: null });
  const version = dataVersion(ctx.db);
  let seen = { comparison: compareHistory(ctx.db, reading.rows), version };
  let backup: { path: string; dataVersion: number } | null = null;
  const takeBackup = async () => {
    ctx.throwIfCancelled();
    ctx.progress({ phase: 'Backing up the store', done: 0, total: null });
    const taken = dataVersion(ctx.db);
    backup = { path: await backupStore(ctx.db, ctx.storePath, 'before-history-import', now), dataVersion: taken };
  };
  if (writesOf(seen.comparison) > 0) await takeBackup();
  for (let attempt = 0; ; attempt++) {
    ctx.throwIfCancelled();
    ctx.progress({ phase: 'Saving course history', done: 0, total: writesOf(seen.comparison) });
    const done = writeTransaction(ctx.db, () => {
      const current = dataVersion(ctx.db);
      if (current !== seen.version) seen = { comparison: compareHistory(ctx.db, reading.rows), version: current };
      const taken = backup as { path: string; dataVersion: number } | null;
      const stale = taken !== null && attempt < BACKUP_RETRIES && taken.dataVersion !== current;
      if (writesOf(seen.comparison) > 0 && (taken === null || stale)) return null;
      return commit(ctx.db, request, reading, seen.comparison, taken?.path ?? null, now);
    });
    if (done) {
      ctx.progress({ phase: 'Done', done: 1, total: 1 });
      return done;
    }
    await takeBackup();
  }
}

/** Everything the import writes, inside the caller's transaction. */
function commit(db: Db, request: ParsedHistoryRequest, reading: HistoryReading, c: HistoryComparison, backupPath: string | null, now: Date): HistoryImportReport {
  const at = now.toISOString();
  const chosen = new Map<string, { department: string; area: SubjectArea }>();
  const choices = creditTypeMapping(db, request.creditTypes);
  for (const [key, value] of choices.chosen) chosen.set(key, value);
  rememberDepartments(db, chosen, now);
  const report = {
    fileName: reading.fileName,
    importedAt: at,
    backupPath,
    counts: counts(reading, c),
    rejected: reading.rejected,
    unmatched: unmatchedCourses(db, reading.rows, choices),
  };
  const importId = logHistoryImport(db, report);
  const insert = db.prepare(
    `INSERT INTO course_history (student_number, record_key, school_year, grade_level, term, progress, course_number, state_code, title,
       credit_type, grade, result, credits_earned, credits_attempted, excluded, missing, import_id, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  );
  for (const r of c.added) {
    insert.run(r.studentNumber, r.recordKey, r.schoolYear, r.gradeLevel, r.term, r.progress ? 1 : 0, r.courseNumber, r.stateCode, r.title,
      r.creditType, r.grade, r.result, r.creditsEarned, r.creditsAttempted, r.excluded ? 1 : 0, importId, at);
  }
  const update = db.prepare(
    `UPDATE course_history SET school_year = ?, grade_level = ?, term = ?, progress = ?, course_number = ?, state_code = ?, title = ?,
       credit_type = ?, grade = ?, result = ?, credits_earned = ?, credits_attempted = ?, excluded = ?, missing = 0, import_id = ?, updated_at = ?
     WHERE id = ?`,
  );
  for (const { row: r, id } of c.updated) {
    update.run(r.schoolYear, r.gradeLevel, r.term, r.progress ? 1 : 0, r.courseNumber, r.stateCode, r.title,
      r.creditType, r.grade, r.result, r.creditsEarned, r.creditsAttempted, r.excluded ? 1 : 0, importId, at, id);
  }
  const flag = db.prepare('UPDATE course_history SET missing = 1, updated_at = ? WHERE id = ?');
  for (const m of c.missing) flag.run(at, m.id);
  const gpa = db.prepare(
    `INSERT INTO history_student (student_number, gpa, import_id, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (student_number) DO UPDATE SET gpa = excluded.gpa, import_id = excluded.import_id, updated_at = excluded.updated_at`,
  );
  for (const [studentNumber, value] of c.gpa) gpa.run(studentNumber, value, importId, at);
  rememberMapping(db, reading.mappingKey, mappingByHeader(reading), now);
  return { importId, ...report };
}

/** The mapping as field → header text: what is remembered, and what --map takes. */
function mappingByHeader(reading: HistoryReading): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const field of HISTORY_FIELDS) {
    const column = reading.columns[field];
    byField[field] = column === undefined ? '' : (reading.header.headers[column] ?? '');
  }
  return byField;
}
