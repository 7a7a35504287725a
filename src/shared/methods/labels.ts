import { z } from 'zod';
import { PrintLang } from '../domain/print';
import { UploadedFile } from '../domain/roster';
import { method } from './define';

/**
 * Printout languages a school adds without a programmer (issue 14): download the label sheet, have
 * it translated, import it; remove one added. The installed list comes with `settings.get`.
 */
export const LabelSheet = z.object({ fileName: z.string(), base64: z.string() });

export const LabelImportResult = z.object({
  code: PrintLang,
  name: z.string(),
  labels: z.number().int(),
  /** The installed language the sheet replaces and how many labels it changes; null: a new language. */
  replaces: z.object({ name: z.string(), changed: z.number().int() }).nullable(),
  /** False: the language is installed and `replace` was not given; nothing was stored. */
  saved: z.boolean(),
});
export type LabelImportResult = z.infer<typeof LabelImportResult>;

export const labelMethods = {
  'labels.sheet': method(
    z.object({ from: PrintLang.optional() }).strict(),
    LabelSheet,
    'The label sheet (.xlsx) to translate: blank, or started from an installed language.',
  ),
  'labels.import': method(
    UploadedFile.extend({ replace: z.boolean().optional() }).strict(),
    LabelImportResult,
    'Add a printout language from a translated label sheet; one already installed is replaced only with replace.',
  ),
  'labels.remove': method(z.object({ code: PrintLang }).strict(), z.object({ code: z.string(), name: z.string() }), 'Remove a printout language added from a label sheet.'),
} as const;
