import type { Database as Db, Statement } from 'better-sqlite3';

/**
 * Prepared statements kept per connection, for the point reads a batch repeats per student (a
 * 400-plan print reads a dozen rows per student): preparing a statement costs more than running
 * the one-row query it is, and a print spent a quarter of its reading time preparing the same
 * dozen statements again. Only for reads run to completion (`get`, `all`): an iterating statement
 * is busy until it ends and cannot be shared.
 */
const kept = new WeakMap<Db, Map<string, Statement>>();

export function preparedOnce(db: Db, sql: string): Statement {
  let statements = kept.get(db);
  if (!statements) kept.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}
