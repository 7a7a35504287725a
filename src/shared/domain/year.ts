import { z } from 'zod';
import { IsoDate } from './common';

/**
 * Year-end: "Start school year 2027-28". School years are written as counselors and transcripts
 * write them ("2027-28"); the store keeps the ending year (2028).
 */
import { SchoolYearName as SchoolYearText } from './school-year';

export { SchoolYearText };
export { schoolYearEndOf } from './school-year';

/** "2027-28" for the school year ending in 2028 (the transcripts' way of writing it). */
export { schoolYearText } from './history';

const Count = z.number().int().nonnegative();

/** What starting a school year changes, counted: shown before it happens, and recorded after. */
export const YearStartCounts = z.object({
  /** Active students whose class year has passed: marked graduated. */
  graduated: Count,
  /** Active students who stay: grade + 1. */
  gradesAdvanced: Count,
  /** Plans shown "reviewed" that show "complete" once the new year starts. */
  reviewsReset: Count,
});
export type YearStartCounts = z.infer<typeof YearStartCounts>;

/** Whether a start would change anything: a late start after a roster that listed everyone has nothing to do, and is not offered. */
export function changesAnything(counts: YearStartCounts): boolean {
  return counts.graduated + counts.gradesAdvanced + counts.reviewsReset > 0;
}

export const YearStartPreview = z.object({
  schoolYear: z.string(),
  /** Class years ≤ this one graduate. */
  graduatingClassYear: z.number().int(),
  counts: YearStartCounts,
  /** Graduating students by class year, and advancing students by grade: the bulk change in parts. */
  graduatingByClassYear: z.array(z.object({ classYear: z.number().int(), students: Count })),
  advancingByGrade: z.array(z.object({ from: z.number().int(), to: z.number().int(), students: Count })),
  /** August 1 of the school year: a roster imported since then already gives its grades. */
  listedSince: IsoDate,
  /** Active students such a roster lists (or added since): their grade and status are left as they are. */
  keptAsListed: Count,
  /** Of the graduates, those "not in latest roster" only because the rosters since August 1 no longer list them. */
  graduatingNotInRoster: Count,
});
export type YearStartPreview = z.infer<typeof YearStartPreview>;

export const YearStartRecord = z.object({
  id: z.number().int(),
  schoolYear: z.string(),
  startedAt: z.string(),
  startedOn: IsoDate,
  backupPath: z.string().nullable(),
  counts: YearStartCounts,
});
export type YearStartRecord = z.infer<typeof YearStartRecord>;

export const YearStatus = z.object({
  /** The school year now: the calendar's (August–July), or a later one the counselor started. */
  currentSchoolYear: z.string(),
  /** The start that can be undone or was last made (null before any). */
  lastStart: YearStartRecord.extend({
    /** Null when undo is allowed; otherwise the sentence saying why not. */
    undoRefusal: z.string().nullable(),
  }).nullable(),
  /**
   * The calendar's school year when it was never started here (started late, in October, say), with
   * what starting it would change; null once it (or a later one) was started.
   */
  lateStart: YearStartPreview.nullable(),
  /** The school year that can be started next, with what starting it would change. */
  next: YearStartPreview.extend({
    /** Null when it can be started; otherwise the sentence saying why not. */
    startRefusal: z.string().nullable(),
  }),
});
export type YearStatus = z.infer<typeof YearStatus>;

export const YearStartRequest = z
  .object({
    schoolYear: SchoolYearText,
    /** Count what would change, write nothing. */
    dryRun: z.boolean().optional(),
  })
  .strict();

export const YearStartResult = z.object({
  dryRun: z.boolean(),
  preview: YearStartPreview,
  /** The start as recorded; null on a dry run. */
  started: YearStartRecord.nullable(),
});
export type YearStartResult = z.infer<typeof YearStartResult>;

export const YearUndoResult = z.object({
  schoolYear: z.string(),
  undoneAt: z.string(),
  /** The workstation's backup taken before the undo; null on the department server, whose backups are the district's (docs/ARCHITECTURE.md, "Two stores"). */
  backupPath: z.string().nullable(),
  /** What was put back: students graduated → their status before, grades back, reviews counted again. */
  restored: YearStartCounts,
});
export type YearUndoResult = z.infer<typeof YearUndoResult>;

export const YearReactivateRequest = z.object({ studentNumber: z.string().trim().min(1).max(32) }).strict();

/** A graduate made active again (did not finish: a fifth-year senior), as recorded. */
export const YearReactivateResult = z.object({
  studentNumber: z.string(),
  status: z.literal('active'),
  classYear: z.number().int().nullable(),
  /** The start that had marked the student graduated. */
  graduatedBy: z.object({ schoolYear: z.string(), startedOn: IsoDate }),
  reactivatedAt: z.string(),
});
export type YearReactivateResult = z.infer<typeof YearReactivateResult>;
