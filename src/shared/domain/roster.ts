import { z } from 'zod';

/** A file travelling from the renderer (or the command line) to the core: bytes as base64 in JSON. */
export const UploadedFile = z.object({
  fileName: z.string().min(1).max(260),
  base64: z.string().max(280 * 1024 * 1024, 'a file of at most 200 MB'),
});

/** What the counselor chose on the mapping screen: field → header text ('' or null = not imported). */
export const MappingChoice = z.record(z.string(), z.string().nullable());

/**
 * An import marks at most this share of the active caseload, or this many students, whichever is
 * larger, "not in latest roster" without asking: a file from the wrong school, term or counselor
 * would otherwise flip a caseload in one click. Beyond it the counselor confirms (the preview's
 * checkbox, `--allow-absent` on the command line).
 */
export const ABSENT_WITHOUT_ASKING = { share: 0.1, students: 25 } as const;

/** How many students an import may mark absent without asking, for a caseload of `active` students. */
export function absentLimit(active: number): number {
  return Math.max(Math.floor(active * ABSENT_WITHOUT_ASKING.share), ABSENT_WITHOUT_ASKING.students);
}

/** The rule in words, for the preview and the command line. */
export function absentRuleText(): string {
  return `${Math.round(ABSENT_WITHOUT_ASKING.share * 100)}% of the active caseload or ${ABSENT_WITHOUT_ASKING.students} students, whichever is larger`;
}

/** One student the file lists under a new number: `from` in the store becomes `to`, keeping plan and history. */
export const Renumbering = z.object({ from: z.string().min(1).max(32), to: z.string().min(1).max(32) }).strict();
export type Renumbering = z.infer<typeof Renumbering>;

export const RosterRequest = UploadedFile.extend({
  sheet: z.string().optional(),
  mapping: MappingChoice.optional(),
  /** false for a partial roster (one grade, one counselor): nobody is marked "not in latest roster". */
  markAbsent: z.boolean().default(true),
  /** The counselor confirmed marking more students absent than `absentLimit` allows without asking. */
  allowAbsent: z.boolean().optional(),
  /**
   * "Same student, new number" pairs the counselor accepted, or 'all' (the command line's
   * --renumber). Only pairs the import finds again, inside its transaction, are applied.
   */
  renumber: z.union([z.literal('all'), z.array(Renumbering).max(100_000)]).optional(),
  /** Take the roster's value where a counselor entered another by hand (migration 17); left out, the hand value stays. */
  takeRosterValues: z.boolean().optional(),
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
  /** Rows listing a graduated student, left as they are (absent from reports logged before graduation existed). */
  keptGraduated: z.number().int().optional(),
  rejected: z.number().int(),
});

export const RosterColumn = z.object({
  index: z.number().int(),
  letter: z.string(),
  header: z.string(),
  samples: z.array(z.string()),
  field: z.string().nullable(),
});

/** A row whose new student number may belong to a student the store has under another number. */
export const SameStudent = z.object({
  row: z.number().int(),
  /** The number in the file. */
  studentNumber: z.string(),
  /** The number the store has the student under. */
  previousNumber: z.string(),
  name: z.string(),
  /** What matched besides the name. */
  matchedOn: z.enum(['dateOfBirth', 'grade']),
  previousStatus: z.enum(['active', 'not_in_latest_roster']),
});
export type SameStudent = z.infer<typeof SameStudent>;

/** "Entered by hand: X; roster says: Y" for one field of one student. */
export const HandEnteredValue = z.object({
  row: z.number().int(),
  studentNumber: z.string(),
  name: z.string(),
  field: z.string(),
  label: z.string(),
  hand: Value,
  roster: Value,
  taken: z.boolean(),
});
export type HandEnteredValue = z.infer<typeof HandEnteredValue>;

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
  /** Rows listing a graduated student: the record stays graduated and unchanged. */
  keptGraduated: z.array(z.object({ row: z.number().int(), studentNumber: z.string(), name: z.string() })),
  rejected: z.array(RejectedRow),
  listsCapped: z.boolean(),
  /** Set when no row can be imported: the sentence says so, and there is nothing to import. */
  nothingToImport: z.string().nullable(),
  /** Active students in the store now, and how many of them an import may mark absent without asking. */
  activeStudents: z.number().int(),
  absentLimit: z.number().int(),
  /** "Same student, new number?" pairs, for the counselor to accept or keep separate. */
  sameStudent: z.array(SameStudent),
  /** Values a counselor entered by hand that the roster gives otherwise: kept unless `taken` (the request's takeRosterValues). */
  handEntered: z.array(HandEnteredValue),
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
  /** Students given their new number (plan and history kept). Absent from reports logged before it existed. */
  renumbered: z.array(SameStudent).optional(),
  /** Pairs that looked like the same student but were kept separate. */
  keptSeparate: z.array(SameStudent).optional(),
  /**
   * The students the import added, changed or marked "not in latest roster", by name (each list
   * capped as the preview's are; the counts are whole). Absent from reports logged before it existed.
   */
  students: z
    .object({
      added: z.array(z.object({ studentNumber: z.string(), name: z.string() })),
      changed: z.array(z.object({ studentNumber: z.string(), name: z.string(), fields: z.array(z.string()) })),
      absent: z.array(z.object({ studentNumber: z.string(), name: z.string() })),
    })
    .optional(),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ExportedFile = z.object({ fileName: z.string(), base64: z.string(), count: z.number().int() });
