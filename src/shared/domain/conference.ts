import { z } from 'zod';
import { IsoDate, OptionalText } from './common';
import { StudentNumber } from './student';

/**
 * A conference: a meeting with the family about the plan. Who attended is kept as written on the
 * day (the guardians' names, not references to roster rows), so a later roster never rewrites it.
 */

const Name = z.string().trim().min(1, 'a name').max(200);

/** Longer free text than OptionalText allows: what was said at a meeting. */
const Notes = z
  .string()
  .trim()
  .max(10_000)
  .nullable()
  .transform((s) => (s === '' ? null : s));

/** What the counselor writes down about one conference. */
export const ConferenceFields = z.object({
  heldOn: IsoDate,
  studentAttended: z.boolean(),
  /** The guardians who attended, by name as the roster listed them that day. */
  guardians: z.array(Name).max(10),
  /** Anyone else: an aunt, a case worker, a teacher. */
  others: OptionalText,
  /** The language the conference was held in (the student's home language unless changed). */
  language: OptionalText,
  interpreter: z.boolean(),
  interpreterName: OptionalText,
  notes: Notes,
  /** The printed plan the family took home (a print snapshot of this student). */
  printSnapshotId: z.number().int().positive().nullable(),
});
export type ConferenceFields = z.infer<typeof ConferenceFields>;

export const ConferenceId = z.number().int().positive();

export const Conference = ConferenceFields.extend({
  id: ConferenceId,
  studentNumber: StudentNumber,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Conference = z.infer<typeof Conference>;

export const NewConference = ConferenceFields.extend({ studentNumber: StudentNumber }).strict();
export type NewConference = z.infer<typeof NewConference>;

export const ConferenceChange = ConferenceFields.extend({ id: ConferenceId }).strict();
export type ConferenceChange = z.infer<typeof ConferenceChange>;

/** Per student: conferences held this school year and the date of the most recent one (any year). */
export interface ConferenceFacts {
  thisYear: number;
  last: string | null;
}
