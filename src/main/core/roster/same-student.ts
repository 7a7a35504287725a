import type { SameStudent } from '../../../shared/domain/roster';
import type { Student } from '../../../shared/domain/student';
import { commandLineHint } from '../../../shared/errors';
import { foldForSearch } from '../../../shared/text';
import type { RosterRow } from './diff';
import { displayName } from '../spreadsheet/table';

/**
 * Students the file lists under numbers the store does not have, found by name: a roster keyed on
 * another ID column (Skyward's "Other ID", a state ID) and a student who comes back under a new
 * number look alike to a diff by number, which would add them as new students and mark the
 * students they are "not in latest roster".
 */

/** First and last name, folded for case, accents and punctuation: "PEÑA, José" and "Pena, Jose" are one key. */
export function nameKey(student: Pick<Student, 'firstName' | 'lastName'>): string {
  const fold = (text: string) => foldForSearch(text).replace(/[^\p{L}\p{N}]/gu, '');
  return `${fold(student.firstName)}|${fold(student.lastName)}`;
}

/** Store students the file does not list, by name key: the only ones a row could be under another number. */
function unlistedByName(current: ReadonlyMap<string, Student>, listed: ReadonlySet<string>): Map<string, Student[]> {
  const byName = new Map<string, Student[]>();
  for (const s of current.values()) {
    // A graduated student's record is read-only (core/year): never renumbered by a roster.
    if (listed.has(s.studentNumber) || s.status === 'graduated') continue;
    const key = nameKey(s);
    byName.set(key, [...(byName.get(key) ?? []), s]);
  }
  return byName;
}

/**
 * At least this many names must match under other numbers before a file is called wrongly keyed:
 * a handful of namesakes turns up in any district (and in the sample school, which borrows
 * common names), and single students under new numbers are offered one by one instead.
 */
export const MIN_NAME_MATCHES = 5;

/**
 * "Few numbers match, many names do": fewer than half of the file's numbers are in the store,
 * more names than numbers match students under other numbers, and those are at least a fifth of
 * the smaller of file and caseload. A first import into an empty store is never questioned.
 */
export function numberColumnProblem(
  rows: readonly RosterRow[],
  current: ReadonlyMap<string, Student>,
  listed: ReadonlySet<string>,
  fileName: string,
): string | null {
  if (current.size === 0 || rows.length === 0) return null;
  const byName = unlistedByName(current, listed);
  let matched = 0;
  let named = 0;
  for (const { student } of rows) {
    if (current.has(student.studentNumber)) matched++;
    else if (byName.has(nameKey(student))) named++;
  }
  const few = matched * 2 < rows.length;
  const many = named >= MIN_NAME_MATCHES && named > matched && named * 5 >= Math.min(rows.length, current.size);
  if (!few || !many) return null;
  const numbers = `${matched.toLocaleString('en-US')} of ${rows.length.toLocaleString('en-US')} student ${rows.length === 1 ? 'number' : 'numbers'}`;
  return (
    `${displayName(fileName)}: Only ${numbers} in this file ${matched === 1 ? 'is' : 'are'} in your caseload, ` +
    `but ${named.toLocaleString('en-US')} names match students you have under other numbers: ` +
    `choose the column that holds your student numbers${commandLineHint('--map studentNumber=<header>')}.`
  );
}

/** Name plus birth date when both sides have one (different dates: different people), else name plus grade. */
function matchedOn(existing: Student, incoming: Student): SameStudent['matchedOn'] | null {
  if (existing.dateOfBirth !== null && incoming.dateOfBirth !== null) {
    return existing.dateOfBirth === incoming.dateOfBirth ? 'dateOfBirth' : null;
  }
  if (existing.grade !== null && incoming.grade !== null && existing.grade === incoming.grade) return 'grade';
  return null;
}

/**
 * Rows with a new number whose name and birth date (or grade) match exactly one store student
 * the file no longer lists, and no other row: offered as "same student, new number?". Anything
 * ambiguous (two Maria Garcias) is left as it is, a new student and an absent one.
 */
export function findSameStudents(
  rows: readonly RosterRow[],
  current: ReadonlyMap<string, Student>,
  listed: ReadonlySet<string>,
): SameStudent[] {
  const byName = unlistedByName(current, listed);
  if (byName.size === 0) return [];
  const found: SameStudent[] = [];
  const claims = new Map<string, number>();
  for (const { rowNumber, student } of rows) {
    if (current.has(student.studentNumber)) continue;
    const hits = (byName.get(nameKey(student)) ?? [])
      .map((existing) => ({ existing, on: matchedOn(existing, student) }))
      .filter((h): h is { existing: Student; on: SameStudent['matchedOn'] } => h.on !== null);
    if (hits.length !== 1) continue;
    const { existing, on } = hits[0]!;
    claims.set(existing.studentNumber, (claims.get(existing.studentNumber) ?? 0) + 1);
    found.push({
      row: rowNumber,
      studentNumber: student.studentNumber,
      previousNumber: existing.studentNumber,
      name: `${existing.lastName}, ${existing.firstName}`,
      matchedOn: on,
      // Graduated students are never offered (unlistedByName): the status is active or not in the latest roster.
      previousStatus: existing.status === 'graduated' ? 'not_in_latest_roster' : existing.status,
    });
  }
  return found.filter((pair) => claims.get(pair.previousNumber) === 1);
}
