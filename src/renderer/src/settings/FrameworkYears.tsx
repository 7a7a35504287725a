import { useState, type FormEvent } from 'react';
import {
  editionForYear,
  FRAMEWORK_EDITION_LABELS,
  schoolYearText,
  type FrameworkEdition,
  type FrameworkYear,
} from '../../../shared/domain/framework-choice';
import type { SettingsView } from '../../../shared/domain/settings';
import { api } from '../client/api';
import { messageOf } from '../shell/ErrorAlert';
import { SaveOutcome } from '../ui/setup';
import { SelectField } from '../ui/fields';

/** A year's choice in the form: an edition, or '' (follows the year before: no entry of its own). */
type Draft = Record<number, FrameworkEdition | ''>;

const draftOf = (view: SettingsView): Draft => Object.fromEntries(view.frameworkYears.map((y) => [y.schoolYear, y.edition]));

const entriesOf = (draft: Draft): FrameworkYear[] =>
  Object.entries(draft).flatMap(([year, edition]) => (edition === '' ? [] : [{ schoolYear: Number(year), edition }]));

/**
 * "Framework for new plans", per school year (issue 15): this year and next, and any year the school
 * set before. A year left "as the year before" has no entry of its own; the rule that reads the list
 * is framework-choice.ts editionForYear, the same the store's plans are made by. Saved on its own
 * (the other settings as they are), so a lead can plan next year's switch without touching the rest.
 */
export function FrameworkYears({ view, onSaved }: { view: SettingsView; onSaved(saved: SettingsView): void }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(view));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const now = view.newPlans.schoolYear;
  const years = [...new Set([...view.frameworkYears.map((y) => y.schoolYear), now, now + 1])].sort((a, b) => a - b);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(null);
    setNotice('');
    try {
      const saved = await api['settings.save']({
        schoolName: view.schoolName,
        defaultPaper: view.defaultPaper,
        familyLanguage: view.familyLanguage,
        frameworkYears: entriesOf(draft),
      });
      setDraft(draftOf(saved));
      onSaved(saved);
      setNotice(`Saved. A plan made this school year (${schoolYearText(now)}) starts on the ${FRAMEWORK_EDITION_LABELS[saved.newPlans.edition]}.`);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="setup-card" aria-labelledby="settings-frameworks" noValidate onSubmit={(e) => void save(e)}>
      <h2 id="settings-frameworks" className="setup-card__title">
        Framework for new plans
      </h2>
      <p className="hint">
        The career framework a student&apos;s plan starts on when it is first made: its picker comes first on the plan, a program of study applied to it
        sets its choice in that framework, and the printout names it. Plans already made keep theirs.
      </p>
      <div className="item-form__fields">
        {years.map((year) => {
          const before = editionForYear(entriesOf(draft), year - 1);
          return (
            <SelectField
              key={year}
              label={`${schoolYearText(year)}${year === now ? ' (this school year)' : ''}`}
              value={draft[year] ?? ''}
              onChange={(value) => setDraft((d) => ({ ...d, [year]: value as FrameworkEdition | '' }))}
              className="field--wide"
            >
              <option value="">As the year before ({FRAMEWORK_EDITION_LABELS[before]})</option>
              <option value="2016">{FRAMEWORK_EDITION_LABELS['2016']}</option>
              <option value="2024">{FRAMEWORK_EDITION_LABELS['2024']}</option>
            </SelectField>
          );
        })}
      </div>
      <div className="form-buttons">
        <button type="submit" className="button button--small button--primary">
          {saving ? 'Saving…' : 'Save framework for new plans'}
        </button>
      </div>
      <SaveOutcome notice={notice} error={error} />
    </form>
  );
}
