import { useEffect, useRef } from 'react';
import type { SettingsView } from '../../../shared/domain/settings';
import { api } from '../client/api';

/**
 * Hands the school's settings (Settings page) to a print form once they arrive, so its paper and
 * language start where the school set them. If they cannot be read, the form keeps its own
 * starting choices (Letter, each family's language), and the core applies the same settings to
 * any choice left out. They carry the installed printout languages, which the choices list.
 */
export function useSchoolPrintDefaults(apply: (settings: SettingsView) => void): void {
  const latest = useRef(apply);
  latest.current = apply;
  useEffect(() => {
    let live = true;
    api['settings.get']({}).then(
      (s) => {
        if (live) latest.current(s);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
}
