import { useState } from 'react';
import type { ProgramOfStudy } from '../../../shared/domain/program';
import { api } from '../client/api';
import { SetupForm } from '../ui/setup';
import { FormButtons, TextField } from '../ui/fields';
import { messageOf } from '../shell/ErrorAlert';

/** Copy a program under a new name (programs.copy gives it its own id). */
export function CopyForm({ program, onCopied, onCancel }: { program: ProgramOfStudy; onCopied(copy: ProgramOfStudy): void; onCancel(): void }) {
  const [name, setName] = useState(`${program.name} (copy)`);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const copy = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onCopied(await api['programs.copy']({ id: program.id, name: name.trim() === '' ? undefined : name.trim() }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <SetupForm title={`Copy ${program.name}`} error={error} onSubmit={() => void copy()}>
      <div className="item-form__fields">
        <TextField label="Name of the copy" value={name} onChange={setName} required className="field--wide" />
      </div>
      <FormButtons submitLabel={busy ? 'Copying…' : 'Make the copy'} onCancel={onCancel} />
    </SetupForm>
  );
}
