import { useEffect, useId, useRef, useState } from 'react';
import type { SubjectArea } from '../../../shared/domain/catalog';
import type { CatalogDepartment } from '../../../shared/methods/plans';
import { api } from '../client/api';
import { AreaChoiceTable } from '../ui/AreaChoiceTable';
import { CountList } from '../ui/CountList';
import { FileInput, fileToBase64 } from '../ui/FileInput';
import { RejectedTable } from '../ui/values';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';

type Result = Awaited<ReturnType<(typeof api)['catalog.preview']>>;
interface Chosen {
  fileName: string;
  base64: string;
}

const SOURCE_TEXT: Record<CatalogDepartment['source'], string> = {
  unmapped: 'Choose an area: these rows are not imported until you do.',
  chosen: 'Your choice, remembered for the next catalog.',
  remembered: 'Remembered from an earlier import.',
  automatic: 'Read from the department name.',
};

function counts(r: Result) {
  return [
    { label: 'New courses', value: r.added },
    { label: 'Changed courses', value: r.updated },
    { label: 'Unchanged courses', value: r.unchanged },
    { label: 'Rejected rows', value: new Set(r.rejected.map((x) => x.row)).size },
  ];
}

/**
 * The catalog import in steps, as the roster's: choose a file → preview (what would be added,
 * changed and rejected, and each department's subject area, chosen where the name does not say)
 * → Import. Nothing is written before Import; a department choice is remembered by the import.
 */
export function CatalogImport({ onImported }: { onImported(): void }) {
  const id = useId();
  const [file, setFile] = useState<Chosen | null>(null);
  const [areas, setAreas] = useState<Record<string, SubjectArea>>({});
  const [preview, setPreview] = useState<Result | null>(null);
  const [report, setReport] = useState<Result | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const previewTitle = useRef<HTMLHeadingElement>(null);
  const reportTitle = useRef<HTMLHeadingElement>(null);
  const request = useRef(0);

  const check = async (chosen: Chosen, choices: Record<string, SubjectArea>, focus: boolean) => {
    const mine = ++request.current;
    setBusy(`Reading ${chosen.fileName}…`);
    setError(null);
    try {
      const r = await api['catalog.preview']({ ...chosen, areas: choices });
      if (mine !== request.current) return; // a later choice's preview is on its way
      setPreview(r);
      if (focus) requestAnimationFrame(() => previewTitle.current?.focus());
    } catch (e) {
      if (mine === request.current) setError(messageOf(e));
    } finally {
      if (mine === request.current) setBusy(null);
    }
  };

  const choose = async (picked: File) => {
    setPreview(null);
    setReport(null);
    setAreas({});
    const chosen = { fileName: picked.name, base64: await fileToBase64(picked) };
    setFile(chosen);
    await check(chosen, {}, true);
  };

  const chooseArea = (department: string, area: SubjectArea) => {
    if (!file) return;
    const next = { ...areas, [department]: area };
    setAreas(next);
    void check(file, next, false);
  };

  const commit = async () => {
    if (!file || busy) return;
    setBusy(`Importing ${file.fileName}…`);
    setError(null);
    try {
      const r = await api['catalog.import']({ ...file, areas });
      setReport(r);
      setPreview(null);
      setFile(null);
      onImported();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  };

  const cancel = () => {
    request.current++;
    setPreview(null);
    setFile(null);
    setAreas({});
    setBusy(null);
  };

  useEffect(() => {
    if (report) reportTitle.current?.focus();
  }, [report]);

  const unmapped = preview?.departments.filter((d) => d.area === null) ?? [];
  return (
    <section className="setup-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="setup-card__title">
        Import a catalog
      </h2>
      <div className="field">
        <label htmlFor={id}>Catalog file (.xlsx or .csv)</label>
        <FileInput id={id} accept=".xlsx,.csv" className="setup-file" onFile={(picked) => void choose(picked).catch((err: unknown) => setError(messageOf(err)))} />
      </div>
      <p role="status" className="setup-status">
        {busy ?? (report ? `Imported ${report.fileName}.` : '')}
      </p>
      <ErrorAlert title="This file cannot be imported." message={error} />
      {preview && file ? (
        <>
          <h3 ref={previewTitle} tabIndex={-1} className="setup-card__title">
            Preview of {preview.fileName}: nothing is imported until you press Import
          </h3>
          <CountList label="What the import would do" items={counts(preview)} />
          {unmapped.length > 0 ? (
            <p className="setup-form__note">
              {unmapped.length === 1 ? 'One department' : `${unmapped.length} departments`} in this file {unmapped.length === 1 ? 'is' : 'are'} not a
              subject area the app knows: choose an area for {unmapped.length === 1 ? 'it' : 'each'} below, or its rows are not imported.
            </p>
          ) : null}
          <AreaChoiceTable
            caption="Departments in this file and the subject area their courses go to"
            wordHeader="Department"
            words={preview.departments.map((d) => ({ ...d, word: d.department }))}
            sourceText={SOURCE_TEXT}
            onChoose={chooseArea}
          />
          {preview.rejected.length > 0 ? <RejectedTable rows={preview.rejected} total={preview.rejected.length} /> : null}
          <div className="import-actions">
            <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void commit()}>
              Import
            </button>
            <button type="button" className="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </>
      ) : null}
      {report ? (
        <>
          <h3 ref={reportTitle} tabIndex={-1} className="setup-card__title">
            What the import of {report.fileName} did
          </h3>
          <CountList label="What the import did" items={counts(report)} />
          {report.rejected.length > 0 ? <RejectedTable rows={report.rejected} total={report.rejected.length} /> : null}
        </>
      ) : null}
    </section>
  );
}
