import { useMemo, useState } from 'react';
import { namedCrosswalk } from '../../../shared/domain/framework-crosswalk';
import { indexFrameworks, searchFrameworks } from '../../../shared/domain/framework-search';
import { api } from '../client/api';
import { platform } from '../client/platform';
import { base64ToBytes, XLSX_TYPE } from '../shell/bytes';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { Page } from '../shell/Page';
import { useQuery } from '../ui/useQuery';
import { AboutFramework } from './AboutFramework';
import { crosswalkRows, CrosswalkView } from './CrosswalkView';
import { LegacyClusters, ModernClusters } from './EditionViews';
import { MoveTo2024 } from './MoveTo2024';
import './framework.css';

const loadFramework = () => api['framework.get']({});

type View = 'legacy' | 'modern' | 'crosswalk' | 'move';

const VIEWS: { view: View; label: string }[] = [
  { view: 'legacy', label: '2016 (16 clusters)' },
  { view: 'modern', label: '2024 (14 clusters)' },
  { view: 'crosswalk', label: 'Crosswalk, 2016 to 2024' },
  { view: 'move', label: 'Move plans to 2024' },
];

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function count(matches: readonly { groups: readonly unknown[] }[], groups: [string, string]): string {
  const n = matches.reduce((sum, m) => sum + m.groups.length, 0);
  return `${plural(matches.length, 'career cluster', 'career clusters')}, ${plural(n, ...groups)}`;
}

export function FrameworkPage({ focusOnShow }: { focusOnShow: boolean }) {
  const { state } = useQuery(loadFramework);
  const [query, setQuery] = useState('');
  const [view, setView] = useState<View>('legacy');
  const [exported, setExported] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const legacy = state.status === 'ready' ? state.value : null;
  const index = useMemo(() => (legacy ? indexFrameworks(legacy) : null), [legacy]);
  const crosswalk = useMemo(() => (legacy ? namedCrosswalk(legacy) : null), [legacy]);
  const result = useMemo(() => (index ? searchFrameworks(index, query) : { legacy: [], modern: [] }), [index, query]);
  const rows = useMemo(() => (crosswalk ? crosswalkRows(crosswalk, result) : null), [crosswalk, result]);

  const legacyCount = count(result.legacy, ['career pathway', 'career pathways']);
  const modernCount = count(result.modern, ['sub-cluster', 'sub-clusters']);
  const status =
    view === 'legacy'
      ? `2016: ${legacyCount} (2024: ${modernCount})`
      : view === 'modern'
        ? `2024: ${modernCount} (2016: ${legacyCount})`
        : view === 'move'
          ? ''
          : `${plural((rows?.clusters.length ?? 0) + (rows?.pathways.length ?? 0), 'crosswalk row', 'crosswalk rows')}`;

  const exportCrosswalk = async () => {
    setProblem(null);
    setExported(null);
    try {
      const file = await api['framework.crosswalkXlsx']({});
      await platform.saveFile(file.fileName, base64ToBytes(file.base64), XLSX_TYPE);
      setExported(`Exported the crosswalk (${file.count} rows) as ${file.fileName}.`);
    } catch (e) {
      setProblem(messageOf(e));
    }
  };

  return (
    <Page title="Career Clusters Framework" focusOnShow={focusOnShow}>
      <ErrorAlert title="The framework could not be shown." message={state.status === 'failed' ? state.message : null} />
      {state.status === 'loading' ? <p role="status">Loading the framework…</p> : null}
      {legacy && rows && crosswalk ? (
        <>
          <AboutFramework about={legacy.about} />

          <div className="toolbar framework-toolbar">
            <div className="field field--grow" role="search" aria-label="Find career clusters, pathways and occupations">
              <label htmlFor="framework-search">Search career clusters and pathways</label>
              <input
                id="framework-search"
                type="search"
                autoComplete="off"
                spellCheck={false}
                aria-describedby="framework-search-hint"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
              <p id="framework-search-hint" className="hint">
                Finds clusters, pathways, sub-clusters and occupations in both frameworks, e.g. “nurse” or “electrician”.
              </p>
            </div>
            <fieldset className="framework-view">
              <legend>Show</legend>
              {VIEWS.map((v) => (
                <label key={v.view} className="framework-view__option">
                  <input type="radio" name="framework-view" value={v.view} checked={view === v.view} onChange={() => setView(v.view)} /> {v.label}
                </label>
              ))}
            </fieldset>
            <button type="button" className="button" onClick={() => void exportCrosswalk()}>
              Export crosswalk as .xlsx
            </button>
          </div>
          <p role="status" aria-live="polite" className="caseload-count">
            {status}
            {exported ? ` ${exported}` : ''}
          </p>
          <ErrorAlert title="Not exported:" message={problem} />

          {view === 'move' ? (
            <MoveTo2024 />
          ) : view === 'crosswalk' ? (
            <section aria-label="Crosswalk" className="crosswalk-region">
              <CrosswalkView rows={rows} />
            </section>
          ) : (
            <div className="clusters" aria-label="Career clusters" role="region">
              {(view === 'legacy' ? result.legacy : result.modern).length === 0 ? (
                <p className="caseload-none">No career cluster, pathway or occupation matches this search.</p>
              ) : null}
              {view === 'legacy' ? <LegacyClusters matches={result.legacy} crosswalk={crosswalk} /> : <ModernClusters matches={result.modern} crosswalk={crosswalk} />}
            </div>
          )}
        </>
      ) : null}
    </Page>
  );
}
