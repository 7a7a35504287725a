import { foldForSearch } from '../text';
import { z } from 'zod';
import { IsoDate } from './common';
import { SchoolYearName } from './school-year';
import { Grade, StudentNumber } from './student';

/**
 * Printing plans: one for the family at the desk, or a stack for a conference evening. The PDF is
 * built from the plan view; each printed plan is kept as a snapshot so the family's copy can be
 * printed again exactly as they received it.
 */

/**
 * A printout language by its BCP 47 code in lower case: English and Spanish ship ('en', 'es'), a
 * school adds others from a label sheet ('hmn' for Hmong). A code of the right shape that is not
 * installed is refused where a print starts, in one sentence naming it (core/pdf/label-registry.ts).
 */
export const PrintLang = z
  .string()
  .max(12)
  .regex(/^[a-z]{2,3}(-[a-z]{2,8})?$/, 'a language code in lower case, such as "en", "es" or "hmn"');
export type PrintLang = string;

/** A printout language as the choices list it: its code and its name as rosters write it ("Hmong"). */
export const PrintLanguageChoice = z.object({
  code: PrintLang,
  name: z.string(),
  /** Other names a roster may write for it ("Hmoob" for Hmong), from its label sheet. */
  otherNames: z.array(z.string()).optional(),
});
export type PrintLanguageChoice = z.infer<typeof PrintLanguageChoice>;

/** The printout languages the application ships; a school adds others from label sheets. */
export const BUILT_IN_PRINT_LANGUAGES: readonly PrintLanguageChoice[] = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Spanish' },
];

/** Always landscape: the grid of areas × years needs the width. */
export const Paper = z.enum(['letter', 'a4']);
export type Paper = z.infer<typeof Paper>;

/** The school's name as the page header shows it; remembered from the last print that named one. */
export const SchoolName = z.string().trim().min(1).max(200);

/** What a printout depends on besides the plan itself: a reprint passes the same again. */
export const PrintOptions = z.object({
  lang: PrintLang,
  paper: Paper,
  school: SchoolName.nullable(),
  /** The date every page says it was printed. */
  printedOn: IsoDate,
});
export type PrintOptions = z.infer<typeof PrintOptions>;

/** Which students: a pasted list (kept in its order), a grade, one counselor's caseload, or everyone active. */
export const PrintSelection = z.union([
  z.object({ studentNumbers: z.array(StudentNumber).min(1).max(5000) }).strict(),
  z.object({ grade: Grade }).strict(),
  z.object({ counselor: z.string().trim().min(1).max(200) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type PrintSelection = z.infer<typeof PrintSelection>;

export const PrintMode = z.enum(['combined', 'separate']);
export type PrintMode = z.infer<typeof PrintMode>;

/** Language and paper left out: each student's plan in the family's language (Spanish or English), on Letter. */
const Choices = {
  lang: PrintLang.optional(),
  paper: Paper.optional(),
  school: SchoolName.optional(),
};

/**
 * What a print run prints: plans (left out), or course request sheets — one page per student with
 * the courses planned for a school year (next year's when left out), for schools that key requests
 * by hand, with lines for the student's and a guardian's signatures.
 */
export const PrintKind = z.enum(['plans', 'request_sheets']);
export type PrintKind = z.infer<typeof PrintKind>;

export const PrintRequest = z
  .object({ selection: PrintSelection, mode: PrintMode, ...Choices, kind: PrintKind.optional(), schoolYear: SchoolYearName.optional() })
  .strict();
export type PrintRequest = z.infer<typeof PrintRequest>;

export const PreviewRequest = z.object({ studentNumber: StudentNumber, ...Choices }).strict();
export type PreviewRequest = z.infer<typeof PreviewRequest>;

export const PrintedPdf = z.object({
  fileName: z.string(),
  base64: z.string(),
  pages: z.number().int().positive(),
});
export type PrintedPdf = z.infer<typeof PrintedPdf>;

/**
 * A page as it will print, for the on-screen preview: the same positions the PDF uses (points,
 * origin top left). Text runs carry their measured width so the screen can fit them exactly.
 */
export const PreviewOp = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    x: z.number(),
    baseline: z.number(),
    size: z.number(),
    bold: z.boolean(),
    gray: z.number(),
    runs: z.array(z.object({ text: z.string(), width: z.number(), font: z.string() })),
  }),
  z.object({ kind: z.literal('rule'), x1: z.number(), y1: z.number(), x2: z.number(), y2: z.number(), width: z.number(), gray: z.number() }),
  z.object({ kind: z.literal('fill'), x: z.number(), y: z.number(), w: z.number(), h: z.number(), gray: z.number() }),
]);
export type PreviewOp = z.infer<typeof PreviewOp>;

