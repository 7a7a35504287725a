import { MAX_GRADE, MIN_GRADE, type Guardian, type Student } from '../../../shared/domain/student';
import type { GuardianPart } from '../../../shared/domain/student-fields';
import { parseBirthDate } from './dates';
import { FIELD_LABELS, type RosterField } from './fields';
import { EXCEL_SHORTENED_REASON, isExcelShortened } from './excel-shortened';
import { splitName } from './names';
import { cleanText, classYearForGrade, gradeForClassYear, parseClassYear, parseEmail, parseGrade, schoolYearEnd } from './values';

/** One reason a row cannot be imported, tied to the column the counselor should look at. */
export interface Problem {
  column: string;
  value: string;
  reason: string;
}

/** The cells of one data row, by field. */
export interface RowCells {
  get(field: RosterField): string;
  has(field: RosterField): boolean;
  /** The header text of the field's column, for messages. */
  column(field: RosterField): string;
}

const NAME_MAX = 200;
const TEXT_MAX = 500;

class RowProblems {
  readonly list: Problem[] = [];
  constructor(private readonly cells: RowCells) {}

  add(field: RosterField, reason: string, value = this.cells.get(field)): void {
    this.list.push({ column: this.cells.column(field), value, reason });
  }

  /** Text within the store's limits, or a problem; blank is null. */
  text(field: RosterField, max = TEXT_MAX, value: string | null = cleanText(this.cells.get(field))): string | null {
    if (value !== null && value.length > max) {
      this.add(field, `${FIELD_LABELS[field]} is ${value.length.toLocaleString('en-US')} characters long; at most ${max} fit.`);
      return null;
    }
    return value;
  }
}

function names(cells: RowCells, problems: RowProblems) {
  let first = cleanText(cells.get('firstName'));
  let last = cleanText(cells.get('lastName'));
  let middle = cleanText(cells.get('middleName'));
  const full = cleanText(cells.get('fullName'));
  if ((first === null || last === null) && full !== null) {
    const split = splitName(full, middle);
    if (!split) {
      problems.add('fullName', `Student name "${full}" does not have both a last and a first name; write it as "Last, First".`);
      return null;
    }
    first ??= split.firstName;
    last ??= split.lastName;
    middle ??= split.middleName;
  }
  const nameField = (part: 'firstName' | 'lastName'): RosterField => (cells.has(part) || !cells.has('fullName') ? part : 'fullName');
  if (first === null) problems.add(nameField('firstName'), 'This row has no first name.');
  if (last === null) problems.add(nameField('lastName'), 'This row has no last name.');
  if (first === null || last === null) return null;
  return {
    firstName: problems.text('firstName', NAME_MAX, first),
    lastName: problems.text('lastName', NAME_MAX, last),
    middleName: problems.text('middleName', TEXT_MAX, middle),
  };
}

/** A missing grade comes from the class year and the other way round; a derived grade must still be 6–12. */
function gradeAndClassYear(cells: RowCells, problems: RowProblems, today: string) {
  const grade = parseGrade(cells.get('grade'));
  const classYear = parseClassYear(cells.get('classYear'));
  if (!grade.ok) problems.add('grade', grade.reason);
  if (!classYear.ok) problems.add('classYear', classYear.reason);
  if (!grade.ok || !classYear.ok) return { grade: null, classYear: null };
  if (grade.value === null && classYear.value !== null) {
    const derived = gradeForClassYear(classYear.value, today);
    if (derived < MIN_GRADE || derived > MAX_GRADE) {
      const end = schoolYearEnd(today);
      problems.add('classYear', `Class year ${classYear.value} is not a class in grades ${MIN_GRADE}–${MAX_GRADE} during the ${end - 1}–${String(end).slice(2)} school year.`);
      return { grade: null, classYear: null };
    }
    return { grade: derived, classYear: classYear.value };
  }
  if (classYear.value === null && grade.value !== null) {
    return { grade: grade.value, classYear: classYearForGrade(grade.value, today) };
  }
  return { grade: grade.value, classYear: classYear.value };
}

function email(field: RosterField, cells: RowCells, problems: RowProblems): string | null {
  const parsed = parseEmail(cells.get(field), FIELD_LABELS[field]);
  if (!parsed.ok) {
    problems.add(field, parsed.reason);
    return null;
  }
  return problems.text(field, TEXT_MAX, parsed.value);
}

/**
 * A guardian with contact details but no name keeps the details under a label, because the
 * store needs a name and dropping a parent's email would lose data the file holds.
 */
function guardians(cells: RowCells, problems: RowProblems): Guardian[] {
  const result: Guardian[] = [];
  for (const n of [1, 2] as const) {
    const field = (part: GuardianPart) => `guardian${n}${part}` as const;
    const guardian: Guardian = {
      name: problems.text(field('Name'), NAME_MAX) ?? '',
      relationship: problems.text(field('Relationship')),
      email: email(field('Email'), cells, problems),
      phone: problems.text(field('Phone')),
      preferredLanguage: problems.text(field('Language')),
    };
    const hasDetails = guardian.relationship !== null || guardian.email !== null || guardian.phone !== null;
    if (guardian.name === '' && !hasDetails) continue;
    if (guardian.name === '') guardian.name = n === 1 ? 'Parent/guardian' : 'Second parent/guardian';
    result.push(guardian);
  }
  return result;
}

/** One data row to a validated student, or the problems that keep it out. */
export function buildStudent(cells: RowCells, today: string): { student: Student | null; problems: Problem[] } {
  const problems = new RowProblems(cells);
  const studentNumber = cleanText(cells.get('studentNumber'));
  if (studentNumber === null) problems.add('studentNumber', 'This row has no student number.');
  else if (isExcelShortened(studentNumber)) problems.add('studentNumber', EXCEL_SHORTENED_REASON);
  else if (studentNumber.length > 32) problems.add('studentNumber', `Student number "${studentNumber.slice(0, 40)}" is longer than 32 characters; check that the right column holds student numbers.`);
  const name = names(cells, problems);
  const { grade, classYear } = gradeAndClassYear(cells, problems, today);
  const dob = parseBirthDate(cells.get('dateOfBirth'), today);
  if (!dob.ok) problems.add('dateOfBirth', dob.reason);
  const student: Student = {
    studentNumber: studentNumber ?? '',
    firstName: name?.firstName ?? '',
    middleName: name?.middleName ?? null,
    lastName: name?.lastName ?? '',
    preferredName: problems.text('preferredName', NAME_MAX),
    grade,
    classYear,
    dateOfBirth: dob.ok ? dob.value : null,
    email: email('email', cells, problems),
    counselor: problems.text('counselor'),
    homeroom: problems.text('homeroom'),
    homeLanguage: problems.text('homeLanguage'),
    guardians: guardians(cells, problems),
    status: 'active' as const,
  };
  // The checks above are the Student schema's own limits, so no zod pass runs here: at ~5 µs a
  // row it was a third of the time for 20,000 rows. tests/unit/roster/student-row.test.ts holds
  // the two in step, and the diff parses each student once more before anything is written.
  return problems.list.length > 0 ? { student: null, problems: problems.list } : { student, problems: [] };
}
