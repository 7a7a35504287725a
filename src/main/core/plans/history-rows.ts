import type { Database as Db } from 'better-sqlite3';
import type { Catalog } from '../../../shared/domain/catalog';
import type { TranscriptCourse } from '../history/attempts';
import { readAllTranscriptRows, readStudentHistory } from '../history/repository';
import { transcriptReader } from './transcript-source';

/**
 * The caseload's transcripts, kept between calls while nothing they rest on has changed. A
 * school's 300,000 rows take most of a second to read and put together; the caseload is asked
 * for on every visit to its page, and the history changes only when a file is imported.
 *
 * Kept under two versions. The history's: `data_version` moves when another connection (an
 * import's worker thread, the nightly command line) commits; the newest import, the row count
 * and the newest row id move when this connection writes history (every import logs itself in
 * history_import). What matching reads: the catalog, the counselor's remembered matches and the
 * credit-type words, compared whole (a few hundred small rows), so an edit applies at once.
 */
interface Kept {
  history: string;
  matching: string;
  /** Only the courses are kept, not the 300,000 rows they came from (a hundred megabytes in the window's process). */
  students: Map<string, { classYear: number | null; courses: TranscriptCourse[] }>;
}

const kept = new WeakMap<Db, Kept>();

function historyVersion(db: Db): string {
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const row = db
    .prepare('SELECT (SELECT max(id) FROM history_import), (SELECT count(*) FROM course_history), (SELECT max(id) FROM course_history)')
    .raw()
    .get() as [number | null, number, number | null];
  return [dataVersion, ...row].join(':');
}

function matchingVersion(db: Db, catalog: Catalog): string {
  const matches = db.prepare('SELECT course_key, catalog_number FROM history_course_match ORDER BY course_key').raw().all();
  const words = db.prepare('SELECT department_key, area FROM catalog_department ORDER BY department_key').raw().all();
  return JSON.stringify([[...catalog.courses.values()], matches, words]);
}

/**
 * Every student's transcript courses, as transcriptReader gives them, for students of these class
 * years; null for a student without course history.
 */
export function caseloadTranscripts(db: Db, catalog: Catalog, classYears: ReadonlyMap<string, number | null>): (studentNumber: string) => TranscriptCourse[] | null {
  const history = historyVersion(db);
  const matching = matchingVersion(db, catalog);
  let state = kept.get(db);
  if (!state || state.history !== history || state.matching !== matching) {
    const read = transcriptReader(db, catalog);
    const students = new Map<string, { classYear: number | null; courses: TranscriptCourse[] }>();
    for (const [studentNumber, rows] of readAllTranscriptRows(db)) {
      const classYear = classYears.get(studentNumber) ?? null;
      students.set(studentNumber, { classYear, courses: read(rows, classYear) });
    }
    state = { history, matching, students };
    kept.set(db, state);
  }
  const { students } = state;
  return (studentNumber) => {
    const known = students.get(studentNumber);
    if (!known) return null;
    const classYear = classYears.get(studentNumber) ?? null;
    if (known.classYear === classYear) return known.courses;
    // A class year edited since (rows without a grade level are placed by it): read this student again.
    const courses = transcriptReader(db, catalog)(readStudentHistory(db, studentNumber), classYear);
    students.set(studentNumber, { classYear, courses });
    return courses;
  };
}
