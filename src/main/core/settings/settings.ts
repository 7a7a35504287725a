import type { Database as Db } from 'better-sqlite3';
import { BUILT_IN_PRINT_LANGUAGES, type Paper, type PrintLang } from '../../../shared/domain/print';
import { FamilyLanguageRule, SchoolSettings, type CaseloadCounselor, type InstalledLanguage, type SettingsView } from '../../../shared/domain/settings';
import { CounselorError } from '../../../shared/errors';
import { installStoreLanguages, listLanguages } from '../labels/store';
import { requireLanguage } from '../pdf/label-registry';
import { writeTransaction } from '../store/transaction';
import { editionForYear, type FrameworkYear } from '../../../shared/domain/framework-choice';
import { schoolYearEnd } from '../../../shared/domain/school-year';
import { frameworkYears, saveFrameworkYears } from '../plans/framework-year';

export interface SettingsRow {
  school_name: string | null;
  default_paper: string;
  family_language: string;
  changed_at: string | null;
  changed_by: string | null;
}

function readRow(db: Db): SettingsRow {
  const row = db.prepare('SELECT school_name, default_paper, family_language, changed_at, changed_by FROM school_settings WHERE id = 1').get() as
    | SettingsRow
    | undefined;
  if (!row) throw settingsRowLost();
  return row;
}

/** Migration 16 makes the row and nothing removes it; a store where it is gone was changed by hand. */
export function settingsRowLost(): CounselorError {
  return new CounselorError('store_damaged', "The store has lost its school settings row; restore a backup from the Backups page.");
}

/** The codes of the printout languages the store has, shipped and added. */
function installedCodes(db: Db): string[] {
  return listLanguages(db).map((l) => l.code);
}

/** The school's settings as stored. */
export function readSettings(db: Db): SchoolSettings {
  return settingsOf(readRow(db), installedCodes(db));
}

/**
 * A family-language code no installed language has (an added one since removed, or one this version
 * cannot print) reads as 'family'. `installed`: the store's printout languages' codes (the shipped
 * ones where the store keeps no added ones, as the department server's does not yet).
 */
export function settingsOf(row: SettingsRow, installed: readonly string[] = BUILT_IN_PRINT_LANGUAGES.map((l) => l.code)): SchoolSettings {
  const rule = FamilyLanguageRule.safeParse(row.family_language);
  const usable = rule.success && (rule.data === 'family' || installed.includes(rule.data));
  return {
    schoolName: row.school_name,
    defaultPaper: row.default_paper === 'a4' ? 'a4' : 'letter',
    familyLanguage: rule.success && usable ? rule.data : 'family',
  };
}

/** The settings page's view: the settings, who last saved them, and the counselors in the caseload. */
export function settingsView(db: Db, today: Date = new Date()): SettingsView {
  const counselors = db
    .prepare(
      `SELECT counselor AS name, count(*) AS students FROM student
        WHERE status = 'active' AND counselor IS NOT NULL AND trim(counselor) <> ''
        GROUP BY counselor ORDER BY counselor COLLATE NOCASE`,
    )
    .all() as { name: string; students: number }[];
  return settingsViewOf(readRow(db), listLanguages(db), counselors, () => lastSchool(db), { years: frameworkYears(db), today });
}

/**
 * The view from what either store read (settings-reads.ts is the department server's): the one
 * place the page's fields are put together. `lastSchool` is read only when the setting is unset.
 */
export function settingsViewOf(
  row: SettingsRow,
  languages: InstalledLanguage[],
  counselors: CaseloadCounselor[],
  lastSchool: () => string | null,
  frameworks: { years: FrameworkYear[]; today: Date },
): SettingsView {
  const settings = settingsOf(row, languages.map((l) => l.code));
  const schoolYear = schoolYearEnd(frameworks.today);
  return {
    ...settings,
    changedAt: row.changed_at,
    changedBy: row.changed_by,
    printedSchoolName: settings.schoolName ?? lastSchool(),
    counselors,
    languages,
    frameworkYears: frameworks.years,
    newPlans: { schoolYear, edition: editionForYear(frameworks.years, schoolYear) },
  };
}

export function saveSettings(db: Db, input: SchoolSettings, now: Date = new Date(), by: string | null = null): SettingsView {
  const settings = SchoolSettings.parse(input);
  if (settings.familyLanguage !== 'family') {
    installStoreLanguages(db);
    requireLanguage(settings.familyLanguage);
  }
  writeTransaction(db, () => {
    db.prepare(
      `UPDATE school_settings SET school_name = @schoolName, default_paper = @defaultPaper, family_language = @familyLanguage,
              changed_at = @at, changed_by = @by WHERE id = 1`,
    ).run({ schoolName: settings.schoolName, defaultPaper: settings.defaultPaper, familyLanguage: settings.familyLanguage, at: now.toISOString(), by });
    if (settings.frameworkYears) saveFrameworkYears(db, settings.frameworkYears, now, by);
  });
  return settingsView(db, now);
}

/** The school named on the most recent printout that named one (what printouts used before settings). */
function lastSchool(db: Db): string | null {
  const row = db.prepare('SELECT school FROM print_snapshot WHERE school IS NOT NULL ORDER BY id DESC LIMIT 1').get() as { school: string } | undefined;
  return row?.school ?? null;
}

/** What the counselor chose for one printout; anything left out comes from the school's settings. */
export interface AskedPrintChoices {
  lang?: PrintLang | undefined;
  paper?: Paper | undefined;
  school?: string | undefined;
}

/**
 * The one place a printout's defaults are decided: the counselor's choice, else the school's
 * setting. A language left undefined means each student's family's language (print/options.ts).
 * The school's name, unset, is the one the most recent printout named (as before settings existed).
 * A language no installed one has is refused here, before anything is drawn.
 */
export function printChoices(db: Db, asked: AskedPrintChoices): PrintChoices {
  // Every print but a reprint starts here, on whichever thread draws it: this thread's labels are the store's.
  installStoreLanguages(db);
  if (asked.lang) requireLanguage(asked.lang);
  return printChoicesFrom(readSettings(db), () => lastSchool(db), asked);
}

export interface PrintChoices {
  lang: PrintLang | undefined;
  paper: Paper;
  school: string | null;
}

/** printChoices' rule over settings either store read (settings-reads.ts is the department server's). */
export function printChoicesFrom(settings: SchoolSettings, lastSchool: () => string | null, asked: AskedPrintChoices): PrintChoices {
  return {
    lang: asked.lang ?? (settings.familyLanguage === 'family' ? undefined : settings.familyLanguage),
    paper: asked.paper ?? settings.defaultPaper,
    school: asked.school ?? settings.schoolName ?? lastSchool(),
  };
}
