import { useEffect, useId, useState } from 'react';
import { SUBJECT_AREA_LABELS, SUBJECT_AREAS } from '../../../shared/domain/catalog';
import type { RequirementSet } from '../../../shared/domain/requirements';
import { api } from '../client/api';
import { NumberField } from '../ui/fields';
import { credits } from '../plan/format';
import { SelectField, TextField } from '../ui/fields';
import { messageOf } from '../shell/ErrorAlert';
import { SaveOutcome } from '../ui/setup';
import { Page } from '../shell/Page';
import { draftOf, setFromDraft, type Draft } from './draft';
import { expectedProblem } from './expected';
import { ExpectedByGradeFields, expectedFocusKey } from './ExpectedByGradeFields';
import { focusByKey } from '../ui/focus';
import { NonCredit } from './NonCredit';
import { RulesEditor } from './RulesEditor';
import '../ui/setup.css';
import './requirements.css';

const DEFAULT = 'default';

export function RequirementsPage({ focusOnShow }: { focusOnShow: boolean }) {
  const [classes, setClasses] = useState<number[]>([]);
  const [choice, setChoice] = useState(DEFAULT);
  const [set, setSet] = useState<RequirementSet | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const headingId = useId();
  const classYear = choice === DEFAULT ? null : Number(choice);

  useEffect(() => {
    api['students.list']({}).then(
      (r) => setClasses([...new Set(r.students.map((s) => s.classYear).filter((y): y is number => y !== null))].sort()),
      (e: unknown) => setError(messageOf(e)),
    );
  }, []);

  useEffect(() => {
    api['courses.list']({}).then(
      (r) => setTags([...new Set(r.courses.flatMap((c) => c.tags))].sort()),
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

  const [showProblem, setShowProblem] = useState(false);
  const total = draft ? Number(draft.total) : Number.NaN;
  const problem = draft ? expectedProblem(draft.expected, total) : null;

  const save = async () => {
    if (!set || !draft) return;
    setError(null);
    setNotice('');
    // The figures by grade are checked here: the core would refuse them with a less precise sentence.
    if (problem) {
      setShowProblem(true);
      setError(problem.message);
      if (draft.expected.mode === 'by_grade') focusByKey(expectedFocusKey(problem.grade));
      return;
    }
    setShowProblem(false);
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
            <ExpectedByGradeFields
              draft={draft.expected}
              total={total}
              problem={showProblem ? problem : null}
              onChange={(expected) => setDraft({ ...draft, expected })}
            />
            <RulesEditor
              rules={draft.rules}
              tags={[...new Set([...tags, ...draft.rules.map((r) => r.rule.fromTag)])].sort()}
              onChange={(rules) => setDraft({ ...draft, rules })}
            />
            <div className="actions">
              <button type="submit" className="button button--primary">
                Save
              </button>
            </div>
            <SaveOutcome notice={notice} error={error} />
          </form>
        )}
        {set ? <NonCredit set={set} /> : null}
      </div>
    </Page>
  );
}
