import type { Database as Db } from 'better-sqlite3';
import type { Catalog } from '../../../shared/domain/catalog';
import type { TranscriptCourse } from '../history/attempts';
import { readStudentHistory, readTranscriptRowsOf, transcriptPages } from '../history/repository';
import { runInSlices } from '../jobs/slices';
import { transcriptReader } from './transcript-source';

/**
 * The caseload's transcripts, kept between calls while nothing they rest on has changed. A
 * school's 300,000 rows take over a second to read and put together; the caseload is asked for on
 * every visit to its page, and the history changes only when a file is imported.
 *
 * Kept under two versions. The history's: `data_version` moves when another connection (an
 * import's worker thread, the nightly command line) commits; the newest import, the row count
 * and the newest row id move when this connection writes history (every import logs itself in
 * history_import). What matching reads: the catalog, the counselor's remembered matches and the
 * credit-type words, compared whole (a few hundred small rows), so an edit applies at once.
 *
 * Built on the serving thread in slices (a page of students read, then put together, then a turn
 * for the event loop), so the first caseload after an import never holds a plan save for more than
 * a slice. Callers that arrive while a build runs share it. A build that an import overtook (the
 * history version moved while it ran) is not kept: the next call builds again.
 */
interface Kept {
  history: string;
  matching: string;
  /** Only the courses are kept, not the 300,000 rows they came from (a hundred megabytes in the window's process). */
  students: Map<string, { classYear: number | null; courses: TranscriptCourse[] }>;
}

const kept = new WeakMap<Db, Kept>();
const building = new WeakMap<Db, { history: string; matching: string; done: Promise<Kept> }>();

/** Students read per query: a page is a few milliseconds of reading, so slices stay near their budget. */
const PAGE = 25;

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

async function build(db: Db, catalog: Catalog, classYears: ReadonlyMap<string, number | null>, history: string, matching: string): Promise<Kept> {
  const read = transcriptReader(db, catalog);
  const students = new Map<string, { classYear: number | null; courses: TranscriptCourse[] }>();
  await runInSlices(transcriptPages(db, PAGE), ([first, last]) => {
    for (const [studentNumber, rows] of readTranscriptRowsOf(db, first, last)) {
      const classYear = classYears.get(studentNumber) ?? null;
      students.set(studentNumber, { classYear, courses: read(rows, classYear) });
    }
  });
  return { history, matching, students };
}

/** The kept transcripts, built (or the build under way joined) when what they rest on has changed. */
async function keptTranscripts(db: Db, catalog: Catalog, classYears: ReadonlyMap<string, number | null>): Promise<Kept> {
  const history = historyVersion(db);
  const matching = matchingVersion(db, catalog);
  const state = kept.get(db);
  if (state && state.history === history && state.matching === matching) return state;
  let under = building.get(db);
  if (!under || under.history !== history || under.matching !== matching) {
    const started = { history, matching, done: build(db, catalog, classYears, history, matching) };
    building.set(db, started);
    void started.done.then(
      (built) => {
        if (building.get(db) === started) building.delete(db);
        // An import that committed while the build read its pages may have left it half old, half new.
        if (historyVersion(db) === built.history) kept.set(db, built);
      },
      () => {
        if (building.get(db) === started) building.delete(db);
      },
    );
    under = started;
  }
  return under.done;
}

/**
 * Every student's transcript courses, as transcriptReader gives them, for students of these class
 * years; null for a student without course history.
 */
export async function caseloadTranscripts(
  db: Db,
  catalog: Catalog,
  classYears: ReadonlyMap<string, number | null>,
): Promise<(studentNumber: string) => TranscriptCourse[] | null> {
  // A build an import overtook may be half old, half new, and is not kept (the build's own
  // settlement, which runs before this await resumes, compared the versions): build again (twice at
  // most, so a store that an import keeps changing still answers; the next call then reads it whole).
  let built = await keptTranscripts(db, catalog, classYears);
  for (let again = 0; again < 2 && kept.get(db) !== built; again++) built = await keptTranscripts(db, catalog, classYears);
  const { students } = built;
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
