import type { Student } from '../../../shared/domain/student';
import type { HandField, StudentDetails } from '../../../shared/domain/student-details';

/** The student form's values: text as typed, checked by the core as a roster row is. */
export type GuardianDraft = { name: string; relationship: string; email: string; phone: string; preferredLanguage: string };
export type Draft = Record<Exclude<HandField, 'guardians'>, string> & { studentNumber: string; guardians: GuardianDraft[] };

/** In the form's order: the first of these with a problem takes focus. */
export const TEXT_FIELDS: readonly { field: Exclude<HandField, 'guardians'>; label: string; numeric?: boolean }[] = [
  { field: 'firstName', label: 'First name' },
  { field: 'middleName', label: 'Middle name' },
  { field: 'lastName', label: 'Last name' },
  { field: 'preferredName', label: 'Preferred name' },
  { field: 'grade', label: 'Grade', numeric: true },
  { field: 'classYear', label: 'Class year', numeric: true },
  { field: 'dateOfBirth', label: 'Date of birth' },
  { field: 'email', label: 'Student email' },
  { field: 'counselor', label: 'Counselor' },
  { field: 'homeroom', label: 'Homeroom' },
  { field: 'homeLanguage', label: 'Home language' },
];

export const emptyGuardian = (): GuardianDraft => ({ name: '', relationship: '', email: '', phone: '', preferredLanguage: '' });

const text = (v: string | number | null) => (v === null ? '' : String(v));

export function draftOf(s: Student | null): Draft {
  const blank = Object.fromEntries(TEXT_FIELDS.map((f) => [f.field, ''])) as Record<Exclude<HandField, 'guardians'>, string>;
  if (!s) return { ...blank, studentNumber: '', guardians: [] };
  const fields = Object.fromEntries(TEXT_FIELDS.map((f) => [f.field, text(s[f.field])])) as Record<Exclude<HandField, 'guardians'>, string>;
  return {
    ...fields,
    studentNumber: s.studentNumber,
    guardians: s.guardians.map((g) => ({ name: g.name, relationship: text(g.relationship), email: text(g.email), phone: text(g.phone), preferredLanguage: text(g.preferredLanguage) })),
  };
}

/** What the core is sent: every field (an edit saves only those that differ); blank is "none". */
export function detailsOf(d: Draft): StudentDetails {
  const details: StudentDetails = Object.fromEntries(TEXT_FIELDS.map((f) => [f.field, d[f.field].trim() === '' ? null : d[f.field]]));
  details.guardians = d.guardians.map((g) => ({ ...g }));
  return details;
}
