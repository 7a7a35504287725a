import { useId } from 'react';

/**
 * One labelled field of the student form, with its error as one sentence right under it (tied by
 * aria-describedby, marked aria-invalid) so a screen reader reads the problem with the field.
 * `data-field` lets the form move focus to the first field with a problem.
 */
export function StudentField({
  label,
  field,
  value,
  onChange,
  error,
  required,
  inputMode,
}: {
  label: string;
  field: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  required?: boolean;
  inputMode?: 'numeric' | 'email' | 'tel' | 'text';
}) {
  const id = useId();
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required"> (required)</span> : null}
      </label>
      <input
        id={id}
        type="text"
        data-field={field}
        value={value}
        maxLength={500}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
