import { absentLimit, absentRuleText, type RosterRequest, type SameStudent } from '../../../shared/domain/roster';
import type { Student } from '../../../shared/domain/student';
import { commandLineHint, CounselorError } from '../../../shared/errors';
import { diffSteps, runToEnd, type RosterDiff } from './diff';
import { ROSTER_FIELDS } from './fields';
import type { GuardianColumn } from './guardians-merge';
import { studentFieldsCovered } from './mapping';
import type { RosterReading } from './read-roster';
import { findSameStudents, numberColumnProblem } from './same-student';
import { displayName } from '../spreadsheet/table';

/**
 * A checked roster against the caseload as it is: the difference, and what must stop an import
 * before it writes. Pure (the students are passed in), so the preview runs it on the store as it
 * was and the import runs it again inside its write transaction on the store as it is.
 */
export interface Comparison {
  diff: RosterDiff;
  /** Set when no row can be imported: nothing may be written, not even absent marks. */
  nothingToImport: string | null;
  /** Set when the student-number column looks like another ID (few numbers match, many names do). */
  numberColumnProblem: string | null;
  sameStudent: SameStudent[];
  /** The "same student" pairs this import applies (the request's choice among `sameStudent`). */
  renumbered: SameStudent[];
  activeStudents: number;
  absentLimit: number;
}

export interface CompareChoices {
  markAbsent: boolean;
  renumber?: RosterRequest['renumber'];
  /** The fields of each student entered by hand, and whether the roster's values replace them. */
  handEntered?: ReadonlyMap<string, ReadonlySet<string>>;
  takeRosterValues?: boolean;
}

export function nothingToImportSentence(fileName: string): string {
  return (
    `Every row of ${displayName(fileName)} was rejected, so there is nothing to import: nothing was written and no ` +
    'student was marked "not in latest roster"; fix the rejected rows (or choose the right columns) and import again.'
  );
}

export function compareWithCaseload(reading: RosterReading, students: readonly Student[], choices: CompareChoices): Comparison {
  return runToEnd(compareSteps(reading, students, choices));
}

/** compareWithCaseload with pauses (diff.ts diffSteps), for a caller that must give its thread a turn. */
export function* compareSteps(reading: RosterReading, students: readonly Student[], choices: CompareChoices): Generator<void, Comparison> {
  const current = new Map(students.map((s) => [s.studentNumber, s]));
  const listed = new Set<string>(reading.rejectedStudentNumbers);
  for (const row of reading.rows) listed.add(row.student.studentNumber);
  const problem = numberColumnProblem(reading.rows, current, listed, reading.fileName);
  const sameStudent = problem ? [] : findSameStudents(reading.rows, current, listed);
  const renumbered = chosen(sameStudent, choices.renumber);
  // The accepted pairs are compared under their new number: the row updates that student, whose
  // hand-entered marks follow the number too (as the store's foreign key moves them).
  const handEntered = new Map(choices.handEntered ?? []);
  for (const pair of renumbered) {
    const student = current.get(pair.previousNumber)!;
    current.delete(pair.previousNumber);
    current.set(pair.studentNumber, { ...student, studentNumber: pair.studentNumber });
    const marks = handEntered.get(pair.previousNumber);
    handEntered.delete(pair.previousNumber);
    if (marks) handEntered.set(pair.studentNumber, marks);
  }
  const diff = yield* diffSteps(current, reading.rows, {
    presentFields: studentFieldsCovered(reading.mapping),
    guardianColumns: new Set(
      ROSTER_FIELDS.filter((f): f is GuardianColumn => f.startsWith('guardian') && reading.mapping.columns[f] !== undefined),
    ),
    rejectedNumbers: new Set(reading.rejectedStudentNumbers),
    // A file with no accepted row imports nothing, so it marks nobody either (and the preview says so).
    markAbsent: choices.markAbsent && reading.rows.length > 0,
    handEntered,
    takeRosterValues: choices.takeRosterValues === true,
  });
  const activeStudents = students.filter((s) => s.status === 'active').length;
  return {
    diff,
    nothingToImport: reading.rows.length === 0 ? nothingToImportSentence(reading.fileName) : null,
    numberColumnProblem: problem,
    sameStudent,
    renumbered,
    activeStudents,
    absentLimit: absentLimit(activeStudents),
  };
}

function chosen(pairs: readonly SameStudent[], choice: RosterRequest['renumber']): SameStudent[] {
  if (choice === undefined) return [];
  if (choice === 'all') return [...pairs];
  const accepted = new Set(choice.map((c) => `${c.from}\u0000${c.to}`));
  return pairs.filter((p) => accepted.has(`${p.previousNumber}\u0000${p.studentNumber}`));
}

/** Throws the sentence that stops an import before it writes, if any. */
export function refuseIfUnsafe(comparison: Comparison, fileName: string, allowAbsent: boolean): void {
  if (comparison.nothingToImport) throw new CounselorError('invalid_input', comparison.nothingToImport);
  if (comparison.numberColumnProblem) throw new CounselorError('invalid_input', comparison.numberColumnProblem);
  const absent = comparison.diff.absent.length;
  if (absent > comparison.absentLimit && !allowAbsent) {
    throw new CounselorError(
      'conflict',
      `Importing ${displayName(fileName)} would mark ${absent.toLocaleString('en-US')} of your ` +
        `${comparison.activeStudents.toLocaleString('en-US')} active students "not in latest roster", more than the ` +
        `${comparison.absentLimit.toLocaleString('en-US')} an import marks without asking (${absentRuleText()}): ` +
        `check that the file is the whole roster and confirm, or import it as a partial roster${commandLineHint('--allow-absent to confirm, --partial for a partial roster')}.`,
      { absent, limit: comparison.absentLimit },
    );
  }
}
