import { z } from 'zod';
import { PrintSelection, SkippedStudent } from './print';
import { SchoolYearName } from './school-year';
import { StudentNumber } from './student';

export { SchoolYearName, schoolYearEndOf } from './school-year';
export { SkippedStudent } from './print';

/**
 * Course requests back to the student information system: each student's planned courses for a
 * school year (next year's, in the winter), with alternates, in the columns the SIS imports.
 */

/**
 * Whose requests: listed students (kept in their order), a grade as it is now, one counselor's
 * caseload, or everyone active. A list may be a whole filtered caseload, so it may be longer than
 * a print run's.
 */
export const RequestSelection = z.union([
  z.object({ studentNumbers: z.array(StudentNumber).min(1).max(50_000) }).strict(),
  ...PrintSelection.options.slice(1),
]);
export type RequestSelection = z.infer<typeof RequestSelection>;

export const REQUEST_PRESETS = ['powerschool', 'skyward', 'aeries', 'generic'] as const;
export const RequestPreset = z.enum(REQUEST_PRESETS);
export type RequestPreset = z.infer<typeof RequestPreset>;

export const REQUEST_PRESET_LABELS: Record<RequestPreset, string> = {
  powerschool: 'PowerSchool (schedule requests)',
  skyward: 'Skyward (student course requests)',
  aeries: 'Aeries-style (course requests)',
  generic: 'Generic (every column, plain headers)',
};

export const RequestFormat = z.enum(['csv', 'xlsx']);
export type RequestFormat = z.infer<typeof RequestFormat>;

export const RequestExport = z
  .object({
    schoolYear: SchoolYearName,
    selection: RequestSelection,
    preset: RequestPreset.default('generic'),
    format: RequestFormat.default('csv'),
  })
  .strict();
export type RequestExport = z.infer<typeof RequestExport>;
export type RequestExportInput = z.input<typeof RequestExport>;

export const RequestExportResult = z.object({
  fileName: z.string(),
  base64: z.string(),
  schoolYear: z.string(),
  preset: RequestPreset,
  /** Students with at least one request in the file. */
  students: z.number().int(),
  /** Rows in the file: first choices and alternates. */
  requests: z.number().int(),
  alternates: z.number().int(),
  skipped: z.array(SkippedStudent),
});
export type RequestExportResult = z.infer<typeof RequestExportResult>;
