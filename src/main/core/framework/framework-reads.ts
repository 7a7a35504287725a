import { sql, type Transaction } from 'kysely';
import type { Framework } from '../../../shared/domain/framework';
import type { StoreSchema } from '../store/store-schema';
import { frameworkOf, type AliasRecord } from './repository';

/**
 * The framework on PostgreSQL (the department server's read; the workstation keeps its
 * synchronous readFramework, through the same frameworkOf). Aliases keep the order they were
 * written in, as SQLite's rowid does there: here ctid, the row's place in the table, which
 * follows insertion order because the table is written once (by migration 2 or `counselor
 * migrate`) and never updated.
 */
export async function frameworkIn(trx: Transaction<StoreSchema>): Promise<Framework> {
  const [clusters, pathways, aliases] = await Promise.all([
    trx.selectFrom('career_cluster').select(['code', 'name']).orderBy('position').orderBy('code').execute(),
    trx.selectFrom('career_pathway').select(['code', 'cluster_code', 'name']).orderBy('position').orderBy('code').execute(),
    trx.selectFrom('framework_alias').select(['kind', 'code', 'alias']).orderBy(sql`ctid`).execute(),
  ]);
  return frameworkOf(clusters, pathways, aliases as AliasRecord[]);
}
