import type { Database as Db } from 'better-sqlite3';
import type { YearStartCounts, YearStartRecord } from '../../../shared/domain/year';
import { schoolYearText } from '../../../shared/domain/year';
import type { YearStartChanges } from './changes';

export interface StartRow {
  id: number;
  school_year: number;
  started_at: string;
  started_on: string;
  backup_path: string | null;
}

/** The latest start not undone: the one that sets the current school year and that undo takes back. */
export function latestStart(db: Db): YearStartRecord | null {
  const row = db
    .prepare('SELECT id, school_year, started_at, started_on, backup_path FROM school_year_start WHERE undone_at IS NULL ORDER BY school_year DESC LIMIT 1')
    .get() as StartRow | undefined;
  return row ? toRecord(db, row) : null;
}

function toRecord(db: Db, row: StartRow): YearStartRecord {
  return startRecordOf(row, recordedCounts(db, row.id));
}

/** A start's row and its counts as the pages show it, on both stores. */
export function startRecordOf(row: StartRow, counts: YearStartCounts): YearStartRecord {
  return {
    id: row.id,
    schoolYear: schoolYearText(row.school_year),
    startedAt: row.started_at,
    startedOn: row.started_on,
    backupPath: row.backup_path,
    counts,
  };
}

export function recordedCounts(db: Db, startId: number): YearStartCounts {
  return countsByKind(db.prepare('SELECT kind, count(*) AS n FROM school_year_change WHERE start_id = ? GROUP BY kind').all(startId) as { kind: string; n: number }[]);
}

/** A start's counts from its changes counted by kind (PostgreSQL's count is a bigint, read as text). */
export function countsByKind(rows: readonly { kind: string; n: number | string }[]): YearStartCounts {
  const counts: YearStartCounts = { graduated: 0, gradesAdvanced: 0, reviewsReset: 0 };
  for (const { kind, n: counted } of rows) {
    const n = Number(counted);
    if (kind === 'graduated') counts.graduated = n;
    else if (kind === 'grade_advanced') counts.gradesAdvanced = n;
    else if (kind === 'review_reset') counts.reviewsReset = n;
  }
  return counts;
}

/** Records a start and every change it made, inside the caller's transaction; returns the new start's id. */
export function recordStart(db: Db, changes: YearStartChanges, at: { startedAt: string; startedOn: string; backupPath: string | null }): number {
  const id = Number(
    db
      .prepare('INSERT INTO school_year_start (school_year, started_at, started_on, backup_path) VALUES (?, ?, ?, ?)')
      .run(changes.schoolYear, at.startedAt, at.startedOn, at.backupPath).lastInsertRowid,
  );
  const change = db.prepare(
    'INSERT INTO school_year_change (start_id, student_number, kind, status_before, grade_from, grade_to, last_reviewed) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const g of changes.graduate) change.run(id, g.studentNumber, 'graduated', g.statusBefore, null, null, null);
  for (const a of changes.advance) change.run(id, a.studentNumber, 'grade_advanced', null, a.from, a.to, null);
  for (const r of changes.reviewsReset) change.run(id, r.studentNumber, 'review_reset', null, null, null, r.lastReviewed);
  return id;
}

/**
 * Imports logged after a start that make it final: rosters (their grades replace the start's) and
 * course histories (matched to the students as the start left them: a class year worked out from
 * an advanced grade places rows without a school year). Catalog imports are not logged and do not
 * count: a catalog neither reads nor writes a student's grade or status, so undo and it never meet.
 */
export function importsSince(db: Db, startedAt: string): { roster: number; history: number } {
  const count = (table: 'roster_import' | 'history_import') => db.prepare(`SELECT count(*) FROM ${table} WHERE imported_at > ?`).pluck().get(startedAt) as number;
  return { roster: count('roster_import'), history: count('history_import') };
}
