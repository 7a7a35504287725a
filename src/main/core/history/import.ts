import type { Database as Db } from 'better-sqlite3';
import { localIsoDate } from '../../../shared/domain/common';
import type { HistoryImportReport, HistoryPreview } from '../../../shared/domain/history';
import { CounselorError } from '../../../shared/errors';
import type { TaskContext } from '../jobs/task';
import { rememberDepartments } from '../courses/catalog-departments';
import { rememberedMapping, rememberMapping } from '../roster/log';
import { backupStore } from '../store/backup';
import { refuseIfSampleSchool } from '../store/sample-record';
import { writeTransaction } from '../store/transaction';
import { listStudents } from '../students/repository';
import { compareHistory, writesOf, type HistoryComparison } from './compare';
import { creditTypeMapping, unmatchedCourses } from './credit-types';
import { logHistoryImport } from './log';
import { mappingByHeader, previewOf, readHistoryRequest, reportOf, type HistoryRead, type ParsedHistoryRequest } from './outcome';
import type { HistoryReading } from './read-history';
import { recordAuditsSync } from '../audit/log';
import { historyAuditRecords } from './audit';

/*
 * The course history import on the workstation's SQLite store: the rules in outcome.ts and
 * compare.ts, the rows fetched and written with prepared statements (the department server's
 * twin is import-as.ts).
 */

/** Fresh backups taken when another writer commits between the backup and the write lock; then go ahead. */
const BACKUP_RETRIES = 3;

export type { ParsedHistoryRequest };

/** The file read against the store's caseload and remembered mappings; refused first when the store holds the sample school. */
function read(request: ParsedHistoryRequest, ctx: TaskContext, today: string, forPreview: boolean): Promise<HistoryRead> {
  refuseIfSampleSchool(ctx.db, 'course history');
  return readHistoryRequest(request, ctx, today, listStudents(ctx.db), (key) => rememberedMapping(ctx.db, key), forPreview);
}

export async function previewHistory(request: ParsedHistoryRequest, ctx: TaskContext, now = new Date()): Promise<HistoryPreview> {
  const file = await read(request, ctx, localIsoDate(now), true);
  const { reading } = file;
  ctx.progress({ phase: 'Comparing with the store', done: 0, total: null });
  const comparison = reading.mappingProblem ? null : compareHistory(ctx.db, reading.rows);
  const mapping = creditTypeMapping(ctx.db, request.creditTypes);
  return previewOf(file, comparison, {
    mappingRemembered: rememberedMapping(ctx.db, reading.mappingKey) !== undefined,
    mapping,
    unmatched: unmatchedCourses(ctx.db, reading.rows, mapping),
  });
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
      // Rows written, as the roster's import and the department server's count them.
      ctx.progress({ phase: 'Done', done: writesOf(seen.comparison), total: writesOf(seen.comparison) });
      return done;
    }
    await takeBackup();
  }
}

/** Everything the import writes, inside the caller's transaction. */
function commit(db: Db, request: ParsedHistoryRequest, reading: HistoryReading, c: HistoryComparison, backupPath: string | null, now: Date): HistoryImportReport {
  const at = now.toISOString();
  const choices = creditTypeMapping(db, request.creditTypes);
  rememberDepartments(db, choices.chosen, now);
  const report = reportOf(reading, c, unmatchedCourses(db, reading.rows, choices), backupPath, now);
  const importId = logHistoryImport(db, report);
  recordAuditsSync(db, historyAuditRecords(c, importId, reading.fileName), now);
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
