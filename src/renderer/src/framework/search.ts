import type { CareerCluster, CareerPathway, Framework } from '../../../shared/domain/framework';
import { frameworkWords } from '../../../shared/domain/framework-names';

/**
 * Framework names are written several ways in the source documents; the shared rule
 * (shared/domain/framework-names.ts) says which spellings match, here and in imports alike.
 */
export const normaliseFrameworkText = frameworkWords;

function words(query: string): string[] {
  const n = normaliseFrameworkText(query);
  return n === '' ? [] : n.split(' ');
}

function keyOf(item: { code: string; name: string; aliases: readonly string[] }): string {
  return normaliseFrameworkText([item.code, item.name, ...item.aliases].join(' | '));
}

/** Spellings worth showing next to a name: the ones that differ by more than "&" and punctuation. */
export function distinctAliases(item: { name: string; aliases: readonly string[] }): string[] {
  const seen = new Set([normaliseFrameworkText(item.name)]);
  const out: string[] = [];
  for (const a of item.aliases) {
    const n = normaliseFrameworkText(a);
    if (!seen.has(n)) {
      seen.add(n);
      out.push(a);
    }
  }
  return out;
}

export interface ClusterMatch {
  cluster: CareerCluster;
  pathways: CareerPathway[];
}

export interface IndexedFramework {
  clusters: { cluster: CareerCluster; key: string; pathways: { pathway: CareerPathway; key: string }[] }[];
}

export function indexFramework(framework: Framework): IndexedFramework {
  return {
    clusters: framework.clusters.map((cluster) => ({
      cluster,
      key: keyOf(cluster),
      pathways: cluster.pathways.map((pathway) => ({ pathway, key: keyOf(pathway) })),
    })),
  };
}

/**
 * A cluster whose name (or alias, or code) matches shows all its pathways; otherwise it shows
 * only the pathways that match, and disappears when none do. Every word must match.
 */
export function searchFramework(index: IndexedFramework, query: string): ClusterMatch[] {
  const w = words(query);
  const hits = (key: string) => w.every((word) => key.includes(word));
  const out: ClusterMatch[] = [];
  for (const c of index.clusters) {
    if (w.length === 0 || hits(c.key)) {
      out.push({ cluster: c.cluster, pathways: c.cluster.pathways });
      continue;
    }
    const pathways = c.pathways.filter((p) => hits(p.key)).map((p) => p.pathway);
    if (pathways.length > 0) out.push({ cluster: c.cluster, pathways });
  }
  return out;
}
