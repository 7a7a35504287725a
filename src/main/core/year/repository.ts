import type { Database as Db } from 'better-sqlite3';
import type { YearStartCounts, YearStartRecord } from '../../../shared/domain/year';
import { schoolYearText } from '../../../shared/domain/year';
import type { YearStartChanges } from './changes';

interface StartRow {
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
  return {
    id: row.id,
    schoolYear: schoolYearText(row.school_year),
    startedAt: row.started_at,
    startedOn: row.started_on,
    backupPath: row.backup_path,
    counts: recordedCounts(db, row.id),
  };
}

export function recordedCounts(db: Db, startId: number): YearStartCounts {
  const counts: YearStartCounts = { graduated: 0, gradesAdvanced: 0, reviewsReset: 0 };
  const rows = db.prepare('SELECT kind, count(*) AS n FROM school_year_change WHERE start_id = ? GROUP BY kind').all(startId) as { kind: string; n: number }[];
  for (const { kind, n } of rows) {
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
  for (const g of changes.graduate) change.run(id, g.studentNumber, 'graduated', 'active', null, null, null);
  for (const a of changes.advance) change.run(id, a.studentNumber, 'grade_advanced', null, a.from, a.to, null);
  for (const r of changes.reviewsReset) change.run(id, r.studentNumber, 'review_reset', null, null, null, r.lastReviewed);
  return id;
}

/** Roster imports logged after a start: any one of them makes the start final. */
export function rosterImportsSince(db: Db, startedAt: string): { count: number; first: string | null } {
  const row = db.prepare('SELECT count(*) AS count, min(imported_at) AS first FROM roster_import WHERE imported_at > ?').get(startedAt) as {
    count: number;
    first: string | null;
  };
  return row;
}
