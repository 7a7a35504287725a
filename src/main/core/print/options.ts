import type { Student } from '../../../shared/domain/student';
import { familyLanguage, type Paper, type PrintLang, type PrintOptions, type PrintSelection } from '../../../shared/domain/print';
import { withoutMarks } from '../../../shared/text';
import { addedLanguageChoices } from '../pdf/label-registry';

/**
 * The choices a printout depends on, and the names of the files it makes.
 */

export { familyLanguage };

export interface PrintChoices {
  lang?: PrintLang | undefined;
  paper?: Paper | undefined;
  school: string | null;
  printedOn: string;
}

export function optionsFor(student: Student, choices: PrintChoices): PrintOptions {
  return {
    lang: choices.lang ?? familyLanguage(student, addedLanguageChoices()),
    paper: choices.paper ?? 'letter',
    school: choices.school,
    printedOn: choices.printedOn,
  };
}

/** A name part safe in a file name on every system: ASCII letters and digits joined by dashes. */
function safePart(text: string | null): string {
  return withoutMarks(text ?? '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `Lastname-Firstname-#number.pdf`, ASCII-folded: "Nguyen-Thi-Anh-#004100.pdf". A name in a script
 * with no ASCII letters falls back to the preferred name ("Zihan-#100133.pdf"), else "student".
 */
export function planFileName(student: Pick<Student, 'lastName' | 'firstName' | 'preferredName' | 'studentNumber'>): string {
  const last = safePart(student.lastName);
  const first = safePart(student.firstName) || safePart(student.preferredName);
  const name = [last, first].filter(Boolean).join('-') || safePart(student.preferredName) || 'student';
  return `${name}-#${safePart(student.studentNumber) || 'unknown'}.pdf`;
}

/** The combined file for a batch: what it holds and when ("plans-grade-11-2026-11-22.pdf"). */
export function combinedFileName(selection: PrintSelection, printedOn: string): string {
  if ('grade' in selection) return `plans-grade-${selection.grade}-${printedOn}.pdf`;
  if ('counselor' in selection) return `plans-${safePart(selection.counselor) || 'counselor'}-${printedOn}.pdf`;
  if ('all' in selection) return `plans-all-${printedOn}.pdf`;
  return `plans-${printedOn}.pdf`;
}
