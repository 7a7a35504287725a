import { useEffect, useRef } from 'react';

/**
 * A confirmation shown as a modal <dialog> for as long as it is mounted: focus stays inside, and
 * starts on the safe choice (`safe`: Cancel, Keep …) so an Enter pressed too soon changes nothing.
 * Closed again when it unmounts. The restore and the sample-school removal both ask this way.
 */
export function useModalDialog<T extends HTMLElement = HTMLButtonElement>() {
  const dialog = useRef<HTMLDialogElement>(null);
  const safe = useRef<T>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    safe.current?.focus();
    return () => d?.close();
  }, []);
  return { dialog, safe };
}
