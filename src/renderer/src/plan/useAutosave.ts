import { useCallback, useEffect, useRef, useState } from 'react';

/** How long typing may pause before the text is saved: short enough that closing the window loses nothing. */
const PAUSE_MS = 700;

/**
 * Free text in the plan (notes, the postsecondary plan) saves itself, like every other change: a
 * short pause in typing, or leaving the field, saves it; there is no save button. While the
 * counselor is typing, what the store sends back never overwrites the field; when they are not,
 * a change made elsewhere (an undo) shows up in it. A save the store refused (busy with an import,
 * say) leaves the text as typed and still unsaved: the next pause or leaving the field tries again,
 * and nothing drawn meanwhile replaces it.
 */
export function useAutosave<T>(saved: T, persist: (value: T) => Promise<boolean>) {
  const [value, setValue] = useState(saved);
  const dirty = useRef(false);
  const latest = useRef(value);
  latest.current = value;

  useEffect(() => {
    if (!dirty.current) setValue(saved);
  }, [saved]);

  const flush = useCallback(() => {
    if (!dirty.current) return;
    dirty.current = false;
    const sent = latest.current;
    void persist(sent).then((ok) => {
      // Still unsaved, unless the counselor has typed on since (that text is dirty already).
      if (!ok && latest.current === sent) dirty.current = true;
    });
  }, [persist]);

  useEffect(() => {
    if (!dirty.current) return undefined;
    const timer = setTimeout(flush, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value, flush]);

  // Leaving the page (or closing the window) with unsaved typing still saves it.
  useEffect(() => () => flush(), [flush]);

  const update = useCallback((next: T) => {
    dirty.current = true;
    setValue(next);
  }, []);

  return { value, update, flush };
}
