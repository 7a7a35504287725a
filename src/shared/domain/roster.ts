import { z } from 'zod';

/** A file travelling from the renderer (or the command line) to the core: bytes as base64 in JSON. */
export const UploadedFile = z.object({
  fileName: z.string().min(1).max(260),
  base64: z.string().max(280 * 1024 * 1024, 'a file of at most 200 MB'),
});

/** What the counselor chose on the mapping screen: field → header text ('' or null = not imported). */
export const MappingChoice = z.record(z.string(), z.string().nullable());

export const RosterRequest = UploadedFile.extend({
  sheet: z.string().optional(),
  mapping: MappingChoice.optional(),
  /** false for a partial roster (one grade, one counselor): nobody is marked "not in latest roster". */
  markAbsent: z.boolean().default(true),
}).strict();
export type RosterRequest = z.input<typeof RosterRequest>;

export const RejectedRow = z.object({
  row: z.number().int(),
  column: z.string(),
  value: z.string(),
  reason: z.string(),
});
export type RejectedRow = z.infer<typeof RejectedRow>;

const Value = z.union([z.string(), z.number(), z.null()]);

export const RosterChange = z.object({
  row: z.number().int(),
  studentNumber: z.string(),
  name: z.string(),
  /**
   * Both first and last name differ from the store: the number may have been typed wrong or
   * reused for another student. The import still applies it; the preview asks for a look.
   */
  differentPerson: z.boolean(),
  changes: z.array(z.object({ field: z.string(), label: z.string(), before: Value, after: Value })),
});

export const RosterCounts = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  absent: z.number().int(),
  rejected: z.number().int(),
});

export const RosterColumn = z.object({
  index: z.number().int(),
  letter: z.string(),
  header: z.string(),
  samples: z.array(z.string()),
  field: z.string().nullable(),
});

export const RosterField = z.object({ field: z.string(), label: z.string(), required: z.boolean() });

/** What the preview shows before anything is written. Lists are capped; counts are whole. */
export const RosterPreview = z.object({
  fileName: z.string(),
  sheetName: z.string().nullable(),
  headerRow: z.number().int(),
  columns: z.array(RosterColumn),
  fields: z.array(RosterField),
  mappingRemembered: z.boolean(),
  /** Set when the chosen columns cannot produce a student (no student number or no name): fix the mapping, then check again. */
  mappingProblem: z.string().nullable(),
  counts: RosterCounts,
  added: z.array(z.object({ row: z.number().int(), studentNumber: z.string(), name: z.string() })),
  changed: z.array(RosterChange),
  absent: z.array(z.object({ studentNumber: z.string(), name: z.string() })),
  rejected: z.array(RejectedRow),
  listsCapped: z.boolean(),
});
export type RosterPreview = z.infer<typeof RosterPreview>;

/** What an import did; kept in the store's import log. */
export const ImportReport = z.object({
  importId: z.number().int(),
  fileName: z.string(),
  importedAt: z.string(),
  backupPath: z.string().nullable(),
  counts: RosterCounts,
  rejected: z.array(RejectedRow),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ExportedFile = z.object({ fileName: z.string(), base64: z.string(), count: z.number().int() });
