import { useMemo, useState } from 'react';
import { CREDENTIAL_TYPE_LABELS } from '../../../shared/domain/catalog';
import type { Framework } from '../../../shared/domain/framework';
import { framework2024 } from '../../../shared/domain/framework-2024';
import { choice2024Name, programTag2024 } from '../../../shared/domain/framework-choice';
import { PLAN_YEARS, type PlanYear, type ProgramOfStudy } from '../../../shared/domain/program';
import { api } from '../client/api';
import { SetupForm } from '../ui/setup';
import { FormButtons, optionsOf, SelectField, TextAreaField, TextField } from '../ui/fields';
import { messageOf } from '../shell/ErrorAlert';
import { PathwayOptions } from '../shell/PathwayOptions';
import { indexPlaceables } from '../plan/courseSearch';
import type { CatalogLookup } from './ProgramDetail';
import { draftOf, programFromDraft, type ProgramDraft } from './programText';
import { YearCourses } from './YearCourses';

/** The "leave it derived" choice, naming what the crosswalk derives from the pathway now chosen. */
function derivedLabel(pathwayCode: string): string {
  const tag = programTag2024({ pathwayCode }).choice;
  return tag ? `Derived from the pathway: ${choice2024Name(tag)}` : 'Derived from the pathway (the crosswalk has none)';
}

/** A new program (initial null) or an edit of one; programs.save checks it and says what is wrong. */
export function ProgramForm({
  initial,
  framework,
  catalog,
  takenIds,
  onSaved,
  onCancel,
}: {
  initial: ProgramOfStudy | null;
  framework: Framework;
  catalog: CatalogLookup;
  takenIds: ReadonlySet<string>;
  onSaved(program: ProgramOfStudy): void;
  onCancel(): void;
}) {
  const firstPathway = framework.clusters[0]?.pathways[0]?.code ?? '';
  const [draft, setDraft] = useState<ProgramDraft>(() => draftOf(initial, firstPathway));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof ProgramDraft>(key: K) => (value: ProgramDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setYear = (year: PlanYear) => (codes: string[]) => setDraft((d) => ({ ...d, years: { ...d.years, [year]: codes } }));
  const index = useMemo(() => indexPlaceables([...catalog.courses.values()], [...catalog.postsecondary.values()]), [catalog]);

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      onSaved(await api['programs.save'](programFromDraft(draft, initial, takenIds)));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <SetupForm title={initial ? `Edit ${initial.name}` : 'New program of study'} error={error} onSubmit={() => void save()}>
      <div className="item-form__fields">
        <SelectField label="Career pathway" value={draft.pathwayCode} onChange={set('pathwayCode')}>
          <PathwayOptions clusters={framework.clusters} />
        </SelectField>
        <SelectField
          label="2024 cluster or sub-cluster"
          value={draft.framework2024}
          onChange={set('framework2024')}
          className="field--wide"
          hint="A plan on the 2024 framework takes this as its 2024 choice when the program is applied."
        >
          <option value="">{derivedLabel(draft.pathwayCode)}</option>
          {framework2024.clusters.map((c) => (
            <optgroup key={c.code} label={c.name}>
              <option value={c.code}>{c.name}, any sub-cluster</option>
              {c.subClusters.map((sub) => (
                <option key={sub.code} value={sub.code}>
                  {sub.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <TextField label="Name" value={draft.name} onChange={set('name')} required />
        <TextAreaField label="Description" value={draft.description} onChange={set('description')} className="field--wide" maxLength={2000} />
        <TextField
          label="Example occupations"
          value={draft.occupations}
          onChange={set('occupations')}
          hint="Separated by commas"
          className="field--wide"
          maxLength={2000}
        />
        <SelectField label="Leads to (credential type)" value={draft.credentialType} onChange={set('credentialType')}>
          {optionsOf(CREDENTIAL_TYPE_LABELS)}
        </SelectField>
        <TextField label="Leads to (title)" value={draft.leadsToTitle} onChange={set('leadsToTitle')} required />
        <TextField label="Leads to (institution)" value={draft.leadsToInstitution} onChange={set('leadsToInstitution')} required />
      </div>
      <fieldset className="setup-fieldset setup-fieldset--column">
        <legend>Courses by year</legend>
        <div className="item-form__fields">
          {PLAN_YEARS.map((y) => (
            <YearCourses key={y} year={y} codes={draft.years[y]} onChange={setYear(y)} index={index} catalog={catalog} />
          ))}
        </div>
      </fieldset>
      <FormButtons submitLabel={saving ? 'Saving…' : initial ? 'Save program' : 'Add program'} onCancel={onCancel} />
    </SetupForm>
  );
}
