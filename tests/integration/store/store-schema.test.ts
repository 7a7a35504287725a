import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { STORE_SCHEMA_COLUMNS } from '../../helpers/store-schema-columns';
import { sqliteShape } from '../../helpers/store-shape';
import { useTempDir } from '../../helpers/temp';

/**
 * StoreSchema is kept by hand, and every typed query trusts it: a column it names that the store
 * lacks fails only when that query runs, and a NOT NULL it calls nullable (or the reverse) lets a
 * wrong value through the compiler. The compiler holds STORE_SCHEMA_COLUMNS to StoreSchema; this
 * holds it to a freshly migrated store (and tests/integration/store/postgres-schema.test.ts holds
 * the department server's schema to the same store).
 */

const tempDir = useTempDir();

it('StoreSchema names every table and column of a migrated store, nullable exactly where the store allows NULL', async () => {
  const store = await openStore(join(tempDir(), 'counselor.db'));
  const shape = sqliteShape(store.db);
  store.close();

  const problems: string[] = [];
  const declared = STORE_SCHEMA_COLUMNS as unknown as Record<string, Record<string, string>>;
  const tables = [...new Set([...shape.keys(), ...Object.keys(declared)])].sort();
  for (const table of tables) {
    const columns = shape.get(table);
    const typed = declared[table];
    if (!columns || !typed) {
      problems.push(`table ${table}: ${columns ? 'missing from StoreSchema' : 'in StoreSchema, not in the store'}`);
      continue;
    }
    for (const column of [...new Set([...columns.keys(), ...Object.keys(typed)])].sort()) {
      const stored = columns.get(column);
      const written = typed[column];
      if (!stored || !written) problems.push(`${table}.${column}: ${stored ? 'missing from StoreSchema' : 'in StoreSchema, not in the store'}`);
      else if ((written === 'nullable') !== stored.nullable) problems.push(`${table}.${column}: ${written} in StoreSchema, ${stored.nullable ? 'nullable' : 'not null'} in the store`);
    }
  }
  expect(problems.join('\n')).toBe('');
  expect(tables.length).toBeGreaterThan(30);
});
