/**
 * Focus that survives a redraw: an element carries a key, and focus goes to the element with that
 * key once the page is drawn again (the plan editor after a change, a setup page after a form closes).
 */

/** The attribute a focus request looks for once the plan is drawn again. */
export function focusKey(key: string): { 'data-focus-key': string } {
  return { 'data-focus-key': key };
}

/** Moves focus to the element with this key, if the page still has it. */
export function focusByKey(key: string): boolean {
  const el = document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
  if (!el) return false;
  el.focus();
  return true;
}
