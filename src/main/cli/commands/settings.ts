import { Paper, SchoolName } from '../../../shared/domain/print';
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
  usage: 'counselor settings [--school NAME | --no-school] [--paper letter|a4] [--family-language family|CODE] [--json]',
  summary: "Show the school's settings (name on every plan, default paper, family-language rule); flags change them.",
  acceptsArguments: true,
  async run({ call, io, json, args }) {
    const changes = parseSettingsArgs(args);
    let view = await call('settings.get', {});
    if (Object.keys(changes).length > 0) {
      const next: SchoolSettings = { schoolName: view.schoolName, defaultPaper: view.defaultPaper, familyLanguage: view.familyLanguage, ...changes };
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
  ];
}

function parseSettingsArgs(args: readonly string[]): Partial<SchoolSettings> {
  const changes: Partial<SchoolSettings> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = () => optionValue(args, ++i, arg);
    if (arg === '--school') changes.schoolName = choice(SchoolName, value(), '--school takes the school name');
    else if (arg === '--no-school') changes.schoolName = null;
    else if (arg === '--paper') changes.defaultPaper = choice(Paper, value(), '--paper takes letter or a4');
    else if (arg === '--family-language') changes.familyLanguage = choice(FamilyLanguageRule, value(), '--family-language takes family or an installed language\'s code (en, es, or one added from a label sheet)');
    else throw new UsageError(arg.startsWith('-') ? `unknown option ${arg}.` : `settings takes no argument (got "${arg}").`);
  }
  return changes;
}
