import { useEffect, useId, useState } from 'react';
import { SUBJECT_AREA_LABELS, SUBJECT_AREAS, type SubjectArea } from '../../../shared/domain/catalog';
import type { CountsAsRule, RequirementSet } from '../../../shared/domain/requirements';
import { api } from '../api';
import { NumberField } from '../catalog/setup';
import { credits } from '../plan/format';
import { optionsOf, SelectField, TextField } from '../plan/fields';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { Page } from '../shell/Page';
import '../catalog/catalog.css';

const DEFAULT = 'default';

interface RuleDraft {
  rule: CountsAsRule;
  /** The cap as typed; blank is no cap. */
  max: string;
}

interface Draft {
  name: string;
  total: string;
  areas: Record<SubjectArea, string>;
  rules: RuleDraft[];
}

function draftOf(set: RequirementSet): Draft {
  const areas = {} as Record<SubjectArea, string>;
  for (const a of SUBJECT_AREAS) areas[a] = String(set.areas.find((x) => x.area === a)?.credits ?? 0);
  return {
    name: set.name,
    total: String(set.totalCredits),
    areas,
    rules: set.rules.map((rule) => ({ rule, max: rule.maxCredits === null ? '' : String(rule.maxCredits) })),
  };
}

/** "Courses tagged computer_science count as Mathematics": what a rule does, from its fields. */
function ruleTitle(r: Pick<CountsAsRule, 'fromTag' | 'fromArea' | 'toArea'>): string {
  const from = r.fromArea ? ` in ${SUBJECT_AREA_LABELS[r.fromArea]}` : '';
  return `Courses tagged ${r.fromTag}${from} count as ${SUBJECT_AREA_LABELS[r.toArea]}`;
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
  const rules = d.rules.map(({ rule, max }) => ({ ...rule, maxCredits: max.trim() === '' ? null : num(max) }));
  return { ...before, classYear, name: d.name.trim(), totalCredits: num(d.total), areas, rules };
}

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
            <p role="status" className="setup-status">
              {notice}
            </p>
            <ErrorAlert title="Not saved:" message={error} />
          </form>
        )}
        {set ? <NonCredit set={set} /> : null}
      </div>
    </Page>
  );
}

/** A rule id the set does not use yet: "computer_science-math", then "-2", "-3" ... */
function newRuleId(fromTag: string, toArea: SubjectArea, taken: readonly RuleDraft[]): string {
  const base = `${fromTag}-${toArea}`.slice(0, 36);
  const ids = new Set(taken.map((r) => r.rule.id));
  let id = base;
  for (let i = 2; ids.has(id); i++) id = `${base}-${i}`;
  return id;
}

/**
 * The counts-as rules, inside the requirements form: each rule's cap can change or the rule can
 * go; a new rule is added from a course tag (and optionally an area) to an area. Nothing is
 * stored until Save.
 */
function RulesEditor({ rules, tags, onChange }: { rules: RuleDraft[]; tags: string[]; onChange(rules: RuleDraft[]): void }) {
  const uid = useId();
  const [fromTag, setFromTag] = useState('');
  const [fromArea, setFromArea] = useState('');
  const [toArea, setToArea] = useState<SubjectArea>('math');
  const [max, setMax] = useState('');
  const tag = fromTag || tags[0] || '';

  const add = () => {
    if (!tag) return;
    const r = { fromTag: tag, fromArea: fromArea === '' ? null : (fromArea as SubjectArea), toArea };
    const rule: CountsAsRule = { ...r, id: newRuleId(tag, toArea, rules), maxCredits: null, description: '' };
    onChange([...rules, { rule, max }]);
    setMax('');
  };

  return (
    <fieldset className="setup-fieldset">
      <legend>Courses that count as another area</legend>
      {rules.length === 0 ? <p className="hint">None.</p> : null}
      <ul className="setup-list">
        {rules.map((d, i) => {
          const title = ruleTitle(d.rule);
          return (
            <li key={d.rule.id}>
              <strong>{title}</strong>
              {d.rule.description ? <span className="hint"> — {d.rule.description}</span> : null}
              <div className="item-form__fields">
                <div className="field field--narrow">
                  <label htmlFor={`${uid}-max-${i}`}>
                    Max credits<span className="visually-hidden"> for {title}</span>
                  </label>
                  <input
                    id={`${uid}-max-${i}`}
                    type="number"
                    inputMode="decimal"
                    min={0}
                    step={0.25}
                    placeholder="No cap"
                    value={d.max}
                    onChange={(e) => onChange(rules.map((x, j) => (j === i ? { ...x, max: e.target.value } : x)))}
                  />
                </div>
                <button
                  type="button"
                  className="button button--small button--danger"
                  aria-label={`Remove rule: ${title}`}
                  onClick={() => onChange(rules.filter((_, j) => j !== i))}
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <p className="hint">Max credits blank: no cap. Changes are kept when you save.</p>
      <div className="item-form__fields" role="group" aria-label="Add a rule">
        {tags.length === 0 ? (
          <p className="hint">No course in the catalog has a tag yet, so there is nothing to add a rule for.</p>
        ) : (
          <>
            <SelectField label="From courses tagged" value={tag} onChange={setFromTag}>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </SelectField>
            <SelectField label="Only courses in" value={fromArea} onChange={setFromArea}>
              <option value="">Any area</option>
              {optionsOf(SUBJECT_AREA_LABELS)}
            </SelectField>
            <SelectField label="Count as" value={toArea} onChange={(v) => setToArea(v as SubjectArea)}>
              {optionsOf(SUBJECT_AREA_LABELS)}
            </SelectField>
            <NumberField label="Max credits for the new rule" value={max} onChange={setMax} />
            <button type="button" className="button button--small" onClick={add}>
              Add rule
            </button>
          </>
        )}
      </div>
    </fieldset>
  );
}

/** The requirements that are not credits, read-only. */
function NonCredit({ set }: { set: RequirementSet }) {
  return (
    <>
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
