import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorAlert } from '../shell/ErrorAlert';
import { focusByKey, focusKey } from './focus';

/**
 * Pieces the district-setup pages (courses, programs, requirements) share: a form that takes
 * focus when it opens, focus going back to the button that opened it, and comma-separated lists.
 * Their fields are in fields.tsx, their file import in FileImport.tsx.
 */

/** "A, B ,, C" → ["A", "B", "C"]. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Which form is open and the button it came from: opening remembers the button's focus key,
 * closing sends focus back to it once the form is gone.
 */
export function useOpenForm<T>(): {
  open: T | null;
  show(value: T, returnKey: string): void;
  close(): void;
} {
  const [open, setOpen] = useState<T | null>(null);
  const returnTo = useRef<string | null>(null);
  useEffect(() => {
    if (open === null && returnTo.current) {
      focusByKey(returnTo.current);
      returnTo.current = null;
    }
  }, [open]);
  return {
    open,
    show: (value, key) => {
      returnTo.current = key;
      setOpen(value);
    },
    close: () => setOpen(null),
  };
}

/** A form whose first field takes focus as it opens; the core's message shows in its alert. */
export function SetupForm({
  title,
  error,
  onSubmit,
  children,
}: {
  title: string;
  error: string | null;
  onSubmit(): void;
  children: ReactNode;
}) {
  const form = useRef<HTMLFormElement>(null);
  const titleId = useId();
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input:not([readonly]), select, textarea')?.focus();
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form ref={form} className="setup-form" aria-labelledby={titleId} noValidate onSubmit={submit}>
      <h2 id={titleId} className="setup-form__title">
        {title}
      </h2>
      {children}
      <ErrorAlert title="Not saved:" message={error} />
    </form>
  );
}

/** The Edit button at the end of a catalog row; focus comes back to it when its form closes. */
export function EditRowButton({ label, onClick, focus }: { label: string; onClick(): void; focus: string }) {
  return (
    <button type="button" className="button button--small" aria-label={label} onClick={onClick} {...focusKey(focus)}>
      Edit
    </button>
  );
}

/**
 * What a form's last save (or export) came to, under its buttons: the notice read out by screen
 * readers as it changes (a status region), and the core's sentence when it was refused.
 */
export function SaveOutcome({ notice, error, errorTitle = 'Not saved:' }: { notice: ReactNode; error: string | null; errorTitle?: string }) {
  return (
    <>
      <p role="status" className="setup-status">
        {notice}
      </p>
      <ErrorAlert title={errorTitle} message={error} />
    </>
  );
}
