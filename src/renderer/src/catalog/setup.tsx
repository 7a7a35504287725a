import { focusKey } from '../plan/context';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { RejectedRow } from '../../../shared/domain/roster';
import { focusByKey } from '../plan/context';
import { CountList } from '../roster/CountList';
import { RejectedTable } from '../roster/values';
import { bytesToBase64 } from '../shell/bytes';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';

/**
 * Pieces the district-setup pages (courses, programs, requirements) share: a form that takes
 * focus when it opens, focus going back to the button that opened it, a file import with its
 * counts and rejected rows, and comma-separated lists.
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

export function NumberField({
  label,
  value,
  onChange,
  step = 0.25,
  max,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  step?: number;
  max?: number;
}) {
  const id = useId();
  return (
    <div className="field field--narrow">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="decimal" min={0} max={max} step={step} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

export function CheckField({ label, checked, onChange }: { label: string; checked: boolean; onChange(checked: boolean): void }) {
  const id = useId();
  return (
    <div className="check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export interface ImportOutcome {
  fileName: string;
  counts: { label: string; value: number }[];
  rejected: RejectedRow[];
}

/** A labelled file input: the chosen file goes to the core at once; what it did is shown below. */
export function FileImport({
  title,
  label,
  accept,
  run,
}: {
  title: string;
  label: string;
  accept: string;
  run(fileName: string, base64: string): Promise<ImportOutcome>;
}) {
  const id = useId();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const choose = async (file: File) => {
    setBusy(file.name);
    setError(null);
    setOutcome(null);
    try {
      const base64 = await bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      setOutcome(await run(file.name, base64));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="setup-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="setup-card__title">
        {title}
      </h2>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="file"
          accept={accept}
          className="setup-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void choose(file);
          }}
        />
      </div>
      <p role="status" className="setup-status">
        {busy ? `Importing ${busy}…` : outcome ? `Imported ${outcome.fileName}.` : ''}
      </p>
      <ErrorAlert title="This file cannot be imported." message={error} />
      {outcome ? (
        <>
          <CountList label="What the import did" items={[...outcome.counts, { label: 'Rejected rows', value: outcome.rejected.length }]} />
          {outcome.rejected.length > 0 ? <RejectedTable rows={outcome.rejected} total={outcome.rejected.length} /> : null}
        </>
      ) : null}
    </section>
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
