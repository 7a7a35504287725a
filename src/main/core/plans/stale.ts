import { CounselorError } from '../../../shared/errors';
import type { StoredPlan } from './plan-rows';

/** A change saved this recently was made "a moment ago"; an older one is named by its time. */
const A_MOMENT_MS = 2 * 60 * 1000;

/** "3:41 pm" in the local time of the machine that answers (the workstation, or the department server). */
function clockTime(at: Date): string {
  const hours = at.getHours();
  return `${hours % 12 || 12}:${String(at.getMinutes()).padStart(2, '0')} ${hours < 12 ? 'am' : 'pm'}`;
}

function localDay(at: Date): string {
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

/** When the newer version was saved, as a counselor says it: "a moment ago", "at 3:41 pm", "on 2026-11-30 at 3:41 pm". */
function whenSaid(updatedAt: string, now: Date): string {
  const at = new Date(updatedAt);
  if (Number.isNaN(at.getTime())) return '';
  if (now.getTime() - at.getTime() < A_MOMENT_MS) return ' a moment ago';
  return localDay(at) === localDay(now) ? ` at ${clockTime(at)}` : ` on ${localDay(at)} at ${clockTime(at)}`;
}

/**
 * The refusal of a change based on a revision the store no longer holds: who made the newer one
 * (an account's display name; a workstation's own other window otherwise) and when. The renderer
 * shows it and reloads the plan, so "the page now shows that version" is true once it is read.
 */
export function staleRefusal(stored: StoredPlan | null, revision: number, now: Date): CounselorError {
  const who = stored?.changedBy ? `by ${stored.changedBy}` : 'in another window';
  const when = stored ? whenSaid(stored.updatedAt, now) : '';
  return new CounselorError(
    'stale',
    `This plan was changed ${who}${when}; the page now shows that version — make your change again if it is still needed.`,
    { revision, changedBy: stored?.changedBy ?? null },
  );
}
