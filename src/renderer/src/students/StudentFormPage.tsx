import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Student } from '../../../shared/domain/student';
import type { DetailProblem } from '../../../shared/domain/student-details';
import { CounselorError } from '../../../shared/errors';
import { api } from '../client/api';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { SaveOutcome } from '../ui/setup';
import { Page } from '../shell/Page';
import { planPath } from '../shell/route';
import { StudentField } from './StudentField';
import { draftOf, detailsOf, emptyGuardian, TEXT_FIELDS, type Draft, type GuardianDraft } from './draft';
import '../ui/setup.css';
import './student-form.css';

const GUARDIAN_PARTS: readonly { part: keyof GuardianDraft; label: string }[] = [
  { part: 'name', label: 'Name' },
  { part: 'relationship', label: 'Relationship' },
  { part: 'email', label: 'Email' },
  { part: 'phone', label: 'Phone' },
  { part: 'preferredLanguage', label: 'Language' },
];
/** A roster row carries two; the form holds no more than an import could. */
const MAX_GUARDIANS = 2;

/**
 * A student entered or edited by hand (issue 13): every field of the record, checked by the core
 * as a roster row is; each problem shows as one sentence under its field and the first takes focus.
 * What is saved is kept in the student's history and as entered by hand, so the next roster
 * import asks before replacing it.
 */
export function StudentFormPage({ studentNumber, focusOnShow }: { studentNumber: string | null; focusOnShow: boolean }) {
  const adding = studentNumber === null;
  const [held, setHeld] = useState<Student | null>(null);
  const [draft, setDraft] = useState<Draft | null>(adding ? draftOf(null) : null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [saveError, setSaveError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const guardians = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    if (adding) return;
    api['students.get']({ studentNumber })
      .then((s) => {
        setHeld(s);
        setDraft(draftOf(s));
      })
      .catch((e: unknown) => setLoadError(messageOf(e)));
  }, [adding, studentNumber]);

  const set = (field: keyof Draft) => (value: string) => setDraft((d) => (d ? { ...d, [field]: value } : d));
  const setGuardian = (i: number, part: keyof GuardianDraft) => (value: string) =>
    setDraft((d) => (d ? { ...d, guardians: d.guardians.map((g, j) => (j === i ? { ...g, [part]: value } : g)) } : d));

  const focusFirstError = (fields: readonly string[]) => {
    // The form's order, not the order the core found them in.
    const inputs = [...(form.current?.querySelectorAll<HTMLInputElement>('[data-field]') ?? [])];
    inputs.find((i) => fields.includes(i.dataset.field ?? ''))?.focus();
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft || saving) return;
    setSaving(true);
    setErrors(new Map());
    setSaveError(null);
    setNotice('');
    try {
      if (adding) {
        const { student } = await api['students.add']({ studentNumber: draft.studentNumber, details: detailsOf(draft) });
        window.location.hash = planPath(student.studentNumber);
        return;
      }
      const { student, changed } = await api['students.update']({ studentNumber: studentNumber, changes: detailsOf(draft) });
      setHeld(student);
      setDraft(draftOf(student));
      setNotice(changed.length === 0 ? 'Nothing changed.' : `Saved: ${changed.length} ${changed.length === 1 ? 'field' : 'fields'} changed, kept as entered by hand.`);
    } catch (err) {
      const problems = err instanceof CounselorError ? (err.details as { problems?: DetailProblem[] } | undefined)?.problems : undefined;
      if (problems?.length) {
        const byField = new Map<string, string>();
        for (const p of problems) byField.set(p.field, byField.has(p.field) ? `${byField.get(p.field)} ${p.reason}` : p.reason);
        setErrors(byField);
        requestAnimationFrame(() => focusFirstError([...byField.keys()]));
      } else {
        setSaveError(messageOf(err));
        if (err instanceof CounselorError && err.code === 'conflict') {
          setErrors(new Map([['studentNumber', messageOf(err)]]));
          requestAnimationFrame(() => focusFirstError(['studentNumber']));
        }
      }
    } finally {
      setSaving(false);
    }
  };

  const title = adding ? 'Add a student' : held ? `Edit ${held.lastName}, ${held.firstName}` : 'Edit student details';
  return (
    <Page title={title} focusOnShow={focusOnShow}>
      <div className="setup-page">
        <ErrorAlert title="The student could not be shown." message={loadError} />
        {draft ? (
          <form ref={form} className="setup-card" aria-label="Student details" noValidate onSubmit={(e) => void save(e)}>
            <div className="item-form__fields">
              {adding ? (
                <StudentField label="Student number" field="studentNumber" value={draft.studentNumber} onChange={set('studentNumber')} error={errors.get('studentNumber')} required />
              ) : null}
              {TEXT_FIELDS.map((f) => (
                <StudentField
                  key={f.field}
                  label={f.label}
                  field={f.field}
                  value={draft[f.field]}
                  onChange={set(f.field)}
                  error={errors.get(f.field)}
                  required={f.field === 'firstName' || f.field === 'lastName'}
                  {...(f.numeric ? { inputMode: 'numeric' as const } : {})}
                />
              ))}
            </div>
            <fieldset ref={guardians} tabIndex={-1} className="student-guardians">
              <legend>Parents/guardians</legend>
              {errors.get('guardians') ? <p className="field-error">{errors.get('guardians')}</p> : null}
              {draft.guardians.length === 0 ? <p className="hint">None listed.</p> : null}
              {draft.guardians.map((g, i) => (
                <div key={i} role="group" aria-label={`Parent/guardian ${i + 1}`} className="item-form__fields">
                  {GUARDIAN_PARTS.map((p) => (
                    <StudentField key={p.part} label={`${p.label} (parent/guardian ${i + 1})`} field={`guardians`} value={g[p.part]} onChange={setGuardian(i, p.part)} />
                  ))}
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => {
                      setDraft((d) => (d ? { ...d, guardians: d.guardians.filter((_, j) => j !== i) } : d));
                      // The button that had focus is gone: the legend's fieldset keeps the place.
                      requestAnimationFrame(() => guardians.current?.focus());
                    }}
                  >
                    Remove parent/guardian {i + 1}
                  </button>
                </div>
              ))}
              {draft.guardians.length < MAX_GUARDIANS ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    setDraft((d) => (d ? { ...d, guardians: [...d.guardians, emptyGuardian()] } : d));
                    // To the new guardian's name: the group appears above the button, behind the keyboard's back.
                    requestAnimationFrame(() => [...(form.current?.querySelectorAll<HTMLInputElement>('[data-field="guardians"]') ?? [])].at(-GUARDIAN_PARTS.length)?.focus());
                  }}
                >
                  Add a parent/guardian
                </button>
              ) : null}
            </fieldset>
            <div className="form-buttons">
              <button type="submit" className="button button--small button--primary">
                {saving ? 'Saving…' : adding ? 'Add student' : 'Save changes'}
              </button>
              <a className="button button--small" href={adding ? '#/caseload' : planPath(studentNumber)}>
                {adding ? 'Back to caseload' : 'Back to the plan'}
              </a>
            </div>
            <SaveOutcome notice={notice} error={errors.size > 0 ? null : saveError} />
          </form>
        ) : null}
      </div>
    </Page>
  );
}
