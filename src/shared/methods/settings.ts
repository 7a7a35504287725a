import { NoInput } from '../domain/common';
import { SchoolSettings, SettingsView } from '../domain/settings';
import { method } from './define';

/** The school's settings: the name on every plan, the default paper, the family-language rule. */
export const settingsMethods = {
  'settings.get': method(NoInput, SettingsView, "The school's settings, with the counselors named in the caseload."),
  'settings.save': method(SchoolSettings.strict(), SettingsView, "Save the school's settings."),
} as const;
