import { join } from 'node:path';
import { loadSampleSchool } from '../../src/main/core/sample/load';
import { openStore, type Store } from '../../src/main/core/store/connection';
import { migrations } from '../../src/main/core/store/migrations';

const LOADED_AT = new Date('2026-12-02T12:00:00Z');

/**
 * A store at `version` (the migrations up to it) holding the sample school, for a migration's test
 * to open with the next one. Today's code writes today's columns, so the sample is loaded into a
 * store at the latest version beside it and copied over table by table, the columns both have:
 * the older store holds the school as that version kept it, whatever columns came later.
 */
export async function olderStoreWithSample(path: string, version: number): Promise<Store> {
  const latest = await openStore(join(path, '..', `latest-${version}.db`));
  loadSampleSchool(latest.db, LOADED_AT);
  latest.close();
  const older = await openStore(path, { migrations: migrations.slice(0, version) });
  const { db } = older;
  db.prepare('ATTACH DATABASE ? AS latest').run(join(path, '..', `latest-${version}.db`));
  try {
    db.pragma('foreign_keys = OFF');
    const tables = db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    db.transaction(() => {
      for (const table of tables) {
        const columnsOf = (schema: string) => new Set((db.prepare(`SELECT name FROM pragma_table_info(?, ?)`).pluck().all(table, schema) as string[]));
        const theirs = columnsOf('latest');
        if (theirs.size === 0) continue;
        const shared = [...columnsOf('main')].filter((c) => theirs.has(c)).map((c) => `"${c}"`).join(', ');
        db.exec(`DELETE FROM main."${table}"; INSERT INTO main."${table}" (${shared}) SELECT ${shared} FROM latest."${table}"`);
      }
    })();
    db.pragma('foreign_keys = ON');
  } finally {
    db.exec('DETACH DATABASE latest');
  }
  return older;
}
