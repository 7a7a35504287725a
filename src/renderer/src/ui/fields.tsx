import { useId, type ReactNode } from 'react';

/** Labelled form fields for the small forms of every page: the label is always visible and tied to its control. */

interface FieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  className?: string;
}

function Hinted({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={id} className="hint">
      {hint}
    </p>
  ) : null;
}

export function TextField({
  label,
  value,
  onChange,
  hint,
  className,
  required,
  maxLength = 200,
  autoFocus,
  inputMode,
}: FieldProps & { required?: boolean; maxLength?: number; autoFocus?: boolean; inputMode?: 'decimal' | 'text' }) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required"> (required)</span> : null}
      </label>
      <input
        id={id}
        type="text"
        value={value}
        required={required}
        maxLength={maxLength}
        autoFocus={autoFocus}
        inputMode={inputMode}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <Hinted id={`${id}-hint`} hint={hint} />
    </div>
  );
}

export function TextAreaField({ label, value, onChange, hint, className, maxLength = 5000 }: FieldProps & { maxLength?: number }) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={4}
        value={value}
        maxLength={maxLength}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <Hinted id={`${id}-hint`} hint={hint} />
    </div>
  );
}

export function DateField({ label, value, onChange, hint, className }: FieldProps) {
  const id = useId();
  return (
    <div className={`field field--date ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.value)} />
      <Hinted id={`${id}-hint`} hint={hint} />
    </div>
  );
}

export function SelectField({ label, value, onChange, hint, className, children }: FieldProps & { children: ReactNode }) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
      <Hinted id={`${id}-hint`} hint={hint} />
    </div>
  );
}

/** Options from a label table, in its order. */
export function optionsOf<K extends string>(labels: Record<K, string>): ReactNode {
  return (Object.keys(labels) as K[]).map((k) => (
    <option key={k} value={k}>
      {labels[k]}
    </option>
  ));
}

/** The buttons under a small form. */
export function FormButtons({ submitLabel, onCancel }: { submitLabel: string; onCancel(): void }) {
  return (
    <div className="form-buttons">
      <button type="submit" className="button button--small button--primary">
        {submitLabel}
      </button>
      <button type="button" className="button button--small button--quiet" onClick={onCancel}>
        Cancel
      </button>
    </div>
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
