import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Paper } from '../../../shared/domain/print';
import { familyLanguageRuleLabel, type FamilyLanguageRule, type SettingsView } from '../../../shared/domain/settings';
import { api } from '../client/api';
import { paperLabels } from '../print/language';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { SaveOutcome } from '../ui/setup';
import { isDepartmentStorePath } from '../../../shared/domain/backup';
import { Page } from '../shell/Page';
import { FrameworkYears } from './FrameworkYears';
import { PrintoutLanguages } from './PrintoutLanguages';
import { SelectField, TextField, optionsOf } from '../ui/fields';
import { formatCount, formatDateTime } from '../ui/values';
import type { MethodOutput } from '../../../shared/contract';
import { WorkstationLink } from './WorkstationLink';
import '../ui/setup.css';
import './settings.css';

interface Draft {
  schoolName: string;
  defaultPaper: Paper;
  familyLanguage: FamilyLanguageRule;
}

const draftOf = (s: SettingsView): Draft => ({ schoolName: s.schoolName ?? '', defaultPaper: s.defaultPaper, familyLanguage: s.familyLanguage });

/**
 * The school's settings: the name printed on every plan, the paper and language a printout uses
 * unless the counselor chooses at the moment of printing, the counselors the caseload names, and
 * where the store and its backups are.
 */
export function SettingsPage({ focusOnShow }: { focusOnShow: boolean }) {
  const [view, setView] = useState<SettingsView | null>(null);
  const [store, setStore] = useState<MethodOutput<'store.info'> | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState('');

  const load = useCallback(async () => {
    try {
      const [settings, info] = await Promise.all([api['settings.get']({}), api['store.info']({})]);
      setView(settings);
      setDraft(draftOf(settings));
      setStore(info);
      setLoadError(null);
    } catch (e) {
      setLoadError(messageOf(e));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const set = <K extends keyof Draft>(key: K) => (value: string) => setDraft((d) => (d ? { ...d, [key]: value } : d));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft || saving) return;
    setSaving(true);
    setSaveError(null);
    setNotice('');
    try {
      const name = draft.schoolName.trim();
      const saved = await api['settings.save']({ schoolName: name === '' ? null : name, defaultPaper: draft.defaultPaper, familyLanguage: draft.familyLanguage });
      setView(saved);
      setDraft(draftOf(saved));
      setNotice("Saved the school's settings: printouts from now on use them.");
    } catch (err) {
      setSaveError(messageOf(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Page title="Settings" focusOnShow={focusOnShow}>
      <div className="setup-page settings-page">
        <ErrorAlert title="The settings could not be shown." message={loadError} />
        {view && draft ? (
          <>
            <form className="setup-card" aria-labelledby="settings-school" noValidate onSubmit={(e) => void save(e)}>
              <h2 id="settings-school" className="setup-card__title">
                The school and its printouts
              </h2>
              <div className="item-form__fields">
                <TextField
                  label="School name"
                  value={draft.schoolName}
                  onChange={set('schoolName')}
                  className="field--wide"
                  hint={
                    view.schoolName === null && view.printedSchoolName
                      ? `Printed at the top of every plan. Not set: printouts name ${view.printedSchoolName}, from the most recent printout that named a school.`
                      : 'Printed at the top of every plan.'
                  }
                />
                <SelectField label="Paper" value={draft.defaultPaper} onChange={set('defaultPaper')} hint="Unless another is chosen when printing.">
                  {optionsOf(paperLabels)}
                </SelectField>
                <SelectField label="Language of a printout" value={draft.familyLanguage} onChange={set('familyLanguage')} className="field--wide" hint="Unless another is chosen when printing.">
                  {optionsOf(Object.fromEntries(['family', ...view.languages.map((l) => l.code)].map((rule) => [rule, familyLanguageRuleLabel(rule, view.languages)])))}
                </SelectField>
              </div>
              <div className="form-buttons">
                <button type="submit" className="button button--small button--primary">
                  {saving ? 'Saving…' : 'Save settings'}
                </button>
              </div>
              <SaveOutcome notice={notice} error={saveError} />
              {view.changedAt ? <p className="hint">Last saved {formatDateTime(view.changedAt)}{view.changedBy ? ` by ${view.changedBy}` : ''}.</p> : null}
            </form>
            <FrameworkYears view={view} onSaved={setView} />
            <PrintoutLanguages languages={view.languages} onChanged={load} />
            <section className="setup-card" aria-labelledby="settings-counselors">
              <h2 id="settings-counselors" className="setup-card__title">
                Counselors
              </h2>
              <p className="hint">As the roster names them (its counselor column), with their active students.</p>
              {view.counselors.length === 0 ? (
                <p>No counselor is named in the caseload yet.</p>
              ) : (
                <div className="table-scroll">
                  <table className="data-table settings-counselors">
                    <caption className="visually-hidden">Counselors and their active students</caption>
                    <thead>
                      <tr>
                        <th scope="col">Counselor</th>
                        <th scope="col" className="num">
                          Active students
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {view.counselors.map((c) => (
                        <tr key={c.name}>
                          <th scope="row">{c.name}</th>
                          <td className="num">{formatCount(c.students)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
            {store ? (
              <section className="setup-card" aria-labelledby="settings-store">
                <h2 id="settings-store" className="setup-card__title">
                  The store
                </h2>
                <dl className="settings-facts">
                  <dt>Where it is</dt>
                  <dd className="settings-path">{store.path}</dd>
                  <dt>Students</dt>
                  <dd>{formatCount(store.studentCount)}</dd>
                  <dt>Store version</dt>
                  <dd>{store.schemaVersion}</dd>
                </dl>
                {isDepartmentStorePath(store.path) ? (
                  <p>
                    The department database is backed up by the district's own PostgreSQL backups, and by the server before each upgrade:{' '}
                    <a href="#/backups">see them on the Backups page</a>; district IT restores one with pg_restore.
                  </p>
                ) : (
                  <p>
                    Backups are kept beside it and taken before every import, upgrade and restore, and on the first change of each day:{' '}
                    <a href="#/backups">see and restore them on the Backups page</a>.
                  </p>
                )}
              </section>
            ) : null}
            <WorkstationLink />
          </>
        ) : loadError ? null : (
          <p role="status">Loading the settings…</p>
        )}
      </div>
    </Page>
  );
}
