import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChangeOptions, OperationSource } from './usePlan';

/** How a save ended: saved, refused (kept as typed, tried again), or superseded by someone else's change. */
export type AutosaveResult = boolean | 'superseded';

/** One autosaved change through the plan editor's `change`, telling a stale refusal apart. */
export async function saveChange(
  change: (op: OperationSource, options?: ChangeOptions) => Promise<unknown>,
  op: OperationSource,
  done: string,
): Promise<AutosaveResult> {
  let superseded = false;
  const after = await change(op, { done, onStale: () => (superseded = true) });
  return superseded ? 'superseded' : after !== null;
}

/** How long typing may pause before the text is saved: short enough that closing the window loses nothing. */
const PAUSE_MS = 700;

/**
 * Free text in the plan (notes, the postsecondary plan) saves itself, like every other change: a
 * short pause in typing, or leaving the field, saves it; there is no save button. While the
 * counselor is typing, what the store sends back never overwrites the field; when they are not,
 * a change made elsewhere (an undo) shows up in it. A save the store refused (busy with an import,
 * say) leaves the text as typed and still unsaved: the next pause or leaving the field tries again,
 * and nothing drawn meanwhile replaces it. A save refused because someone else changed the plan
 * meanwhile (stale) is different: the page now shows their version, so the field does too (the
 * refusal's sentence asks the counselor to make the change again), rather than saving over a
 * version they have not seen.
 */
export function useAutosave<T>(saved: T, persist: (value: T) => Promise<AutosaveResult>) {
  const [value, setValue] = useState(saved);
  const [superseded, setSuperseded] = useState(0);
  const dirty = useRef(false);
  const latest = useRef(value);
  latest.current = value;

  useEffect(() => {
    if (!dirty.current) setValue(saved);
  }, [saved, superseded]);

  const flush = useCallback(() => {
    if (!dirty.current) return;
    dirty.current = false;
    const sent = latest.current;
    void persist(sent).then((result) => {
      if (result === 'superseded') {
        // What the counselor typed since was typed on the version that is gone as well.
        dirty.current = false;
        setSuperseded((n) => n + 1);
        return;
      }
      // Still unsaved, unless the counselor has typed on since (that text is dirty already).
      if (!result && latest.current === sent) dirty.current = true;
    });
  }, [persist]);

  useEffect(() => {
    if (!dirty.current) return undefined;
    const timer = setTimeout(flush, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value, flush]);

  // Leaving the page (or closing the window) with unsaved typing still saves it: on leaving the
  // plan for another page (unmount), and on a reload, a closed tab or window, or the window hidden
  // (pagehide, visibilitychange), where React's cleanups never run. The request outlives the page
  // (client/carriers.ts: keepalive; over IPC the main process has it once sent).
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [flush]);

  const update = useCallback((next: T) => {
    dirty.current = true;
    setValue(next);
  }, []);

  return { value, update, flush };
}
