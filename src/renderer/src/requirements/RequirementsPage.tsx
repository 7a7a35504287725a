import { useEffect, useId, useState } from 'react';
import { SUBJECT_AREA_LABELS, SUBJECT_AREAS, type SubjectArea } from '../../../shared/domain/catalog';
import type { RequirementSet } from '../../../shared/domain/requirements';
import { api } from '../api';
import { NumberField } from '../catalog/setup';
import { credits, creditsPhrase } from '../plan/format';
import { SelectField, TextField } from '../plan/fields';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { Page } from '../shell/Page';
import '../catalog/catalog.css';

const DEFAULT = 'default';

interface Draft {
  name: string;
  total: string;
  areas: Record<SubjectArea, string>;
}

function draftOf(set: RequirementSet): Draft {
  const areas = {} as Record<SubjectArea, string>;
  for (const a of SUBJECT_AREAS) areas[a] = String(set.areas.find((x) => x.area === a)?.credits ?? 0);
  return { name: set.name, total: String(set.totalCredits), areas };
}

/** A typed credit amount; NaN travels as null so the core names the field it refuses. */
function num(text: string): number {
  const n = text.trim() === '' ? Number.NaN : Number(text);
  return Number.isFinite(n) ? n : (null as unknown as number);
}

/** The draft as the core takes it: areas the set had, or that now have credits, in the catalog's order. */
function setFromDraft(d: Draft, before: RequirementSet, classYear: number | null): RequirementSet {
  const areas = SUBJECT_AREAS.filter((a) => before.areas.some((x) => x.area === a) || Number(d.areas[a]) > 0).map((area) => ({
    area,
    credits: num(d.areas[area]),
  }));
  return { ...before, classYear, name: d.name.trim(), totalCredits: num(d.total), areas };
}

export function RequirementsPage({ focusOnShow }: { focusOnShow: boolean }) {
  const [classes, setClasses] = useState<number[]>([]);
  const [choice, setChoice] = useState(DEFAULT);
  const [set, setSet] = useState<RequirementSet | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const headingId = useId();
  const classYear = choice === DEFAULT ? null : Number(choice);

  useEffect(() => {
    api['students.list']({}).then(
      (r) => setClasses([...new Set(r.students.map((s) => s.classYear).filter((y): y is number => y !== null))].sort()),
      (e: unknown) => setError(messageOf(e)),
    );
  }, []);

  useEffect(() => {
    let current = true;
    setSet(null);
    api['requirements.get']({ classYear }).then(
      (s) => {
        if (!current) return;
        setSet(s);
        setDraft(draftOf(s));
      },
      (e: unknown) => current && setError(messageOf(e)),
    );
    return () => {
      current = false;
    };
  }, [classYear]);

  const save = async () => {
    if (!set || !draft) return;
    setError(null);
    setNotice('');
    try {
      const saved = await api['requirements.save'](setFromDraft(draft, set, classYear));
      setSet(saved);
      setDraft(draftOf(saved));
      setNotice(`Saved the requirements for ${classYear === null ? 'the district default' : `the class of ${classYear}`}.`);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const areaSum = draft ? SUBJECT_AREAS.reduce((n, a) => n + (Number(draft.areas[a]) || 0), 0) : 0;
  const inherited = set !== null && classYear !== null && set.classYear !== classYear;

  return (
    <Page title="Graduation requirements" focusOnShow={focusOnShow}>
      <div className="setup-page">
        <div className="toolbar">
          <SelectField label="Class year" value={choice} onChange={setChoice}>
            <option value={DEFAULT}>District default (every class without its own)</option>
            {classes.map((y) => (
              <option key={y} value={String(y)}>
                Class of {y}
              </option>
            ))}
          </SelectField>
        </div>
        {inherited ? <p className="hint">The class of {classYear} uses the district default until you save its own requirements here.</p> : null}
        {!set || !draft ? (
          <p role="status">Loading the requirements…</p>
        ) : (
          <form
            className="setup-card"
            aria-labelledby={headingId}
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <h2 id={headingId} className="setup-card__title">
              Credits required
            </h2>
            <TextField label="Name of this set" value={draft.name} onChange={(name) => setDraft({ ...draft, name })} required />
            <fieldset className="setup-fieldset requirement-areas">
              <legend>Credits by area</legend>
              {SUBJECT_AREAS.map((a) => (
                <NumberField
                  key={a}
                  label={SUBJECT_AREA_LABELS[a]}
                  value={draft.areas[a]}
                  onChange={(v) => setDraft({ ...draft, areas: { ...draft.areas, [a]: v } })}
                />
              ))}
            </fieldset>
            <div className="item-form__fields">
              <NumberField label="Total credits to graduate" value={draft.total} onChange={(total) => setDraft({ ...draft, total })} max={60} />
            </div>
            <p className="hint">
              The areas add up to {credits(areaSum)} credits; the rest of the total is the student&apos;s choice.
            </p>
            <div className="actions">
              <button type="submit" className="button button--primary">
                Save
              </button>
            </div>
            <p role="status" className="setup-status">
              {notice}
            </p>
            <ErrorAlert title="Not saved:" message={error} />
          </form>
        )}
        {set ? <Rules set={set} /> : null}
      </div>
    </Page>
  );
}

/** The counts-as rules and the requirements that are not credits, read-only. */
function Rules({ set }: { set: RequirementSet }) {
  return (
    <>
      <section className="setup-card" aria-labelledby="rules-title">
        <h2 id="rules-title" className="setup-card__title">
          Courses that count as another area
        </h2>
        {set.rules.length === 0 ? <p className="hint">None.</p> : null}
        <ul className="setup-list">
          {set.rules.map((r) => (
            <li key={r.id}>
              {r.description || `${r.fromTag} counts as ${SUBJECT_AREA_LABELS[r.toArea]}`}
              {r.maxCredits !== null ? <span className="hint"> (at most {creditsPhrase(r.maxCredits)})</span> : null}
            </li>
          ))}
        </ul>
      </section>
      <section className="setup-card" aria-labelledby="noncredit-title">
        <h2 id="noncredit-title" className="setup-card__title">
          Requirements that are not credits
        </h2>
        {set.nonCredit.length === 0 ? <p className="hint">None.</p> : null}
        <ul className="setup-list">
          {set.nonCredit.map((r) => (
            <li key={r.id}>
              <strong>{r.name}:</strong> {r.description}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
