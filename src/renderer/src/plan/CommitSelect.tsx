import { useRef, useState, type ReactNode, type SelectHTMLAttributes } from 'react';

const BROWSING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

interface CommitSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  /** The value as saved. */
  value: string;
  /** Called once per real choice, never for the options a keyboard user passes on the way. */
  onCommit(value: string): Promise<unknown> | void;
  children: ReactNode;
}

/**
 * A select whose choice is saved at once, but only when the counselor has chosen. In Chromium the
 * arrow keys (and typing a letter) change a closed select's value and fire `change` on every
 * step, so saving on `change` would save every cluster passed on the way to Manufacturing, each as
 * an undo step. While the keyboard browses, the choice is held as a draft and saved on Tab away
 * (blur) or Enter; a choice made in the opened list (mouse, or Alt+↓ then Enter) is saved at once.
 */
export function CommitSelect({ value, onCommit, children, onBlur, onKeyDown, ...rest }: CommitSelectProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const browsing = useRef(false);
  const saving = useRef(0);
  const shown = draft ?? value;

  // The choice stays shown while it is saved; then the saved value (or the old one, if refused) shows.
  const commit = (next: string) => {
    browsing.current = false;
    if (next === value) {
      setDraft(null);
      return;
    }
    const turn = ++saving.current;
    setDraft(next);
    void Promise.resolve(onCommit(next)).finally(() => {
      if (saving.current === turn) setDraft(null);
    });
  };

  return (
    <select
      {...rest}
      value={shown}
      onPointerDown={() => {
        browsing.current = false;
      }}
      onKeyDown={(e) => {
        if (!e.altKey && (BROWSING_KEYS.has(e.key) || (e.key.length === 1 && e.key !== ' '))) browsing.current = true;
        if (e.key === 'Enter' && browsing.current && draft !== null) {
          e.preventDefault();
          commit(draft);
        }
        onKeyDown?.(e);
      }}
      onChange={(e) => {
        if (browsing.current) {
          saving.current++;
          setDraft(e.target.value);
        } else {
          commit(e.target.value);
        }
      }}
      onBlur={(e) => {
        if (browsing.current && draft !== null) commit(draft);
        browsing.current = false;
        onBlur?.(e);
      }}
    >
      {children}
    </select>
  );
}
