import { z } from 'zod';
import { OptionalText } from './common';
import { Student, StudentNumber } from './student';

/**
 * A student's details as a counselor types them (issue 13, "Records by hand"). Loose on purpose:
 * the core checks them exactly as it checks a roster row (core/student-records/form-cells.ts), so
 * a hand-typed grade of "9th" gets the sentence an imported one would. The limits here only keep
 * out what no form sends.
 */
const Typed = z.string().max(1000).nullable();
const TypedNumber = z.union([z.number(), z.string().max(20)]).nullable();

export const TypedGuardian = z
  .object({ name: Typed, relationship: Typed, email: Typed, phone: Typed, preferredLanguage: Typed })
  .partial()
  .strict();
export type TypedGuardian = z.infer<typeof TypedGuardian>;

export const StudentDetails = z
  .object({
    firstName: Typed,
    middleName: Typed,
    lastName: Typed,
    preferredName: Typed,
    grade: TypedNumber,
    classYear: TypedNumber,
    dateOfBirth: Typed,
    email: Typed,
    counselor: Typed,
    homeroom: Typed,
    homeLanguage: Typed,
    // A roster row carries two guardians; a form cannot hold more than the import could.
    guardians: z.array(TypedGuardian).max(2, 'at most two parents/guardians'),
  })
  .partial()
  .strict();
export type StudentDetails = z.infer<typeof StudentDetails>;

/** The fields a counselor may enter by hand: each is marked (migration 17) when entered. */
export const HAND_FIELDS = [
  'firstName', 'middleName', 'lastName', 'preferredName', 'grade', 'classYear', 'dateOfBirth', 'email', 'counselor', 'homeroom', 'homeLanguage', 'guardians',
] as const;
export type HandField = (typeof HAND_FIELDS)[number];

export const AddStudentInput = z.object({ studentNumber: z.string().max(100), details: StudentDetails }).strict();
export const UpdateStudentInput = z.object({ studentNumber: StudentNumber, changes: StudentDetails }).strict();
export const ReassignInput = z
  .object({ studentNumbers: z.array(StudentNumber).min(1, 'at least one student').max(20_000), counselor: OptionalText })
  .strict();

/** What a hand change did: the student as saved, and the fields it changed (none: nothing was saved). */
export const StudentChange = z.object({ student: Student, changed: z.array(z.enum(HAND_FIELDS)) });
export type StudentChange = z.infer<typeof StudentChange>;

export const ReassignResult = z.object({
  changed: z.array(z.object({ studentNumber: StudentNumber, from: z.string().nullable(), to: z.string().nullable() })),
  unchanged: z.array(StudentNumber),
});
export type ReassignResult = z.infer<typeof ReassignResult>;

/** Taking back a reassignment: each student goes back to `from` if still with `to` (what students.reassign answered). */
export const UndoReassignInput = z.object({ changes: ReassignResult.shape.changed.min(1).max(20_000) }).strict();

/** One reason a typed value is refused, tied to the field the form shows it next to. */
export interface DetailProblem {
  field: HandField | 'studentNumber';
  reason: string;
}
