import type { Database as Db } from 'better-sqlite3';
import type { ConferenceFacts } from '../../../shared/domain/conference';

/**
 * Per student with any conference: how many were held this school year and the date of the most
 * recent one, in any year. "This school year" is the caller's `thisYear`: the window plan reviews
 * use (plans/school-year.ts `reviewWindowIn`: August–July, or from the day the counselor started
 * the year), so "reviewed this year" and "conference this year" never disagree. Students missing
 * from the map have had none. One grouped query, so the caseload and a report over 20,000
 * students pay one read (conference_by_student covers it).
 *
 * This is the function the caseload report "Conferences" (held by grade and counselor, students
 * with none this year) calls.
 */
export function conferenceFacts(db: Db, thisYear: { first: string; last: string }): Map<string, ConferenceFacts> {
  const { first, last } = thisYear;
  const rows = db
    .prepare(
      `SELECT student_number, max(held_on) AS last,
              sum(held_on BETWEEN ? AND ?) AS this_year
         FROM conference GROUP BY student_number`,
    )
    .raw()
    .all(first, last) as [string, string, number][];
  return new Map(rows.map(([student, lastHeld, thisYear]) => [student, { thisYear, last: lastHeld }]));
}
