import { api, needsAccessToken } from '../client/api';
import { CASELOAD } from './viewAddress';

/**
 * The caseload list asked for as the page's script starts, before React, the page's components
 * and the data schemas they bring are evaluated: main.tsx imports this module first, so at 20,000
 * students the store reads the list while the page builds itself, not after (about a tenth of a
 * second sooner under load). Only the request: the caseload page decodes the answer.
 */

/** Whether this window opened on the caseload (no address, or the caseload's with or without a view). */
function opensOnCaseload(hash: string): boolean {
  const path = hash.split('?')[0];
  return path === '' || path === '#' || path === '#/' || path === CASELOAD;
}

type CaseloadAnswer = ReturnType<(typeof api)['students.caseload']>;

// Not before a sign-in (the department server answers only once signed in).
let early: CaseloadAnswer | null =
  !needsAccessToken && typeof window !== 'undefined' && opensOnCaseload(window.location.hash) ? api['students.caseload']({}) : null;
// A window that leaves the caseload before it mounts never takes it: its failure is not an error then.
early?.catch(() => undefined);

/** The list asked for as the window opened, once (the first load takes it); null after that, or if none was asked. */
export function takeEarlyCaseload(): CaseloadAnswer | null {
  const first = early;
  early = null;
  return first;
}
