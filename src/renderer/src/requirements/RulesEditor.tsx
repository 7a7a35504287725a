import { useId, useState } from 'react';
import { SUBJECT_AREA_LABELS, type SubjectArea } from '../../../shared/domain/catalog';
import type { CountsAsRule } from '../../../shared/domain/requirements';
import { NumberField } from '../ui/fields';
import { optionsOf, SelectField } from '../ui/fields';
import { newRuleId, ruleTitle, type RuleDraft } from './draft';

/**
 * The counts-as rules, inside the requirements form: each rule's cap can change or the rule can
 * go; a new rule is added from a course tag (and optionally an area) to an area. Nothing is
 * stored until Save.
 */
export function RulesEditor({ rules, tags, onChange }: { rules: RuleDraft[]; tags: string[]; onChange(rules: RuleDraft[]): void }) {
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
