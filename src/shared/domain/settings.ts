import { z } from 'zod';
import { FrameworkEdition, FrameworkYear, FrameworkYears } from './framework-choice';
import { Paper, PrintLang, PrintLanguageChoice, SchoolName } from './print';

/**
 * The school's settings (the Settings page, `counselor settings`). Each is what a printout uses when
 * the counselor does not choose otherwise at the moment of printing.
 */

/** Which language a plan prints in unless the counselor chooses: each family's own, or one for all. */
export const FamilyLanguageRule = z.union([z.literal('family'), PrintLang]);
export type FamilyLanguageRule = z.infer<typeof FamilyLanguageRule>;

/** The rule in words, for the settings page and `counselor settings`: a language by the name the school gave it. */
export function familyLanguageRuleLabel(rule: FamilyLanguageRule, languages: readonly PrintLanguageChoice[]): string {
  if (rule === 'family') {
    const others = languages.filter((l) => l.code !== 'en' && l.code !== 'es').map((l) => l.name);
    const which = others.length === 0 ? 'Spanish for Spanish-speaking families' : `Spanish, ${others.join(', ')} for families who speak one of them`;
    return `Each family's language (${which}), English otherwise`;
  }
  return `${languages.find((l) => l.code === rule)?.name ?? rule} for every family`;
}

/** A printout language as Settings lists it: the shipped ones, then those added from label sheets. */
export const InstalledLanguage = PrintLanguageChoice.extend({
  builtIn: z.boolean(),
  addedAt: z.string().nullable(),
  addedBy: z.string().nullable(),
});
export type InstalledLanguage = z.infer<typeof InstalledLanguage>;

export const SchoolSettings = z.object({
  /** Printed on every plan; null: the school named on the most recent printout. */
  schoolName: SchoolName.nullable(),
  defaultPaper: Paper,
  familyLanguage: FamilyLanguageRule,
  /**
   * The framework new plans use, per school year (framework-choice.ts editionForYear reads it).
   * Left out of a save, the list stays as it is (callers from before it existed send none).
   */
  frameworkYears: FrameworkYears.optional(),
});
export type SchoolSettings = z.infer<typeof SchoolSettings>;

/** A counselor named in the caseload (the roster's counselor column), with how many active students. */
export const CaseloadCounselor = z.object({ name: z.string(), students: z.number().int() });
export type CaseloadCounselor = z.infer<typeof CaseloadCounselor>;

export const SettingsView = SchoolSettings.extend({
  /** When and by whom the settings were last saved; null: never. */
  changedAt: z.string().nullable(),
  changedBy: z.string().nullable(),
  /** The school name a printout uses now: the setting, else the most recent printout's. */
  printedSchoolName: z.string().nullable(),
  counselors: z.array(CaseloadCounselor),
  /** The printout languages, English and Spanish first: the print choices and the family-language rule list them. */
  languages: z.array(InstalledLanguage),
  frameworkYears: z.array(FrameworkYear),
  /** The school year today falls in (its end) and the framework a plan made today starts on. */
  newPlans: z.object({ schoolYear: z.number().int(), edition: FrameworkEdition }),
});
export type SettingsView = z.infer<typeof SettingsView>;
