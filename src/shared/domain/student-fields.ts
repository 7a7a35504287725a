import type { Guardian, Student, StudentStatus } from './student';

/**
 * The student's fields as a counselor meets them, written once for every place that lists them:
 * the caseload table's columns, the roster import's fields, the caseload export's columns (which
 * the import must read back) and the command line's list. The shape itself is the schema in
 * student.ts; this is how its fields are named and how many guardians travel in a file.
 */

/** How a field is named to a counselor, in a column header or a sentence. */
export const STUDENT_FIELD_LABELS = {
  studentNumber: 'Student number',
  firstName: 'First name',
  middleName: 'Middle name',
  lastName: 'Last name',
  preferredName: 'Preferred name',
  grade: 'Grade',
  classYear: 'Class year',
  dateOfBirth: 'Birth date',
  email: 'Email',
  counselor: 'Counselor',
  homeroom: 'Homeroom',
  homeLanguage: 'Home language',
} as const satisfies Partial<Record<keyof Student, string>>;

/** A student's own fields, in the order they are listed and compared (the key first). */
export type StudentFieldName = keyof typeof STUDENT_FIELD_LABELS;
export const STUDENT_FIELDS = Object.keys(STUDENT_FIELD_LABELS) as StudentFieldName[];

/** How a student's roster status reads in a list or a file ("not in latest roster"). */
export const STUDENT_STATUS_TEXT: Record<StudentStatus, string> = {
  active: 'active',
  not_in_latest_roster: 'not in latest roster',
  graduated: 'graduated',
};

/** Guardians a roster file and a caseload export carry per student, each in these parts. */
export const GUARDIANS_PER_FILE = 2;
export const GUARDIAN_PARTS = ['Name', 'Relationship', 'Email', 'Phone', 'Language'] as const;
export type GuardianPart = (typeof GUARDIAN_PARTS)[number];

/** The guardian field each part holds. */
export const GUARDIAN_PART_FIELDS: Record<GuardianPart, keyof Guardian> = {
  Name: 'name',
  Relationship: 'relationship',
  Email: 'email',
  Phone: 'phone',
  Language: 'preferredLanguage',
};
