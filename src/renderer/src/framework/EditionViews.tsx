import type { CareerCluster, CareerPathway } from '../../../shared/domain/framework';
import type { Cluster2024, SubCluster2024 } from '../../../shared/domain/framework-2024';
import type { NamedCrosswalk, NamedCrosswalkEntry } from '../../../shared/domain/framework-crosswalk';
import type { ClusterMatch } from '../../../shared/domain/framework-search';
import { Occupations } from './Occupations';
import { distinctAliases } from './search';

type Named = { code: string; name: string; aliases: readonly string[] };

/** Where a 2016 cluster or pathway goes in 2024, or what a 2024 cluster comes from, in words. */
function linkText(entries: readonly NamedCrosswalkEntry[], side: 'to' | 'from'): string {
  return entries
    .map((e) => (side === 'to' ? `${e.to.map((t) => t.name).join(', ')} (${e.basis})` : `${e.from.name} (${e.basis})`))
    .join('; ');
}

function ClusterSection<C extends Named, G extends Named>({
  match,
  groupsLabel,
  detail,
  groupDetail,
}: {
  match: ClusterMatch<C, G>;
  groupsLabel: string;
  detail: string | null;
  groupDetail: (g: G) => string | null;
}) {
  const { cluster, groups } = match;
  const headingId = `cluster-${cluster.code}`;
  const aliases = distinctAliases(cluster);
  return (
    <section className="cluster" aria-labelledby={headingId} data-cluster={cluster.code}>
      <h2 id={headingId} className="cluster__title">
        <span>{cluster.name}</span> <code className="code">{cluster.code}</code>
      </h2>
      {detail ? <p className="cluster__detail">{detail}</p> : null}
      {aliases.length > 0 ? <p className="aliases">Also written: {aliases.join('; ')}</p> : null}
      <ul className="pathways" aria-label={`${groupsLabel} in ${cluster.name}`}>
        {groups.map(({ group, occupations, found }) => {
          const groupAliases = distinctAliases(group);
          const more = groupDetail(group);
          return (
            <li key={group.code} className="pathway" data-pathway={group.code}>
              <span className="pathway__name">{group.name}</span> <code className="code">{group.code}</code>
              {groupAliases.length > 0 ? <span className="aliases"> Also written: {groupAliases.join('; ')}</span> : null}
              {more ? <span className="pathway__link">{more}</span> : null}
              <Occupations occupations={occupations} found={found} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function LegacyClusters({ matches, crosswalk }: { matches: ClusterMatch<CareerCluster, CareerPathway>[]; crosswalk: NamedCrosswalk }) {
  const to = (entries: readonly NamedCrosswalkEntry[], code: string) => {
    const own = entries.filter((e) => e.from.code === code);
    return own.length > 0 ? `In 2024: ${linkText(own, 'to')}` : null;
  };
  return (
    <>
      {matches.map((m) => (
        <ClusterSection
          key={m.cluster.code}
          match={m}
          groupsLabel="Career pathways"
          detail={to(crosswalk.clusters, m.cluster.code)}
          groupDetail={(p) => to(crosswalk.pathways, p.code)}
        />
      ))}
    </>
  );
}

export function ModernClusters({ matches, crosswalk }: { matches: ClusterMatch<Cluster2024, SubCluster2024>[]; crosswalk: NamedCrosswalk }) {
  const from = (code: string) => {
    const feeding = crosswalk.clusters.filter((e) => e.to.some((t) => t.code === code));
    return feeding.length > 0 ? `From the 16 clusters: ${linkText(feeding, 'from')}` : null;
  };
  return (
    <>
      {matches.map((m) => (
        <ClusterSection
          key={m.cluster.code}
          match={m}
          groupsLabel="Sub-clusters"
          detail={[`${m.cluster.grouping}${m.cluster.crossCutting ? ' · cross-cutting' : ''}.`, from(m.cluster.code)].filter(Boolean).join(' ')}
          groupDetail={() => null}
        />
      ))}
    </>
  );
}
