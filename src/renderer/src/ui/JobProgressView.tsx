import { useId } from 'react';
import type { RunningJob } from './job';
import './job.css';

const number = new Intl.NumberFormat('en-US');

function amount({ done, total }: RunningJob['progress']): string {
  if (total !== null) return `${number.format(done)} of ${number.format(total)}`;
  return done > 0 ? `${number.format(done)} so far` : '';
}

/**
 * A running job: a labelled progress bar (indeterminate while the amount of work is unknown), the
 * phase in words, how far it is, and Cancel. Only the phase is a live region: the numbers change
 * several times a second and would drown a screen reader.
 */
export function JobProgressView({
  job,
  label,
  onCancel,
  hint,
}: {
  job: RunningJob;
  label: string;
  onCancel: () => void;
  hint?: string;
}) {
  const id = useId();
  const { progress } = job;
  const howFar = amount(progress);
  const inert = job.cancelling || job.cancelRefused;
  return (
    <div className="job">
      <label htmlFor={id} className="job__label">
        {label}
      </label>
      <progress
        id={id}
        className="job__bar"
        max={progress.total !== null ? Math.max(progress.total, 1) : undefined}
        value={progress.total !== null ? progress.done : undefined}
      />
      <p className="job__phase">
        <span aria-live="polite">{progress.phase}</span>
        {howFar ? <span className="job__amount"> · {howFar}</span> : null}
      </p>
      {hint ? <p className="hint">{hint}</p> : null}
      <button
        type="button"
        className="button"
        aria-disabled={inert || undefined}
        onClick={() => {
          if (!inert) onCancel();
        }}
      >
        {job.cancelling ? 'Cancelling…' : 'Cancel'}
      </button>
    </div>
  );
}
