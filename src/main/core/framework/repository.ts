import type { Database as Db } from 'better-sqlite3';
import type { Framework } from '../../../shared/domain/framework';
import { framework } from './data';

export interface ClusterRecord {
  code: string;
  name: string;
}

export interface PathwayRecord {
  code: string;
  cluster_code: string;
  name: string;
}

export interface AliasRecord {
  kind: 'cluster' | 'pathway';
  code: string;
  alias: string;
}

/**
 * The framework as the store holds it, clusters and pathways in their framework order. Aliases
 * come back in the order they were written (rowid), which is the order of the source data. The
 * `about` text is prose shipped with the application, not stored.
 */
export function readFramework(db: Db): Framework {
  const clusterRows = db
    .prepare('SELECT code, name FROM career_cluster ORDER BY position, code')
    .all() as ClusterRecord[];
  const pathwayRows = db
    .prepare('SELECT code, cluster_code, name FROM career_pathway ORDER BY position, code')
    .all() as PathwayRecord[];
  const aliasRows = db
    .prepare('SELECT kind, code, alias FROM framework_alias ORDER BY rowid')
    .all() as AliasRecord[];
  return frameworkOf(clusterRows, pathwayRows, aliasRows);
}

/** The framework from its rows, read from either store. */
export function frameworkOf(clusterRows: readonly ClusterRecord[], pathwayRows: readonly PathwayRecord[], aliasRows: readonly AliasRecord[]): Framework {
  const aliases = new Map<string, string[]>();
  for (const a of aliasRows) {
    const key = `${a.kind}:${a.code}`;
    const list = aliases.get(key);
    if (list) list.push(a.alias);
    else aliases.set(key, [a.alias]);
  }

  return {
    about: { ...framework.about },
    clusters: clusterRows.map((c) => ({
      code: c.code,
      name: c.name,
      aliases: aliases.get(`cluster:${c.code}`) ?? [],
      pathways: pathwayRows
        .filter((p) => p.cluster_code === c.code)
        .map((p) => ({
          code: p.code,
          clusterCode: p.cluster_code,
          name: p.name,
          aliases: aliases.get(`pathway:${p.code}`) ?? [],
        })),
    })),
  };
}
