import { CASELOAD } from './viewAddress';

const LAST_VIEW = 'counselor.caseload.view';
const SCROLL = 'counselor.caseload.scroll';

/** Where "Back to caseload" goes: the caseload as the counselor last left it in this window. */
export function caseloadHref(): string {
  const last = sessionStorage.getItem(LAST_VIEW);
  return last !== null && last.startsWith(CASELOAD) ? last : CASELOAD;
}

/** Keeps the view in the address without adding a Back step per keystroke, and remembers it for "Back to caseload". */
export function keepView(hash: string): void {
  sessionStorage.setItem(LAST_VIEW, hash);
  if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
}

/** The table's scroll position, kept per view for this window: coming back lands on the same rows. */
export function keepScroll(hash: string, top: number): void {
  sessionStorage.setItem(SCROLL, JSON.stringify({ hash, top }));
}

export function scrollFor(hash: string): number {
  try {
    const kept = JSON.parse(sessionStorage.getItem(SCROLL) ?? 'null') as { hash?: unknown; top?: unknown } | null;
    return kept?.hash === hash && typeof kept.top === 'number' ? kept.top : 0;
  } catch {
    return 0;
  }
}
