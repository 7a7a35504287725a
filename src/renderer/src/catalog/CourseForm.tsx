import { useState } from 'react';
import { SUBJECT_AREA_LABELS, type Course } from '../../../shared/domain/catalog';
import { api } from '../api';
import { FormButtons, optionsOf, SelectField, TextField } from '../plan/fields';
import { messageOf } from '../shell/ErrorAlert';
import { courseFromDraft, draftOf, DUAL_CREDIT_LABELS, HS_GRADES, LENGTH_LABELS, type CourseDraft } from './courseText';
import { CheckField, NumberField, SetupForm } from './setup';

/** Add a course (initial null) or edit one; saved with courses.save, the core's message shown when it refuses. */
export function CourseForm({ initial, onSaved, onCancel }: { initial: Course | null; onSaved(course: Course): void; onCancel(): void }) {
  const [draft, setDraft] = useState<CourseDraft>(() => draftOf(initial));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof CourseDraft>(key: K) => (value: CourseDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      onSaved(await api['courses.save'](courseFromDraft(draft, initial)));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setSaving(false);
    }
  };

  const toggleGrade = (grade: number, on: boolean) =>
    set('grades')(on ? [...draft.grades, grade].sort((a, b) => a - b) : draft.grades.filter((g) => g !== grade));

  return (
    <SetupForm title={initial ? `Edit ${initial.number}: ${initial.title}` : 'Add a course'} error={error} onSubmit={() => void save()}>
      <div className="item-form__fields">
        {initial ? (
          <p className="setup-form__fixed">
            Course number <strong>{initial.number}</strong>
          </p>
        ) : (
          <TextField label="Course number" value={draft.number} onChange={set('number')} required maxLength={32} />
        )}
        <TextField label="Title" value={draft.title} onChange={set('title')} required className="field--grow" />
        <NumberField label="Credits" value={draft.credits} onChange={set('credits')} max={10} />
        <SelectField label="Subject area" value={draft.area} onChange={set('area')}>
          {optionsOf(SUBJECT_AREA_LABELS)}
        </SelectField>
        <SelectField label="Length" value={draft.length} onChange={set('length')}>
          {optionsOf(LENGTH_LABELS)}
        </SelectField>
      </div>
      <fieldset className="setup-fieldset">
        <legend>Grades offered</legend>
        {HS_GRADES.map((g) => (
          <CheckField key={g} label={`Grade ${g}`} checked={draft.grades.includes(g)} onChange={(on) => toggleGrade(g, on)} />
        ))}
      </fieldset>
      <div className="item-form__fields">
        <TextField
          label="Prerequisites"
          value={draft.prerequisites}
          onChange={set('prerequisites')}
          hint='Course numbers: a comma means "and", "or" between numbers means either one. Example: MTH101 or MTH111, MTH201'
          className="field--wide"
          maxLength={500}
        />
      </div>
      <fieldset className="setup-fieldset">
        <legend>Flags</legend>
        <CheckField label="Career and technical education (CTE)" checked={draft.cte} onChange={set('cte')} />
        <CheckField label="Advanced Placement (AP)" checked={draft.ap} onChange={set('ap')} />
        <CheckField label="International Baccalaureate (IB)" checked={draft.ib} onChange={set('ib')} />
        <CheckField label="Honors" checked={draft.honors} onChange={set('honors')} />
        <CheckField label="Repeatable for credit" checked={draft.repeatable} onChange={set('repeatable')} />
      </fieldset>
      <div className="item-form__fields">
        <SelectField label="Dual credit" value={draft.dualCredit} onChange={set('dualCredit')}>
          <option value="">None</option>
          {optionsOf(DUAL_CREDIT_LABELS)}
        </SelectField>
        <TextField label="SCED code" value={draft.scedCode} onChange={set('scedCode')} maxLength={20} />
        <TextField label="State course code" value={draft.stateCode} onChange={set('stateCode')} maxLength={20} />
        <TextField
          label="Career pathway codes"
          value={draft.pathwayCodes}
          onChange={set('pathwayCodes')}
          hint="Separated by commas, for example MN-MIR, IT-PSD"
          maxLength={500}
        />
      </div>
      <FormButtons submitLabel={saving ? 'Saving…' : initial ? 'Save course' : 'Add course'} onCancel={onCancel} />
    </SetupForm>
  );
}
