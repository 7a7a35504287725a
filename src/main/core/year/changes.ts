import type { Database as Db } from 'better-sqlite3';
import { localIsoDate } from '../../../shared/domain/common';
import type { YearStartCounts, YearStartPreview } from '../../../shared/domain/year';
import { schoolYearText } from '../../../shared/domain/year';
import { runInSlices } from '../jobs/slices';
import { planSummaries } from '../plans/caseload-status';
import { reviewWindow, type ReviewWindow } from '../plans/status';

/** Exactly what starting a school year changes, student by student: what the start writes and records. */
export interface YearStartChanges {
  /** The ending year of the school year being started (2028 for 2027-28). */
  schoolYear: number;
  graduate: { studentNumber: string; classYear: number; statusBefore: 'active' | 'not_in_latest_roster' }[];
  advance: { studentNumber: string; from: number; to: number }[];
  reviewsReset: { studentNumber: string; lastReviewed: string }[];
  /** Students a roster imported since the year's August 1 lists (or added since): left as they are. */
  keptAsListed: number;
}

/** One student as a start judges them (the same columns on both stores: STUDENT_PAGE_SQL). */
export interface YearStudentRow {
  student_number: string;
  grade: number | null;
  class_year: number | null;
  status: string;
  created_at: string;
  roster_listed_at: string | null;
  last_reviewed: string | null;
  reactivated: number;
}

/** What every student's part of one start is judged against, read once. */
export interface Judge {
  schoolYear: number;
  /** The instant the school year begins by the calendar (local midnight, August 1), as ISO 8601. */
  since: string;
  /** The last roster import before then: the roster that closed the year that ended. */
  lastListingBefore: string | null;
  window: ReviewWindow;
  reviewedNow: ReadonlySet<string>;
}

/** The judge on the workstation: the last roster import before August 1 read from the file. */
function judge(db: Db, schoolYear: number, now: Date, reviewedNow: ReadonlySet<string>): Judge {
  const lastListingBefore = db.prepare('SELECT max(imported_at) FROM roster_import WHERE imported_at < ?').pluck().get(augustFirst(schoolYear)) as string | null;
  return judgeOf(schoolYear, now, lastListingBefore, reviewedNow);
}

/** The instant school year `schoolYear` (ending year) begins by the calendar: local midnight, August 1, as ISO 8601. */
export function augustFirst(schoolYear: number): string {
  return new Date(schoolYear - 1, 7, 1).toISOString();
}

/** The judge from what each store reads: `lastListingBefore` is the last roster import before August 1 (both stores ask it the same way). */
export function judgeOf(schoolYear: number, now: Date, lastListingBefore: string | null, reviewedNow: ReadonlySet<string>): Judge {
  const window = reviewWindow(now, { schoolYear, startedOn: localIsoDate(now) });
  return { schoolYear, since: augustFirst(schoolYear), lastListingBefore, window, reviewedNow };
}

/**
 * The rules of a start of school year `schoolYear` (ending year) on `now`, early (in June) or late
 * (in October) alike; docs/ARCHITECTURE.md "Year-end" says why:
 * - a student a roster imported since August 1 of the year lists, or added since, already carries
 *   the year's grade and status: left as they are (a late start never moves a grade twice);
 * - otherwise a student whose class year is the year that ended or earlier graduates when active,
 *   or when "not in latest roster" only because the rosters since August 1 no longer list them (the
 *   last roster before August 1 did). One who left during the year, or was made active again after
 *   graduating in a start of this same year (then undone), is left alone;
 * - every other active student below grade 12 moves up one grade;
 * - a plan shown "reviewed" now whose review falls before the new year's window shows "complete"
 *   (plans/status.ts reviewWindow, asked both ways; a late start resets none: the calendar already has).
 *
 * One student's part of a start, added to `changes`; both stores ask it (year/year-reads-as.ts).
 */
export function addStudent(changes: YearStartChanges, s: YearStudentRow, j: Judge): void {
  if (s.status === 'graduated') {
    // A graduate's part was settled by an earlier start; only their review is still read below.
  } else if ((s.roster_listed_at ?? '') >= j.since || s.created_at >= j.since) {
    if (s.status === 'active') changes.keptAsListed++;
  } else if (s.class_year !== null && s.class_year <= j.schoolYear - 1 && s.reactivated === 0) {
    if (s.status === 'active') changes.graduate.push({ studentNumber: s.student_number, classYear: s.class_year, statusBefore: 'active' });
    else if (j.lastListingBefore !== null && s.roster_listed_at === j.lastListingBefore)
      changes.graduate.push({ studentNumber: s.student_number, classYear: s.class_year, statusBefore: 'not_in_latest_roster' });
  } else if (s.status === 'active' && s.grade !== null && s.grade < 12) {
    changes.advance.push({ studentNumber: s.student_number, from: s.grade, to: s.grade + 1 });
  }
  const reviewed = s.last_reviewed;
  if (reviewed !== null && j.reviewedNow.has(s.student_number) && (reviewed < j.window.first || reviewed > j.window.last)) {
    changes.reviewsReset.push({ studentNumber: s.student_number, lastReviewed: reviewed });
  }
}

