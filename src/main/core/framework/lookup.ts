import type { CareerCluster, CareerPathway } from '../../../shared/domain/framework';
import { frameworkKey } from '../../../shared/domain/framework-names';
import { framework } from './data';

/** Which spellings name the same cluster or pathway: one rule, shared with the editor's search. */
export { frameworkKey } from '../../../shared/domain/framework-names';

export interface FrameworkSearchResult {
  clusters: CareerCluster[];
  pathways: CareerPathway[];
}

interface Named<T> {
  item: T;
  /** Keys of the name and aliases: what searching looks inside. */
  nameKeys: string[];
  /** The name keys plus the code's: what finding matches exactly. */
  keys: string[];
}

function named<T extends { code: string; name: string; aliases: readonly string[] }>(item: T): Named<T> {
  const nameKeys = [...new Set([item.name, ...item.aliases].map(frameworkKey))];
  return { item, nameKeys, keys: [...new Set([frameworkKey(item.code), ...nameKeys])] };
}

const clusters: Named<CareerCluster>[] = framework.clusters.map(named);
const pathways: Named<CareerPathway>[] = framework.clusters.flatMap((c) => c.pathways.map(named));

const clusterByKey = new Map<string, CareerCluster>();
for (const { item, keys } of clusters) {
  for (const key of keys) {
    const other = clusterByKey.get(key);
    // Two clusters answering to one spelling would make imports pick one silently.
    if (other && other.code !== item.code) {
      throw new Error(`Career clusters ${other.code} and ${item.code} share the spelling "${key}".`);
    }
    clusterByKey.set(key, item);
  }
}

/** Several pathways may share a spelling in different clusters; the cluster then decides. */
const pathwaysByKey = new Map<string, CareerPathway[]>();
for (const { item, keys } of pathways) {
  for (const key of keys) {
    const list = pathwaysByKey.get(key);
    if (list) list.push(item);
    else pathwaysByKey.set(key, [item]);
  }
}

/** The career cluster with this code, name or alias, or undefined. */
export function findCluster(nameOrCodeOrAlias: string): CareerCluster | undefined {
  const key = frameworkKey(nameOrCodeOrAlias);
  return key ? clusterByKey.get(key) : undefined;
}

/**
 * The career pathway with this code, name or alias (within the cluster, when a cluster code is
 * given), or undefined when there is none — or more than one, so an ambiguous spelling is never
 * resolved by guessing.
 */
export function findPathway(nameOrCodeOrAlias: string, clusterCode?: string): CareerPathway | undefined {
  const key = frameworkKey(nameOrCodeOrAlias);
  if (!key) return undefined;
  const found = (pathwaysByKey.get(key) ?? []).filter(
    (p) => clusterCode === undefined || p.clusterCode === clusterCode,
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Clusters and pathways whose name or an alias contains the query, in framework order.
 * A query with no letters or digits finds nothing.
 */
export function searchFramework(query: string): FrameworkSearchResult {
  const key = frameworkKey(query);
  if (!key) return { clusters: [], pathways: [] };
  const matches = <T>(list: Named<T>[]): T[] =>
    list.filter(({ nameKeys }) => nameKeys.some((k) => k.includes(key))).map(({ item }) => item);
  return { clusters: matches(clusters), pathways: matches(pathways) };
}
