import { useMemo, useState } from 'react';
import { api } from '../client/api';
import { ErrorAlert } from '../shell/ErrorAlert';
import { Page } from '../shell/Page';
import { useQuery } from '../ui/useQuery';
import { distinctAliases, indexFramework, searchFramework } from './search';
import './framework.css';

const loadFramework = () => api['framework.get']({});

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function FrameworkPage({ focusOnShow }: { focusOnShow: boolean }) {
  const { state } = useQuery(loadFramework);
  const [query, setQuery] = useState('');

  const index = useMemo(() => (state.status === 'ready' ? indexFramework(state.value) : null), [state]);
  const matches = useMemo(() => (index ? searchFramework(index, query) : []), [index, query]);
  const pathwayCount = matches.reduce((n, m) => n + m.pathways.length, 0);

  return (
    <Page title="Career Clusters Framework" focusOnShow={focusOnShow}>
      <ErrorAlert title="The framework could not be shown." message={state.status === 'failed' ? state.message : null} />
      {state.status === 'loading' ? <p role="status">Loading the framework…</p> : null}
      {state.status === 'ready' ? (
        <>
          <section className="about" aria-labelledby="about-title">
            <h2 id="about-title" className="visually-hidden">
              What the framework is for
            </h2>
            <div className="about__grid">
              <div className="about__item">
                <h3>Career clusters</h3>
                <p>{state.value.about.careerClusters}</p>
              </div>
              <div className="about__item">
                <h3>Career pathways</h3>
                <p>{state.value.about.careerPathways}</p>
              </div>
              <div className="about__item">
                <h3>Programs of study</h3>
                <p>{state.value.about.programsOfStudy}</p>
              </div>
            </div>
            <p className="about__source">{state.value.about.source}</p>
          </section>

          <div className="toolbar" role="search" aria-label="Find career clusters and pathways">
            <div className="field field--grow">
              <label htmlFor="framework-search">Search career clusters and pathways</label>
              <input
                id="framework-search"
                type="search"
                autoComplete="off"
                spellCheck={false}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
            </div>
          </div>
          <p role="status" aria-live="polite" className="caseload-count">
            {plural(matches.length, 'career cluster', 'career clusters')}, {plural(pathwayCount, 'career pathway', 'career pathways')}
          </p>

          <div className="clusters" aria-label="Career clusters" role="region">
            {matches.length === 0 ? <p className="caseload-none">No career cluster or pathway matches this search.</p> : null}
            {matches.map(({ cluster, pathways }) => {
              const headingId = `cluster-${cluster.code}`;
              const aliases = distinctAliases(cluster);
              return (
                <section key={cluster.code} className="cluster" aria-labelledby={headingId} data-cluster={cluster.code}>
                  <h2 id={headingId} className="cluster__title">
                    <span>{cluster.name}</span> <code className="code">{cluster.code}</code>
                  </h2>
                  {aliases.length > 0 ? <p className="aliases">Also written: {aliases.join('; ')}</p> : null}
                  <ul className="pathways" aria-label={`Career pathways in ${cluster.name}`}>
                    {pathways.map((p) => {
                      const pathwayAliases = distinctAliases(p);
                      return (
                        <li key={p.code} className="pathway" data-pathway={p.code}>
                          <span className="pathway__name">{p.name}</span> <code className="code">{p.code}</code>
                          {pathwayAliases.length > 0 ? (
                            <span className="aliases"> Also written: {pathwayAliases.join('; ')}</span>
                          ) : null}
                        </li>
                      );
                    })}
                  </ul>
                </section>
              );
            })}
          </div>
        </>
      ) : null}
    </Page>
  );
}
