import { z } from 'zod';
import { SubjectArea } from './catalog';
import { MappingChoice, RejectedRow, RosterColumn, RosterField, UploadedFile } from './roster';

/**
 * Course history: what a student has actually taken, from the student information system's
 * transcript export (PowerSchool StoredGrades, Infinite Campus, WISEdata, Skyward, Xello, Naviance,
 * SchooLinks, a hand-kept sheet). The file's rows are kept as the file writes them; the plan view
 * lays them over the counselor's plan (core/history/, core/plans/resolve.ts).
 */

/**
 * What one row (or one course, once its rows are put together) came to. A failed or withdrawn
 * course earns no credit; `incomplete` (I) earns none until it is replaced; `in_progress` is a
 * course under way (progress grades only, Xello's GradeMark 0, no grade yet).
 */
export const HISTORY_RESULTS = ['passed', 'failed', 'withdrawn', 'incomplete', 'in_progress'] as const;
export const HistoryResult = z.enum(HISTORY_RESULTS);
export type HistoryResult = z.infer<typeof HistoryResult>;

/**
 * A course history file and the counselor's choices: the column mapping (field → header text),
 * and credit types as the file writes them → subject area ("ENG" → english). Both are remembered
 * by an import, so next term's export from the same system maps itself.
 */
export const HistoryRequest = UploadedFile.extend({
  sheet: z.string().trim().min(1).max(100).optional(),
  mapping: MappingChoice.optional(),
  creditTypes: z.record(z.string().trim().min(1).max(100), SubjectArea).optional(),
}).strict();
export type HistoryRequest = z.input<typeof HistoryRequest>;

export const HistoryCounts = z.object({
  /** Students the file has accepted rows for. */
  students: z.number().int(),
  /** Transcript rows new to the store, changed (a corrected grade), and as the store has them. */
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Rows the store has for a student and school year the file covers, that the file no longer lists: kept, flagged. */
  missing: z.number().int(),
  /** Rows refused (one row may have several reasons in `rejected`). */
  rejected: z.number().int(),
});
export type HistoryCounts = z.infer<typeof HistoryCounts>;

/** A course the catalog does not know by number, state or SCED code, title, or a remembered match. */
export const UnmatchedCourse = z.object({
  courseNumber: z.string(),
  title: z.string(),
  /** How many students have it. */
  students: z.number().int(),
  creditType: z.string().nullable(),
  /** Where its credits count meanwhile: the credit type's area, or elective. */
  area: SubjectArea,
});
export type UnmatchedCourse = z.infer<typeof UnmatchedCourse>;

/** One credit type the file names, and the area its courses count toward when the catalog does not know them. */
export const CreditTypeMapping = z.object({
  creditType: z.string(),
  rows: z.number().int(),
  /** null: not mapped; such courses count as electives until the counselor chooses. */
  area: SubjectArea.nullable(),
  source: z.enum(['chosen', 'remembered', 'automatic', 'unmapped']),
});
export type CreditTypeMapping = z.infer<typeof CreditTypeMapping>;

const Value = z.union([z.string(), z.number(), z.null()]);

/** A transcript row the store has that this file changes (a corrected grade, credits). */
export const HistoryChange = z.object({
  row: z.number().int(),
  studentNumber: z.string(),
  name: z.string(),
  courseNumber: z.string(),
  title: z.string(),
  /** "2024-25", or null when the file gives only the grade level. */
  schoolYear: z.string().nullable(),
  term: z.string(),
  changes: z.array(z.object({ field: z.string(), label: z.string(), before: Value, after: Value })),
});
export type HistoryChange = z.infer<typeof HistoryChange>;

export const MissingHistoryRow = z.object({
  studentNumber: z.string(),
  name: z.string(),
  courseNumber: z.string(),
  title: z.string(),
  schoolYear: z.string().nullable(),
  term: z.string(),
});

/** What a preview shows before anything is written. Lists are capped; counts are whole. */
export const HistoryPreview = z.object({
  fileName: z.string(),
  sheetName: z.string().nullable(),
  headerRow: z.number().int(),
  columns: z.array(RosterColumn),
  fields: z.array(RosterField),
  mappingRemembered: z.boolean(),
  /** Set when the chosen columns cannot produce a transcript row: fix the mapping, then check again. */
  mappingProblem: z.string().nullable(),
  counts: HistoryCounts,
  changed: z.array(HistoryChange),
  missing: z.array(MissingHistoryRow),
  rejected: z.array(RejectedRow),
  unmatched: z.array(UnmatchedCourse),
  creditTypes: z.array(CreditTypeMapping),
  listsCapped: z.boolean(),
  /** Set when nothing can be imported (no row matches a student of this school): the sentence says why. */
  nothingToImport: z.string().nullable(),
});
export type HistoryPreview = z.infer<typeof HistoryPreview>;

/** What an import did; kept in the store's history import log. */
export const HistoryImportReport = z.object({
  importId: z.number().int(),
  fileName: z.string(),
  importedAt: z.string(),
  backupPath: z.string().nullable(),
  counts: HistoryCounts,
  rejected: z.array(RejectedRow),
  unmatched: z.array(UnmatchedCourse),
});
export type HistoryImportReport = z.infer<typeof HistoryImportReport>;

/** A counselor's match of a course the catalog does not know to a catalog course (null forgets it). */
export const CourseMatchRequest = z
  .object({
    courseNumber: z.string().trim().max(64),
    title: z.string().trim().max(300),
    catalogNumber: z.string().trim().min(1).max(32).nullable(),
  })
  .strict();
export type CourseMatchRequest = z.infer<typeof CourseMatchRequest>;

/** "2024-25" for the school year ending in June 2025, as transcripts write it. */
export function schoolYearText(endYear: number): string {
  return `${endYear - 1}-${String(endYear % 100).padStart(2, '0')}`;
}
