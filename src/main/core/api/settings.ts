import type { HandlersFor } from '../dispatch';
import { saveSettings, settingsView } from '../settings/settings';
import type { Store } from '../store/connection';

/** The school's settings page. */
export function settingsHandlers(store: Store): HandlersFor<'settings'> {
  const { db } = store;
  return {
    'settings.get': () => settingsView(db),
    'settings.save': (input) => saveSettings(db, input),
  };
}
