import { useState, type FormEvent } from 'react';
import { CTSOS, type Experience, type ExperienceType } from '../../../shared/domain/plan';
import { usePlanEditor } from './context';
import { DateField, FormButtons, SelectField, TextField } from '../ui/fields';
import { formatDate, parseNumber } from './format';
import { ItemSection, type ItemFormProps } from './ItemSection';
import { EXPERIENCE_TYPE_GROUPS, EXPERIENCE_TYPE_LABELS } from './labels';

type ExperienceFields = Omit<Experience, 'id'>;
type Ctso = (typeof CTSOS)[number];

function ExperienceForm({ initial, submitLabel, onSubmit, onCancel }: ItemFormProps<Experience, ExperienceFields>) {
  const [type, setType] = useState<ExperienceType>(initial?.type ?? 'job_shadow');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [ctso, setCtso] = useState<Ctso>(initial?.ctso ?? 'FFA');
  const [organization, setOrganization] = useState(initial?.organization ?? '');
  const [startDate, setStartDate] = useState(initial?.startDate ?? '');
  const [endDate, setEndDate] = useState(initial?.endDate ?? '');
  const [hours, setHours] = useState(initial?.hours === null || initial?.hours === undefined ? '' : String(initial.hours));
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const h = parseNumber(hours);
    if (Number.isNaN(h)) {
      setProblem('Hours is a number, such as 8 or 2.5.');
      return;
    }
    setProblem(null);
    void onSubmit({
      type,
      title: title.trim(),
      organization: organization.trim() || null,
      ctso: type === 'ctso' ? ctso : null,
      startDate: startDate || null,
      endDate: endDate || null,
      hours: h,
    });
  };

  return (
    <form className="item-form" onSubmit={submit} aria-label={initial ? 'Edit experience' : 'New experience'}>
      <div className="item-form__fields">
        <SelectField label="Type" value={type} onChange={(v) => setType(v as ExperienceType)}>
          {EXPERIENCE_TYPE_GROUPS.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.types.map((t) => (
                <option key={t} value={t}>
                  {EXPERIENCE_TYPE_LABELS[t]}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        {type === 'ctso' ? (
          <SelectField label="Organisation (CTSO)" value={ctso} onChange={(v) => setCtso(v as Ctso)}>
            {CTSOS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField
          label="What"
          value={title}
          onChange={setTitle}
          required
          autoFocus
          className="field--wide"
          hint="Job shadow at a machine shop, FFA chapter officer…"
        />
        <TextField label={type === 'ctso' ? 'Chapter' : 'Employer, site or club'} value={organization} onChange={setOrganization} />
        <DateField label="Start date" value={startDate} onChange={setStartDate} />
        <DateField label="End date" value={endDate} onChange={setEndDate} />
        <TextField label="Hours" value={hours} onChange={setHours} inputMode="decimal" maxLength={8} className="field--narrow" />
      </div>
      <p role="alert" className="field-problem">
        {problem}
      </p>
      <FormButtons submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

function dates(e: Experience): string | null {
  if (!e.startDate && !e.endDate) return null;
  if (e.startDate && !e.endDate) return `from ${formatDate(e.startDate)}`;
  if (!e.startDate) return `until ${formatDate(e.endDate)}`;
  return `${formatDate(e.startDate)} – ${formatDate(e.endDate)}`;
}

/** Work-based learning, CTSOs, service, leadership, athletics, arts and hobbies, with dates and hours. */
export function ExperiencesSection() {
  const { view } = usePlanEditor();
  return (
    <ItemSection<Experience, ExperienceFields>
      kind="experience"
      title="Experiences"
      noun="experience"
      aside={view.experiences.length > 0 ? `${view.experienceHours} hours in all` : undefined}
      items={view.experiences}
      nameOf={(e) => e.title}
      empty="No experiences yet: job shadows, internships, youth apprenticeship, CTSOs, service, leadership, athletics, arts…"
      renderItem={(e) => (
        <>
          <p className="item__title">
            <span className="tag">{e.type === 'ctso' && e.ctso ? e.ctso : EXPERIENCE_TYPE_LABELS[e.type]}</span> {e.title}
          </p>
          <p className="item__meta">
            {[e.organization, dates(e), e.hours !== null ? `${e.hours} hours` : null].filter(Boolean).join(' · ') || ' '}
          </p>
        </>
      )}
      Form={ExperienceForm}
      addOp={(experience) => ({ op: 'addExperience', experience })}
      updateOp={(e, changes) => ({ op: 'updateExperience', experienceId: e.id, changes })}
      removeOp={(e) => ({ op: 'removeExperience', experienceId: e.id })}
    />
  );
}
