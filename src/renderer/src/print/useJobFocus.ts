import { useEffect, useRef, type RefObject } from 'react';

/**
 * The button that starts a job is replaced by the progress bar and Cancel while it runs, and comes
 * back after. Focus would fall to the page's body both times: it follows instead, to Cancel
 * when the job starts and back to the first button in `actions` when it ends.
 */
export function useJobFocus(actions: RefObject<HTMLElement | null>, running: boolean): void {
  const was = useRef(running);
  useEffect(() => {
    if (was.current === running) return;
    was.current = running;
    const box = actions.current;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (!box || !lost) return;
    box.querySelector<HTMLButtonElement>('button')?.focus();
  }, [actions, running]);
}
