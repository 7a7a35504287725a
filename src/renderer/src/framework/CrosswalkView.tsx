import { crosswalkBasisMeaning, type NamedCrosswalk, type NamedCrosswalkEntry } from '../../../shared/domain/framework-crosswalk';
import type { FrameworkSearchResult } from '../../../shared/domain/framework-search';

/**
 * The rows a search leaves: a link shows when the search found its 2016 side or any of its 2024
 * side (a cluster by itself or by anything in it), so "nurse" keeps Therapeutic Services → Physical Health.
 */
export function crosswalkRows(crosswalk: NamedCrosswalk, result: FrameworkSearchResult): NamedCrosswalk {
  const found = new Set<string>();
  for (const m of [...result.legacy, ...result.modern]) {
    found.add(m.cluster.code);
    for (const g of m.groups) found.add(g.group.code);
  }
  const keep = (e: NamedCrosswalkEntry) => found.has(e.from.code) || e.to.some((t) => found.has(t.code));
  return { clusters: crosswalk.clusters.filter(keep), pathways: crosswalk.pathways.filter(keep) };
}

function CrosswalkTable({ caption, from, to, entries }: { caption: string; from: string; to: string; entries: NamedCrosswalkEntry[] }) {
  return (
    <table className="data-table crosswalk-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{from}</th>
          <th scope="col">{to}</th>
          <th scope="col">Basis</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.from.code} data-from={e.from.code}>
            <th scope="row">
              {e.from.name} <code className="code">{e.from.code}</code>
            </th>
            <td>
              {e.to.map((t, i) => (
                <span key={t.code}>
                  {t.name} <code className="code">{t.code}</code>
                  {i < e.to.length - 1 ? '; ' : ''}
                </span>
              ))}
            </td>
            <td>{e.basis}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CrosswalkView({ rows }: { rows: NamedCrosswalk }) {
  return (
    <div className="crosswalk">
      <p className="crosswalk__basis">
        {Object.entries(crosswalkBasisMeaning).map(([basis, meaning]) => (
          <span key={basis}>
            <strong>{basis}</strong>: {meaning}.{' '}
          </span>
        ))}
      </p>
      {rows.clusters.length + rows.pathways.length === 0 ? <p className="caseload-none">No crosswalk row matches this search.</p> : null}
      {rows.clusters.length > 0 ? (
        <CrosswalkTable caption="Career clusters, 2016 to 2024" from="2016 cluster" to="2024 cluster(s)" entries={rows.clusters} />
      ) : null}
      {rows.pathways.length > 0 ? (
        <CrosswalkTable caption="Career pathways to 2024 sub-clusters" from="2016 pathway" to="2024 sub-cluster(s)" entries={rows.pathways} />
      ) : null}
    </div>
  );
}
