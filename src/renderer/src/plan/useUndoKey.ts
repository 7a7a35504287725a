import { useEffect } from 'react';

/** Where Ctrl+Z belongs to the field: the letters just typed, not the plan. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(target.type);
}

/**
 * Ctrl+Z (⌘Z) on the plan page undoes the last plan change, as the "Undo last change" button does,
 * unless focus is in a text field (there it undoes the typing, as everywhere) or a dialog is open.
 */
export function useUndoKey(canUndo: boolean, undo: () => Promise<unknown>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'z') return;
      if (isTextEntry(e.target) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      if (canUndo) void undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canUndo, undo]);
}
