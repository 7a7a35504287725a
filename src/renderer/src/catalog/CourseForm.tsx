import { useEffect, useState } from 'react';
import { DUAL_CREDIT_LABELS, SUBJECT_AREA_LABELS, type Course } from '../../../shared/domain/catalog';
import { CounselorError } from '../../../shared/errors';
import { api } from '../client/api';
import { FormButtons, optionsOf, SelectField, TextField } from '../ui/fields';
import { messageOf } from '../shell/ErrorAlert';
import { courseFromDraft, draftOf, HS_GRADES, LENGTH_LABELS, type CourseDraft } from './courseText';
import { CheckField, NumberField } from '../ui/fields';
import { SetupForm } from '../ui/setup';

/** "3 students' plans hold ENG101" (null while unknown). */
function holdingText(number: string, plans: number | null): string | null {
  if (plans === null) return null;
  if (plans === 0) return `No student's plan holds ${number} yet.`;
  const who = plans === 1 ? "1 student's plan holds" : `${plans} students' plans hold`;
  return `${who} ${number}: a change to its credits or subject area changes ${plans === 1 ? 'that plan' : 'each of those plans'}.`;
}

/**
 * Add a course (initial null, courses.add) or edit one (courses.edit): two separate actions, so
 * adding can never change a course plans hold. Adding a number that is taken shows the core's
 * sentence and offers to edit that course instead; editing says how many plans hold the course.
 */
export function CourseForm({
  initial,
  onSaved,
  onCancel,
  onEditExisting,
}: {
  initial: Course | null;
  onSaved(course: Course): void;
  onCancel(): void;
  onEditExisting(number: string): void;
}) {
  const [draft, setDraft] = useState<CourseDraft>(() => draftOf(initial));
  const [error, setError] = useState<string | null>(null);
  const [taken, setTaken] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [plans, setPlans] = useState<number | null>(null);
  useEffect(() => {
    if (!initial) return;
    api['courses.plans']({ number: initial.number }).then(
      (r) => setPlans(r.plans),
      () => setPlans(null),
    );
  }, [initial]);
  const set = <K extends keyof CourseDraft>(key: K) => (value: CourseDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setError(null);
    setTaken(null);
    try {
      const course = courseFromDraft(draft, initial);
      onSaved(await (initial ? api['courses.edit'](course) : api['courses.add'](course)));
    } catch (e) {
      setError(messageOf(e));
      const details = e instanceof CounselorError ? (e.details as { number?: unknown } | undefined) : undefined;
      if (e instanceof CounselorError && e.code === 'conflict' && typeof details?.number === 'string') setTaken(details.number);
    } finally {
      setSaving(false);
    }
  };

  const toggleGrade = (grade: number, on: boolean) =>
    set('grades')(on ? [...draft.grades, grade].sort((a, b) => a - b) : draft.grades.filter((g) => g !== grade));

  const holding = initial ? holdingText(initial.number, plans) : null;
  return (
    <SetupForm title={initial ? `Edit ${initial.number}: ${initial.title}` : 'Add a course'} error={error} onSubmit={() => void save()}>
      {holding ? <p className="setup-form__note">{holding}</p> : null}
      <div className="item-form__fields">
        {initial ? (
          <p className="setup-form__fixed">
            Course number <strong>{initial.number}</strong>
            {initial.retired ? ' (retired: kept in plans, not offered for new ones)' : ''}
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
      {taken ? (
        <div className="actions">
          <button type="button" className="button" onClick={() => onEditExisting(taken)}>
            Edit {taken} instead
          </button>
        </div>
      ) : null}
      <FormButtons submitLabel={saving ? 'Saving…' : initial ? 'Save course' : 'Add course'} onCancel={onCancel} />
    </SetupForm>
  );
}