export const PreviewLayout = z.object({
  width: z.number(),
  height: z.number(),
  lang: PrintLang,
  paper: Paper,
  pages: z.array(z.object({ ops: z.array(PreviewOp) })),
});
export type PreviewLayout = z.infer<typeof PreviewLayout>;

/** A student a print or an export leaves out, and why in words a counselor acts on: never left out silently. */
export const SkippedStudent = z.object({
  studentNumber: StudentNumber,
  name: z.string(),
  reason: z.string(),
});
export type SkippedStudent = z.infer<typeof SkippedStudent>;

/** A finished print job: one file with every plan, or one file per student (request sheets: and who had none). */
export const PrintResult = z.discriminatedUnion('mode', [
  PrintedPdf.extend({ mode: z.literal('combined'), students: z.number().int(), skipped: z.array(SkippedStudent).optional() }),
  z.object({
    mode: z.literal('separate'),
    students: z.number().int(),
    files: z.array(PrintedPdf.extend({ studentNumber: StudentNumber })),
    skipped: z.array(SkippedStudent).optional(),
  }),
]);
export type PrintResult = z.infer<typeof PrintResult>;

export const PrintSnapshot = z.object({
  id: z.number().int(),
  studentNumber: StudentNumber,
  /** When it was printed (ISO 8601 instant); the PDF's creation date. */
  printedAt: z.string(),
  printedOn: IsoDate,
  lang: PrintLang,
  paper: Paper,
  school: SchoolName.nullable(),
  pages: z.number().int().positive(),
  /**
   * SHA-256 (hex) of what the family received: of the plan's own PDF for snapshots printed before
   * migration 19 (`hashOf: 'pdf'`), since then of what determines those bytes (`'layout'`: the
   * laid-out pages, the document info and the renderer; docs/ARCHITECTURE.md, "Print snapshots").
   */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  hashOf: z.enum(['pdf', 'layout']),
});
export type PrintSnapshot = z.infer<typeof PrintSnapshot>;

export const Reprint = PrintedPdf.extend({
  /** The reprint's hash, of the same kind as its snapshot's. */
  sha256: z.string(),
  /** The reprint is byte for byte the family's copy (its hash equals the snapshot's). */
  identical: z.boolean(),
  /** Why it is not identical, in one sentence a counselor can pass on; null when it is. */
  reason: z.string().nullable(),
});
export type Reprint = z.infer<typeof Reprint>;

const SPANISH = /^(spanish|espanol|castellano|es|spa)\b/;

/**
 * The language a plan prints in when none is chosen: Spanish when the first guardian prefers it
 * (as rosters write it: "Spanish", "Español", "es"); a language the school added when the
 * preference is its name, one of its other names or its code, case and accents aside ("hmong",
 * "Hmoob", "HMN"); else English. One rule
 * for the printout and for the plan editor, which says which it will be before anything is printed.
 */
export function familyLanguage(
  student: { guardians: readonly { preferredLanguage: string | null }[] },
  added: readonly PrintLanguageChoice[] = [],
): PrintLang {
  const preferred = student.guardians[0]?.preferredLanguage;
  const folded = preferred ? foldForSearch(preferred.trim()) : '';
  if (folded === '') return 'en';
  if (SPANISH.test(folded)) return 'es';
  const named = (name: string) => foldForSearch(name.trim()) === folded;
  return added.find((l) => l.code === folded || named(l.name) || (l.otherNames ?? []).some(named))?.code ?? 'en';
}
