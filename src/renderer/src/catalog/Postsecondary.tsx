import { useState } from 'react';
import { CREDENTIAL_TYPE_LABELS, type CredentialType, type PostsecondaryEntry } from '../../../shared/domain/catalog';
import { api } from '../client/api';
import { FormButtons, optionsOf, SelectField, TextField } from '../ui/fields';
import { credits } from '../plan/format';
import { messageOf } from '../shell/ErrorAlert';
import { EditRowButton, SetupForm } from '../ui/setup';
import { NumberField } from '../ui/fields';

export const postsecondaryEditKey = (code: string) => `postsecondary-edit-${code}`;

/** The entries programs of study lead into, one row each with its Edit button. */
export function PostsecondaryTable({ entries, onEdit }: { entries: readonly PostsecondaryEntry[]; onEdit(entry: PostsecondaryEntry): void }) {
  return (
    <div className="table-scroll">
      <table className="data-table course-table">
        <caption>After high school: programs and credentials</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Institution</th>
            <th scope="col">Program</th>
            <th scope="col">Course or credential</th>
            <th scope="col">Credential type</th>
            <th scope="col" className="num">
              Credits
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.code}>
              <th scope="row" className="course-table__number">
                {e.code}
              </th>
              <td>{e.institution}</td>
              <td>{e.program}</td>
              <td>{e.course}</td>
              <td>{CREDENTIAL_TYPE_LABELS[e.credentialType]}</td>
              <td className="num">{e.credits === null ? '' : credits(e.credits)}</td>
              <td>
                <EditRowButton label={`Edit ${e.code} ${e.program}`} onClick={() => onEdit(e)} focus={postsecondaryEditKey(e.code)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface EntryDraft {
  code: string;
  institution: string;
  program: string;
  course: string;
  credentialType: CredentialType;
  credits: string;
}

function draftOf(e: PostsecondaryEntry | null): EntryDraft {
  return e
    ? { ...e, credits: e.credits === null ? '' : String(e.credits) }
    : { code: '', institution: '', program: '', course: '', credentialType: 'associate', credits: '' };
}

/** Add a postsecondary entry (initial null) or edit one; saved with postsecondary.save, the core's message shown when it refuses. */
export function PostsecondaryForm({
  initial,
  onSaved,
  onCancel,
}: {
  initial: PostsecondaryEntry | null;
  onSaved(entry: PostsecondaryEntry): void;
  onCancel(): void;
}) {
  const [draft, setDraft] = useState<EntryDraft>(() => draftOf(initial));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof EntryDraft>(key: K) => (value: EntryDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      const text = draft.credits.trim();
      onSaved(
        await api['postsecondary.save']({
          code: initial ? initial.code : draft.code,
          institution: draft.institution,
          program: draft.program,
          course: draft.course,
          credentialType: draft.credentialType,
          credits: text === '' ? null : Number(text),
        }),
      );
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <SetupForm
      title={initial ? `Edit ${initial.code}: ${initial.program}` : 'Add a program or credential after high school'}
      error={error}
      onSubmit={() => void save()}
    >
      <div className="item-form__fields">
        {initial ? (
          <p className="setup-form__fixed">
            Code <strong>{initial.code}</strong>
          </p>
        ) : (
          <TextField label="Code" value={draft.code} onChange={set('code')} required maxLength={40} hint="Its key in plans, for example MATC-EMT-1" />
        )}
        <TextField label="Institution" value={draft.institution} onChange={set('institution')} required className="field--grow" />
        <TextField label="Program" value={draft.program} onChange={set('program')} required className="field--grow" />
        <TextField label="Course or credential" value={draft.course} onChange={set('course')} required className="field--wide" />
        <SelectField label="Credential type" value={draft.credentialType} onChange={(v) => set('credentialType')(v as CredentialType)}>
          {optionsOf(CREDENTIAL_TYPE_LABELS)}
        </SelectField>
        <NumberField label="College credits" value={draft.credits} onChange={set('credits')} max={60} />
      </div>
      <FormButtons submitLabel={saving ? 'Saving…' : initial ? 'Save entry' : 'Add entry'} onCancel={onCancel} />
    </SetupForm>
  );
}
