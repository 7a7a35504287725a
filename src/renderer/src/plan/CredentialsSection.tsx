import { useState, type FormEvent } from 'react';
import type { Credential } from '../../../shared/domain/plan';
import { usePlanEditor } from './context';
import { DateField, FormButtons, SelectField, TextField } from '../ui/fields';
import { formatDate } from './format';
import { ItemSection, type ItemFormProps } from './ItemSection';

type CredentialFields = Omit<Credential, 'id'>;

function CredentialForm({ initial, submitLabel, onSubmit, onCancel }: ItemFormProps<Credential, CredentialFields>) {
  const [name, setName] = useState(initial?.name ?? '');
  const [issuer, setIssuer] = useState(initial?.issuer ?? '');
  const [status, setStatus] = useState<Credential['status']>(initial?.status ?? 'planned');
  const [date, setDate] = useState(initial?.date ?? '');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void onSubmit({ name: name.trim(), issuer: issuer.trim() || null, status, date: date || null });
  };

  return (
    <form className="item-form" onSubmit={submit} aria-label={initial ? 'Edit credential' : 'New credential'}>
      <div className="item-form__fields">
        <TextField label="Credential" value={name} onChange={setName} required autoFocus className="field--wide" />
        <TextField label="Issued by" value={issuer} onChange={setIssuer} />
        <SelectField label="Status" value={status} onChange={(v) => setStatus(v as Credential['status'])}>
          <option value="planned">Planned</option>
          <option value="earned">Earned</option>
        </SelectField>
        <DateField label={status === 'earned' ? 'Date earned' : 'Planned date'} value={date} onChange={setDate} />
      </div>
      <FormButtons submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

/** Industry-recognised certificates and licences, planned or earned. */
export function CredentialsSection() {
  const { view } = usePlanEditor();
  return (
    <ItemSection<Credential, CredentialFields>
      kind="credential"
      title="Credentials"
      noun="credential"
      items={view.credentials}
      nameOf={(c) => c.name}
      empty="No credentials yet: industry certificates and licences the student plans or has earned."
      renderItem={(c) => (
        <>
          <p className="item__title">
            <span className={c.status === 'earned' ? 'tag tag--done' : 'tag'}>{c.status === 'earned' ? '✓ Earned' : 'Planned'}</span> {c.name}
          </p>
          <p className="item__meta">{[c.issuer, c.date ? formatDate(c.date) : null].filter(Boolean).join(' · ') || ' '}</p>
        </>
      )}
      Form={CredentialForm}
      addOp={(credential) => ({ op: 'addCredential', credential })}
      updateOp={(c, changes) => ({ op: 'updateCredential', credentialId: c.id, changes })}
      removeOp={(c) => ({ op: 'removeCredential', credentialId: c.id })}
    />
  );
}
