import type { Database as Db } from 'better-sqlite3';
import { reviewWindow, type ReviewWindow, type StartedSchoolYear } from './status';

/**
 * The latest school year the counselor started and did not undo (core/year writes it), or null.
 * Read here, beside the status rule that uses it, so the plans never depend on the year-end folder.
 */
export function startedSchoolYear(db: Db): StartedSchoolYear | null {
  const row = db
    .prepare('SELECT school_year, started_on FROM school_year_start WHERE undone_at IS NULL ORDER BY school_year DESC LIMIT 1')
    .get() as { school_year: number; started_on: string } | undefined;
  return row ? { schoolYear: row.school_year, startedOn: row.started_on } : null;
}

/** The review window as of `today` in this store. */
export function reviewWindowIn(db: Db, today: Date): ReviewWindow {
  return reviewWindow(today, startedSchoolYear(db));
}
