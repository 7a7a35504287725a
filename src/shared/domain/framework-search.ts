import type { CareerCluster, CareerPathway, Framework } from './framework';
import { framework2024, type Cluster2024, type SubCluster2024 } from './framework-2024';
import { occupations, occupationsOf, type Occupation } from './occupations';
import { allWordsMatch, searchWords } from './search-words';

/**
 * The one search over both frameworks and their sample occupations, for the Framework page and
 * `counselor framework --search`: clusters, pathways (16-cluster framework), sub-clusters (2024)
 * and occupations, by name, alias or code (an occupation also by its SOC code), with the
 * forgiving word match of search-words.ts. Every typed word must match within one item.
 *
 * What a result shows: a cluster that matches shows everything in it; a pathway or sub-cluster
 * that matches shows all its occupations; otherwise a pathway or sub-cluster shows only the
 * occupations that match, and a cluster only the pathways or sub-clusters that show anything.
 */

export interface GroupMatch<G> {
  group: G;
  /** The occupations to show under it. */
  occupations: Occupation[];
  /** Ids of the occupations the words found (to mark them); empty when nothing was typed. */
  found: string[];
}

export interface ClusterMatch<C, G> {
  cluster: C;
  groups: GroupMatch<G>[];
}

export interface FrameworkSearchResult {
  /** The 16 clusters and 79 pathways. */
  legacy: ClusterMatch<CareerCluster, CareerPathway>[];
  /** The 14 clusters and 72 sub-clusters of 2024. */
  modern: ClusterMatch<Cluster2024, SubCluster2024>[];
}

interface Indexed<T> {
  item: T;
  words: string[];
}

interface IndexedCluster<C, G> extends Indexed<C> {
  groups: (Indexed<G> & { occupations: Indexed<Occupation>[] })[];
}

export interface FrameworkSearchIndex {
  legacy: IndexedCluster<CareerCluster, CareerPathway>[];
  modern: IndexedCluster<Cluster2024, SubCluster2024>[];
}

const wordsOf = (item: { code: string; name: string; aliases: readonly string[] }, ...more: (string | null)[]) =>
  [...new Set(searchWords([item.code, item.name, ...item.aliases, ...more.filter((m) => m !== null)].join(' | ')))];

/** Occupations are shared between lists: their words are worked out once. */
const occupationIndex = new Map<string, Indexed<Occupation>>();
function indexedOccupations(code: string): Indexed<Occupation>[] {
  return occupationsOf(code).map((o) => {
    let entry = occupationIndex.get(o.id);
    if (!entry) {
      entry = { item: o, words: wordsOf({ code: o.id, name: o.name, aliases: o.aliases }, o.soc) };
      occupationIndex.set(o.id, entry);
    }
    return entry;
  });
}

function indexClusters<C extends { code: string; name: string; aliases: readonly string[] }, G extends { code: string; name: string; aliases: readonly string[] }>(
  clusters: readonly C[],
  groupsOf: (c: C) => readonly G[],
): IndexedCluster<C, G>[] {
  return clusters.map((cluster) => ({
    item: cluster,
    words: wordsOf(cluster),
    groups: groupsOf(cluster).map((g) => ({ item: g, words: wordsOf(g), occupations: indexedOccupations(g.code) })),
  }));
}

/** The 16-cluster framework comes from the store (the caller reads it); the 2024 one is built in. */
export function indexFrameworks(legacy: Framework): FrameworkSearchIndex {
  return {
    legacy: indexClusters(legacy.clusters, (c) => c.pathways),
    modern: indexClusters(framework2024.clusters, (c) => c.subClusters),
  };
}

function searchClusters<C, G>(clusters: readonly IndexedCluster<C, G>[], typed: readonly string[]): ClusterMatch<C, G>[] {
  const all = (g: IndexedCluster<C, G>['groups'][number]) => g.occupations.map((o) => o.item);
  if (typed.length === 0) {
    return clusters.map((c) => ({ cluster: c.item, groups: c.groups.map((g) => ({ group: g.item, occupations: all(g), found: [] })) }));
  }
  const out: ClusterMatch<C, G>[] = [];
  for (const c of clusters) {
    const clusterMatches = allWordsMatch(typed, c.words);
    const groups: GroupMatch<G>[] = [];
    for (const g of c.groups) {
      const found = g.occupations.filter((o) => allWordsMatch(typed, o.words)).map((o) => o.item);
      if (clusterMatches || allWordsMatch(typed, g.words)) groups.push({ group: g.item, occupations: all(g), found: found.map((o) => o.id) });
      else if (found.length > 0) groups.push({ group: g.item, occupations: found, found: found.map((o) => o.id) });
    }
    if (groups.length > 0) out.push({ cluster: c.item, groups });
  }
  return out;
}

export function searchFrameworks(index: FrameworkSearchIndex, query: string): FrameworkSearchResult {
  const typed = searchWords(query);
  return { legacy: searchClusters(index.legacy, typed), modern: searchClusters(index.modern, typed) };
}

let everyOccupation: Indexed<Occupation>[] | null = null;

/**
 * Occupations for a plan's career interests: those whose name, aliases or SOC code match every
 * typed word by the same forgiving rule as the framework search ("nurses", "electrition"), names
 * that start with what was typed first, then by name; at most `limit`.
 */
export function searchOccupations(query: string, limit = 8): Occupation[] {
  const typed = searchWords(query);
  if (typed.length === 0) return [];
  everyOccupation ??= occupations.map((o) => ({ item: o, words: wordsOf({ code: o.id, name: o.name, aliases: o.aliases }, o.soc) }));
  const start = typed.join(' ');
  const startsWith = (o: Occupation) => (searchWords(o.name).join(' ').startsWith(start) ? 0 : 1);
  return everyOccupation
    .filter((o) => allWordsMatch(typed, o.words))
    .map((o) => o.item)
    .sort((a, b) => startsWith(a) - startsWith(b) || a.name.localeCompare(b.name))
    .slice(0, limit);
}
