import type { Database as Db, Statement } from 'better-sqlite3';

/**
 * The store's connection with its `prepare` seen by a test: `onPrepare` gets each SQL text and the
 * statement, and hands back the statement to use (the same one, or one it watches).
 */
export function watchPrepare(db: Db, onPrepare: (sql: string, statement: Statement) => Statement): Db {
  return new Proxy(db, {
    get(target, key) {
      if (key === 'prepare') return (sql: string) => onPrepare(sql, target.prepare(sql));
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
