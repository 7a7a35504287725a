import { useMemo, useState, type FormEvent } from 'react';
import { searchOccupations } from '../../../shared/domain/framework-search';
import { Combobox, type ComboboxOption } from './Combobox';
import { usePlanEditor } from './context';

const INTEREST_FOCUS = 'interest-input';

/**
 * Occupations and fields the student is curious about: an occupation picked from the framework's
 * sample occupations (the same forgiving search as the Framework page: "nurses", "electrition"),
 * or the student's own words.
 */
export function CareerInterests() {
  const { view, change } = usePlanEditor();
  const [text, setText] = useState('');
  const options = useMemo<ComboboxOption[]>(
    () => searchOccupations(text).map((o) => ({ id: o.id, label: o.name, detail: o.soc ? `SOC ${o.soc}` : undefined })),
    [text],
  );

  const addInterest = async (interest: string) => {
    if (interest === '') return;
    const saved = await change(
      (v) => ({ op: 'setCareerInterests', interests: [...v.careerInterests, interest] }),
      { done: `Career interest added: ${interest}.`, focus: INTEREST_FOCUS },
    );
    if (saved) setText('');
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    void addInterest(text.trim());
  };

  const remove = (interest: string) =>
    void change((v) => ({ op: 'setCareerInterests', interests: v.careerInterests.filter((i) => i !== interest) }), {
      done: `Career interest removed: ${interest}.`,
      focus: INTEREST_FOCUS,
    });

  return (
    <section className="plan-card" aria-labelledby="plan-interests-title">
      <h2 id="plan-interests-title" className="plan-card__title">
        Career interests
      </h2>
      {view.careerInterests.length === 0 ? (
        <p className="plan-card__empty">None yet.</p>
      ) : (
        <ul className="chips">
          {view.careerInterests.map((interest) => (
            <li key={interest} className="chip">
              {interest}
              <button type="button" className="chip__remove" aria-label={`Remove career interest: ${interest}`} onClick={() => remove(interest)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={add}>
        <Combobox
          className="field--grow"
          label="Add a career interest"
          value={text}
          onValueChange={setText}
          options={options}
          onPick={(o) => void addInterest(o.label)}
          emptyText="No sample occupation matches; Add interest keeps these words."
          hint="Pick an occupation from the list, or press Escape and then Enter to keep your own words."
          focusKey={INTEREST_FOCUS}
        />
        <button type="submit" className="button button--small">
          Add interest
        </button>
      </form>
    </section>
  );
}
