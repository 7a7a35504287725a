import { FRAMEWORK_EDITION_LABELS, FrameworkEdition, schoolYearText, type FrameworkYear } from '../../../shared/domain/framework-choice';
import { Paper, SchoolName } from '../../../shared/domain/print';
import { SchoolYearName, schoolYearEndOf } from '../../../shared/domain/school-year';
import { familyLanguageRuleLabel, FamilyLanguageRule, type SchoolSettings, type SettingsView } from '../../../shared/domain/settings';
import type { Command } from '../command';
import { UsageError } from '../context';
import { choice, optionValue } from '../selection-args';

/**
 * `counselor settings`: shows the school's settings; with flags, changes the ones named and keeps
 * the rest (a nightly script can set the school's name without knowing the paper).
 */
export const settingsCommand: Command = {
  name: 'settings',
  usage:
    'counselor settings [--school NAME | --no-school] [--paper letter|a4] [--family-language family|CODE] [--framework YYYY-YY=2016|2024 ...] [--no-framework YYYY-YY ...] [--json]',
  summary: "Show the school's settings (name on every plan, default paper, family-language rule, framework for new plans per school year); flags change them.",
  acceptsArguments: true,
  async run({ call, io, json, args }) {
    const { changes, years } = parseSettingsArgs(args);
    let view = await call('settings.get', {});
    if (Object.keys(changes).length > 0 || years.size > 0) {
      const frameworkYears = years.size === 0 ? undefined : withYears(view.frameworkYears, years);
      const next: SchoolSettings = { schoolName: view.schoolName, defaultPaper: view.defaultPaper, familyLanguage: view.familyLanguage, ...changes, ...(frameworkYears ? { frameworkYears } : {}) };
      view = await call('settings.save', next);
    }
    if (json) {
      io.out(JSON.stringify(view, null, 2));
      return;
    }
    for (const line of settingsLines(view)) io.out(line);
  },
};

function settingsLines(view: SettingsView): string[] {
  const school = view.schoolName ?? (view.printedSchoolName ? `not set (printouts name ${view.printedSchoolName}, from the most recent printout)` : 'not set');
  return [
    `School name:       ${school}`,
    `Default paper:     ${view.defaultPaper === 'a4' ? 'A4' : 'Letter'}`,
    `Printout language: ${familyLanguageRuleLabel(view.familyLanguage, view.languages)}`,
    `Languages:         ${view.languages.map((l) => `${l.name} (${l.code})`).join(', ')}`,
    `Counselors:        ${view.counselors.length === 0 ? 'none in the caseload' : view.counselors.map((c) => `${c.name} (${c.students})`).join(', ')}`,
    `New plans use:     ${FRAMEWORK_EDITION_LABELS[view.newPlans.edition]} (${schoolYearText(view.newPlans.schoolYear)})`,
    ...view.frameworkYears.map((y) => `  from ${schoolYearText(y.schoolYear)}:     ${FRAMEWORK_EDITION_LABELS[y.edition]}`),
  ];
}

/** The stored list with the command's years set (an edition) or taken out (null). */
function withYears(stored: readonly FrameworkYear[], years: ReadonlyMap<number, FrameworkEdition | null>): FrameworkYear[] {
  const kept = stored.filter((y) => !years.has(y.schoolYear));
  return [...kept, ...[...years].flatMap(([schoolYear, edition]) => (edition === null ? [] : [{ schoolYear, edition }]))];
}

function yearOf(text: string, flag: string): number {
  return schoolYearEndOf(choice(SchoolYearName, text, `${flag} takes a school year written like 2026-27`));
}

function parseSettingsArgs(args: readonly string[]): { changes: Partial<SchoolSettings>; years: Map<number, FrameworkEdition | null> } {
  const changes: Partial<SchoolSettings> = {};
  const years = new Map<number, FrameworkEdition | null>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = () => optionValue(args, ++i, arg);
    if (arg === '--school') changes.schoolName = choice(SchoolName, value(), '--school takes the school name');
    else if (arg === '--no-school') changes.schoolName = null;
    else if (arg === '--paper') changes.defaultPaper = choice(Paper, value(), '--paper takes letter or a4');
    else if (arg === '--family-language') changes.familyLanguage = choice(FamilyLanguageRule, value(), '--family-language takes family or an installed language\'s code (en, es, or one added from a label sheet)');
    else if (arg === '--framework') {
      const [year = '', edition = ''] = value().split('=');
      years.set(yearOf(year, '--framework'), choice(FrameworkEdition, edition.trim(), '--framework takes YEAR=2016 or YEAR=2024 (2026-27=2024)'));
    } else if (arg === '--no-framework') years.set(yearOf(value(), '--no-framework'), null);
    else throw new UsageError(arg.startsWith('-') ? `unknown option ${arg}.` : `settings takes no argument (got "${arg}").`);
  }
  return { changes, years };
}