/** Students read per query: a page is a few milliseconds, and the serving thread gets a turn after each. */
export const PAGE = 500;

/**
 * A page of students after a student number, with what the start reads of each; the same SQL on
 * both stores (the reactivation as 0 or 1: PostgreSQL's EXISTS is a boolean, SQLite's a number).
 * Parameters: the school year, then the last student number of the page before.
 */
export const STUDENT_PAGE_SQL = `SELECT s.student_number, s.grade, s.class_year, s.status, s.created_at, s.roster_listed_at, p.last_reviewed,
            CASE WHEN EXISTS (SELECT 1 FROM student_reactivation r WHERE r.student_number = s.student_number AND r.school_year = ?) THEN 1 ELSE 0 END AS reactivated
       FROM student s LEFT JOIN plan p ON p.student_number = s.student_number
      WHERE s.student_number > ? ORDER BY s.student_number LIMIT ${PAGE}`;

/** The students in pages of `PAGE`, by student number; each page is read whole when asked for, so no statement stays open across a yield. */
function* studentPages(db: Db, schoolYear: number): Generator<YearStudentRow[]> {
  const page = db.prepare(STUDENT_PAGE_SQL);
  let after = '';
  for (;;) {
    const rows = page.all(schoolYear, after) as YearStudentRow[];
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.student_number;
  }
}

export const none = (schoolYear: number): YearStartChanges => ({ schoolYear, graduate: [], advance: [], reviewsReset: [], keptAsListed: 0 });

/**
 * The changes at once, for the start's own write transaction (synchronous: under the write lock
 * another window may have changed students since the preview). Which plans show "reviewed" now
 * (`reviewedPlans`: it needs every plan's requirements, built in slices) is asked before.
 */
export function yearStartChanges(db: Db, schoolYear: number, now: Date, reviewedNow: ReadonlySet<string>): YearStartChanges {
  const j = judge(db, schoolYear, now, reviewedNow);
  const changes = none(schoolYear);
  for (const rows of studentPages(db, schoolYear)) for (const s of rows) addStudent(changes, s, j);
  return changes;
}

/**
 * The same changes for a preview (the School year page, a dry run), on the serving thread: a page
 * of students at a time, with a turn for the event loop after each (budget 0), so a plan save made
 * while 20,000 students are counted waits for one page, not for all of them.
 */
export async function yearStartChangesInSlices(db: Db, schoolYear: number, now: Date, reviewedNow: ReadonlySet<string>): Promise<YearStartChanges> {
  const j = judge(db, schoolYear, now, reviewedNow);
  const changes = none(schoolYear);
  await runInSlices(studentPages(db, schoolYear), (rows) => {
    for (const s of rows) addStudent(changes, s, j);
  }, 0);
  return changes;
}

/** The students whose plans the caseload shows "reviewed" on `now`. */
export async function reviewedPlans(db: Db, now: Date): Promise<Set<string>> {
  const reviewed = new Set<string>();
  for (const [studentNumber, summary] of await planSummaries(db, now)) if (summary.planStatus === 'reviewed') reviewed.add(studentNumber);
  return reviewed;
}

export function countsOf(changes: YearStartChanges): YearStartCounts {
  return { graduated: changes.graduate.length, gradesAdvanced: changes.advance.length, reviewsReset: changes.reviewsReset.length };
}

/** The bulk change as the counselor sees it before confirming: counts, graduates by class year, moves by grade, who is left as listed. */
export function previewOf(changes: YearStartChanges): YearStartPreview {
  const byClass = new Map<number, number>();
  for (const g of changes.graduate) byClass.set(g.classYear, (byClass.get(g.classYear) ?? 0) + 1);
  const byGrade = new Map<number, number>();
  for (const a of changes.advance) byGrade.set(a.from, (byGrade.get(a.from) ?? 0) + 1);
  return {
    schoolYear: schoolYearText(changes.schoolYear),
    graduatingClassYear: changes.schoolYear - 1,
    counts: countsOf(changes),
    graduatingByClassYear: [...byClass].sort((a, b) => a[0] - b[0]).map(([classYear, students]) => ({ classYear, students })),
    advancingByGrade: [...byGrade].sort((a, b) => a[0] - b[0]).map(([from, students]) => ({ from, to: from + 1, students })),
    listedSince: `${changes.schoolYear - 1}-08-01`,
    keptAsListed: changes.keptAsListed,
    graduatingNotInRoster: changes.graduate.filter((g) => g.statusBefore === 'not_in_latest_roster').length,
  };
}
