import type { Database as Db } from 'better-sqlite3';
import { writeTransaction } from '../../../src/main/core/store/transaction';
import type { HistoryResult } from '../../../src/shared/domain/history';

/**
 * Transcript rows written straight into course_history (migration 0008), as the history import
 * stores them, so plan tests stand on the same rows the import leaves. One history_import row per call.
 */
export interface Row {
  course: string;
  title?: string;
  /** The ending year: 2025 for 2024-25. */
  year?: number | null;
  grade?: number | null;
  term?: string;
  progress?: boolean;
  stateCode?: string | null;
  creditType?: string | null;
  mark?: string | null;
  result?: HistoryResult;
  earned?: number | null;
  attempted?: number | null;
  excluded?: boolean;
  missing?: boolean;
}

export function writeHistory(db: Db, studentNumber: string, rows: readonly Row[], gpa?: string): number {
  return writeTransaction(db, () => write(db, studentNumber, rows, gpa));
}

function write(db: Db, studentNumber: string, rows: readonly Row[], gpa?: string): number {
  const now = new Date().toISOString();
  const { lastInsertRowid } = db
    .prepare('INSERT INTO history_import (file_name, imported_at, backup_path, report) VALUES (?, ?, NULL, ?)')
    .run('transcript.csv', now, '{}');
  const importId = Number(lastInsertRowid);
  const insert = db.prepare(
    `INSERT INTO course_history (student_number, record_key, school_year, grade_level, term, progress, course_number, state_code,
       title, credit_type, grade, result, credits_earned, credits_attempted, excluded, missing, import_id, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const seen = new Map<string, number>();
  for (const r of rows) {
    const term = r.term ?? 'Y1';
    const base = `${r.year ?? `g${r.grade}`}|${term}|${r.course}`;
    const ordinal = (seen.get(base) ?? 0) + 1;
    seen.set(base, ordinal);
    insert.run(
      studentNumber, `${base}|${ordinal}`, r.year === undefined ? null : r.year, r.grade ?? null, term, r.progress ? 1 : 0,
      r.course, r.stateCode ?? null, r.title ?? r.course, r.creditType ?? null, r.mark === undefined ? 'A' : r.mark,
      r.result ?? 'passed', r.earned === undefined ? null : r.earned, r.attempted ?? null, r.excluded ? 1 : 0, r.missing ? 1 : 0, importId, now,
    );
  }
  if (gpa !== undefined) {
    db.prepare('INSERT OR REPLACE INTO history_student (student_number, gpa, import_id, updated_at) VALUES (?, ?, ?, ?)').run(studentNumber, gpa, importId, now);
  }
  return importId;
}
