import { z } from 'zod';
import { IsoDate, OptionalText } from './common';

/**
 * Student numbers are text: `000123` stays `000123`. Systems use digits, letters and dashes;
 * whitespace around them is an artefact of the export.
 */
export const StudentNumber = z
  .string()
  .trim()
  .min(1, 'a student number')
  .max(32, 'a student number of at most 32 characters');

/** Grades a high-school counselor's caseload can hold (ILPs start in grade 6–8 in some states). */
export const MIN_GRADE = 6;
export const MAX_GRADE = 12;
export const Grade = z.number().int().min(MIN_GRADE).max(MAX_GRADE);
/** Graduation years a student record can hold. */
export const MIN_CLASS_YEAR = 1990;
export const MAX_CLASS_YEAR = 2100;
export const ClassYear = z.number().int().min(MIN_CLASS_YEAR).max(MAX_CLASS_YEAR);

/**
 * active: in the caseload; not_in_latest_roster: the last whole roster did not list them (kept);
 * graduated: their class year passed when the counselor started a new school year (kept,
 * read-only, out of the active caseload, still printed and exported).
 */
export const StudentStatus = z.enum(['active', 'not_in_latest_roster', 'graduated']);
export type StudentStatus = z.infer<typeof StudentStatus>;

/** none → started → complete → reviewed (this school year). Derived from the plan, never typed in. */
/** In order, each step past the one before (core/plans/status.ts): a plan with an open warning is not complete. */
export const PlanStatus = z.enum(['none', 'started', 'complete_with_warnings', 'complete', 'reviewed']);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const Guardian = z.object({
  name: z.string().trim().min(1).max(200),
  relationship: OptionalText,
  email: OptionalText,
  phone: OptionalText,
  preferredLanguage: OptionalText,
});
export type Guardian = z.infer<typeof Guardian>;

export const Student = z.object({
  studentNumber: StudentNumber,
  firstName: z.string().trim().min(1).max(200),
  middleName: OptionalText,
  lastName: z.string().trim().min(1).max(200),
  preferredName: OptionalText,
  grade: Grade.nullable(),
  classYear: ClassYear.nullable(),
  dateOfBirth: IsoDate.nullable(),
  email: OptionalText,
  counselor: OptionalText,
  homeroom: OptionalText,
  homeLanguage: OptionalText,
  guardians: z.array(Guardian),
  status: StudentStatus,
});
export type Student = z.infer<typeof Student>;
/** What a caller hands in: optional fields may be left out. */
export type StudentInput = z.input<typeof Student>;

/**
 * A student as the department's directory lists them: who they are and whose caseload, without
 * the plan's status (the caseload row adds that).
 */
export const DirectoryRow = Student.pick({
  studentNumber: true,
  firstName: true,
  middleName: true,
  lastName: true,
  preferredName: true,
  grade: true,
  classYear: true,
  counselor: true,
  homeroom: true,
  status: true,
});
export type DirectoryRow = z.infer<typeof DirectoryRow>;

/** One caseload row: what the caseload table shows and filters on. */
export const CaseloadRow = DirectoryRow.extend({
  planStatus: PlanStatus,
  clusterCode: z.string().nullable(),
  /** Credits earned on the transcript (grades 9–12); null before any course history. */
  creditsEarned: z.number().nullable(),
  onTrack: z.enum(['on_track', 'off_track', 'unknown']),
  /** The most recent conference with the family, in any year; null before the first. */
  lastConference: IsoDate.nullable(),
  /** Conferences held this school year (August–July); the caseload filters "no conference this year" on it. */
  conferencesThisYear: z.number().int().min(0),
});
export type CaseloadRow = z.infer<typeof CaseloadRow>;
