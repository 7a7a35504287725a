import { useId, useState } from 'react';
import type { InstalledLanguage } from '../../../shared/domain/settings';
import { api } from '../client/api';
import { platform } from '../client/platform';
import { base64ToBytes, XLSX_TYPE } from '../shell/bytes';
import { messageOf } from '../shell/ErrorAlert';
import { SaveOutcome } from '../ui/setup';
import { FileInput, fileToBase64 } from '../ui/FileInput';
import { formatDateTime } from '../ui/values';

/** A sheet read but not stored: its language is installed, and the counselor decides whether to replace it. */
interface Pending {
  fileName: string;
  base64: string;
  name: string;
  changed: number;
  labels: number;
}

/**
 * Settings → Printout languages (issue 14): the installed languages, the label sheet to translate,
 * a translated sheet imported (a language already installed is replaced only when the counselor,
 * told how many labels change, says so), an added language removed. `onChanged` reloads the
 * settings, whose language list the print choices and the family-language rule offer.
 */
export function PrintoutLanguages({ languages, onChanged }: { languages: readonly InstalledLanguage[]; onChanged: () => Promise<void> }) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [from, setFrom] = useState('');

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      setNotice(await work());
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const download = () =>
    act(async () => {
      // Started from an installed language, a translation is corrected rather than typed again.
      const sheet = await api['labels.sheet'](from ? { from } : {});
      await platform.saveFile(sheet.fileName, base64ToBytes(sheet.base64), XLSX_TYPE);
      return `Saved ${sheet.fileName}: have its third column translated, keep each {placeholder}, then import it here.`;
    });

  const importSheet = (fileName: string, base64: string, replace: boolean) =>
    act(async () => {
      setPending(null);
      const result = await api['labels.import']({ fileName, base64, replace });
      if (!result.saved && result.replaces) {
        setPending({ fileName, base64, name: result.replaces.name, changed: result.replaces.changed, labels: result.labels });
        return '';
      }
      await onChanged();
      return `${result.replaces ? 'Replaced' : 'Added'} ${result.name}: plans print in it for families who prefer ${result.name}, or when it is chosen.`;
    });

  const remove = (language: InstalledLanguage) =>
    act(async () => {
      await api['labels.remove']({ code: language.code });
      await onChanged();
      return `Removed ${language.name}: plans print in it no more.`;
    });

  return (
    <section className="setup-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="setup-card__title">
        Printout languages
      </h2>
      <p className="hint">
        English and Spanish come with the application. To add your families&apos; language, download the label sheet, have its third column translated, and
        import it.
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Printout languages</caption>
          <thead>
            <tr>
              <th scope="col">Language</th>
              <th scope="col">Code</th>
              <th scope="col">Added</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {languages.map((l) => (
              <tr key={l.code}>
                <th scope="row">{l.name}</th>
                <td>{l.code}</td>
                <td>{l.builtIn ? 'ships with the application' : `${formatDateTime(l.addedAt!)}${l.addedBy ? ` by ${l.addedBy}` : ''}`}</td>
                <td>
                  {l.builtIn ? null : (
                    <button type="button" className="button button--small" disabled={busy} onClick={() => void remove(l)}>
                      Remove {l.name}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>Third column of the sheet</label>
        <select id={`${id}-from`} value={from} onChange={(e) => setFrom(e.target.value)}>
          <option value="">Blank, to translate</option>
          {languages
            .filter((l) => l.code !== 'en')
            .map((l) => (
              <option key={l.code} value={l.code}>
                {`${l.name}, to correct`}
              </option>
            ))}
        </select>
      </div>
      <div className="form-buttons">
        <button type="button" className="button button--small" disabled={busy} onClick={() => void download()}>
          Download label sheet
        </button>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>Import a translated sheet (.xlsx)</label>
        <FileInput
          id={`${id}-file`}
          accept=".xlsx"
          className="setup-file"
          onFile={(file) => void fileToBase64(file).then((base64) => importSheet(file.name, base64, false))}
        />
      </div>
      {pending ? (
        <div role="group" aria-labelledby={`${id}-replace`}>
          <p id={`${id}-replace`}>
            {pending.name} is installed; this sheet changes {pending.changed} of its {pending.labels} labels.
          </p>
          <div className="form-buttons">
            <button type="button" className="button button--small button--primary" disabled={busy} onClick={() => void importSheet(pending.fileName, pending.base64, true)}>
              Replace {pending.name}
            </button>
            <button type="button" className="button button--small" onClick={() => setPending(null)}>
              Keep the installed {pending.name}
            </button>
          </div>
        </div>
      ) : null}
      <SaveOutcome notice={notice} error={error} errorTitle="The printout languages were not changed:" />
    </section>
  );
}
