import { lazy, type ComponentType } from 'react';
import { UNREACHABLE } from '../client/api';
import { ErrorAlert } from './ErrorAlert';

/**
 * A part of the window loaded the first time it is shown: every page but the caseload, and the
 * caseload's own dialogs (print, course requests, many at once), so the first show fetches only what
 * it shows. In browser mode loading is a request to the application: if it has been stopped, the
 * part cannot arrive, and React would blank the whole window. Says so instead, naming the part.
 */
export function loadedWhenShown<P extends object>(load: () => Promise<ComponentType<P>>, failed = 'This page could not be opened.') {
  return lazy(async () => {
    try {
      return { default: await load() };
    } catch (e) {
      console.error('[counselor] a part of the window could not be loaded:', e);
      return { default: (() => <ErrorAlert title={failed} message={UNREACHABLE} />) as ComponentType<P> };
    }
  });
}
