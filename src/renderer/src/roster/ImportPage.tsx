import { CatalogImport } from '../catalog/CatalogImport';
import { Page } from '../shell/Page';
import { HistoryImport } from './HistoryImport';
import { chooseImportKind, IMPORT_KINDS, useImportKind } from './importKind';
import { RosterImport } from './RosterImport';
import '../ui/setup.css';
import '../catalog/catalog.css';
import './roster.css';

/**
 * Import: first what is imported (a roster, a course history, the course catalog), then that
 * import's steps. The roster and the course history walk the same steps with the same components
 * (ImportSteps, ChooseStep, MappingStep, ImportFlow); the catalog import is the Courses page's own
 * component, shown here as well so every file from the school comes in through one page.
 */
export function ImportPage({ focusOnShow }: { focusOnShow: boolean }) {
  const kind = useImportKind();
  return (
    <Page title="Import" focusOnShow={focusOnShow}>
      <fieldset className="import-kind">
        <legend>What are you importing?</legend>
        <div className="import-kind__options">
          {IMPORT_KINDS.map((k) => (
            <div key={k.kind} className="import-kind__option">
              <input
                type="radio"
                id={`import-kind-${k.kind}`}
                name="import-kind"
                value={k.kind}
                checked={kind === k.kind}
                aria-describedby={`import-kind-${k.kind}-hint`}
                onChange={() => chooseImportKind(k.kind)}
              />
              <label htmlFor={`import-kind-${k.kind}`}>{k.label}</label>
              <p id={`import-kind-${k.kind}-hint`} className="hint">
                {k.hint}
              </p>
            </div>
          ))}
        </div>
      </fieldset>
      {kind === 'roster' ? <RosterImport /> : null}
      {kind === 'history' ? <HistoryImport /> : null}
      {kind === 'catalog' ? <CatalogImport onImported={() => undefined} /> : null}
    </Page>
  );
}
