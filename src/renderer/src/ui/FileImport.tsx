import { useId, useState } from 'react';
import type { RejectedRow } from '../../../shared/domain/roster';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { CountList } from './CountList';
import { FileInput, fileToBase64 } from './FileInput';
import { RejectedTable } from './values';

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
      const base64 = await fileToBase64(file);
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
        <FileInput id={id} accept={accept} className="setup-file" onFile={(file) => void choose(file)} />
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
