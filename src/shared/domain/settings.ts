import { z } from 'zod';
import { Paper, PrintLang, SchoolName } from './print';

/**
 * The school's settings (the Settings page, `counselor settings`). Each is what a printout uses when
 * the counselor does not choose otherwise at the moment of printing.
 */

/** Which language a plan prints in unless the counselor chooses: each family's own, or one for all. */
export const FamilyLanguageRule = z.union([z.literal('family'), PrintLang]);
export type FamilyLanguageRule = z.infer<typeof FamilyLanguageRule>;

export const FAMILY_LANGUAGE_RULE_LABELS: Record<FamilyLanguageRule, string> = {
  family: "Each family's language (Spanish for Spanish-speaking families), English otherwise",
  en: 'English for every family',
  es: 'Spanish for every family',
};

export const SchoolSettings = z.object({
  /** Printed on every plan; null: the school named on the most recent printout. */
  schoolName: SchoolName.nullable(),
  defaultPaper: Paper,
  familyLanguage: FamilyLanguageRule,
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
});
export type SettingsView = z.infer<typeof SettingsView>;
