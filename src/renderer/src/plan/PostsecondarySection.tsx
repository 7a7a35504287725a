import { useCallback, useMemo } from 'react';
import { CREDENTIAL_TYPE_LABELS, type CredentialType } from '../../../shared/domain/catalog';
import type { PostsecondaryPlan } from '../../../shared/domain/plan';
import { usePlanEditor } from './context';
import { optionsOf, SelectField, TextField } from '../ui/fields';
import { saveChange, useAutosave } from './useAutosave';

const blankToNull = (text: string | null) => (text === null || text.trim() === '' ? null : text);

/** Where the student means to go after high school: institution, program and the credential it leads to. Saved as typed. */
export function PostsecondarySection() {
  const { view, change } = usePlanEditor();
  const ps = view.postsecondary;
  const saved = useMemo<PostsecondaryPlan>(
    () => ({ institution: ps.institution, program: ps.program, credentialType: ps.credentialType }),
    [ps.institution, ps.program, ps.credentialType],
  );
  const persist = useCallback(
    (next: PostsecondaryPlan) =>
      saveChange(
        change,
        {
          op: 'setPostsecondary',
          institution: blankToNull(next.institution),
          program: blankToNull(next.program),
          credentialType: next.credentialType,
        },
        'Postsecondary plan saved.',
      ),
    [change],
  );
  const plan = useAutosave(saved, persist);
  const set = (patch: Partial<PostsecondaryPlan>) => plan.update({ ...plan.value, ...patch });

  return (
    <section className="plan-card" aria-labelledby="plan-postsecondary-title">
      <h2 id="plan-postsecondary-title" className="plan-card__title">
        After high school
      </h2>
      <div className="item-form item-form--flat" onBlur={plan.flush}>
        <div className="item-form__fields">
          <TextField label="Institution" value={plan.value.institution ?? ''} onChange={(v) => set({ institution: v })} className="field--wide" />
          <TextField label="Program" value={plan.value.program ?? ''} onChange={(v) => set({ program: v })} className="field--wide" />
          <SelectField
            label="Credential"
            value={plan.value.credentialType ?? ''}
            onChange={(v) => set({ credentialType: (v || null) as CredentialType | null })}
          >
            <option value="">Not decided</option>
            {optionsOf(CREDENTIAL_TYPE_LABELS)}
          </SelectField>
        </div>
        <p className="hint">Saved as you type.</p>
      </div>
    </section>
  );
}
