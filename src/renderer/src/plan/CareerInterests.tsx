import { useId, useState, type FormEvent } from 'react';
import { focusKey } from '../ui/focus';
import { usePlanEditor } from './context';

const INTEREST_FOCUS = 'interest-input';

/** Occupations and fields the student is curious about, in their own words. */
export function CareerInterests() {
  const { view, change } = usePlanEditor();
  const id = useId();
  const [text, setText] = useState('');

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const interest = text.trim();
    if (interest === '') return;
    const saved = await change(
      (v) => ({ op: 'setCareerInterests', interests: [...v.careerInterests, interest] }),
      { done: `Career interest added: ${interest}.`, focus: INTEREST_FOCUS },
    );
    if (saved) setText('');
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
      <form className="inline-form" onSubmit={(e) => void add(e)}>
        <div className="field field--grow">
          <label htmlFor={id}>Add a career interest</label>
          <input id={id} type="text" maxLength={200} value={text} onChange={(e) => setText(e.target.value)} {...focusKey(INTEREST_FOCUS)} />
        </div>
        <button type="submit" className="button button--small">
          Add interest
        </button>
      </form>
    </section>
  );
}
