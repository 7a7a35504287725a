import type { Database as Db } from 'better-sqlite3';
import type { Catalog } from '../../../shared/domain/catalog';
import type { TranscriptCourse } from '../history/attempts';
import { readAllTranscriptRows } from '../history/repository';
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
  students: Map<string, { classYear: number | null; courses: TranscriptCourse[] }>;
  rows: ReturnType<typeof readAllTranscriptRows>;
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

/** Every student's transcript courses, as transcriptReader gives them: students without history are not in the map. */
export function caseloadTranscripts(db: Db, catalog: Catalog): (studentNumber: string, classYear: number | null) => TranscriptCourse[] | null {
  const history = historyVersion(db);
  const matching = matchingVersion(db, catalog);
  let state = kept.get(db);
  if (!state || state.history !== history) {
    state = { history, matching, students: new Map(), rows: readAllTranscriptRows(db) };
    kept.set(db, state);
  } else if (state.matching !== matching) {
    state = { ...state, matching, students: new Map() };
    kept.set(db, state);
  }
  const { rows, students } = state;
  let read: ReturnType<typeof transcriptReader> | null = null;
  return (studentNumber, classYear) => {
    const records = rows.get(studentNumber);
    if (!records) return null;
    const known = students.get(studentNumber);
    if (known && known.classYear === classYear) return known.courses;
    read ??= transcriptReader(db, catalog);
    const courses = read(records, classYear);
    students.set(studentNumber, { classYear, courses });
    return courses;
  };
}
