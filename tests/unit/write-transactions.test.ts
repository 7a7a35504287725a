import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

/**
 * Every write transaction goes through store/transaction.ts (BEGIN IMMEDIATE, busy as a typed
 * error). A plain `db.transaction(fn)()` reads before it takes the write lock and fails at once
 * when another program commits meanwhile; this keeps a new one from slipping in.
 */
const root = join(__dirname, '../../src/main');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

it('opens write transactions only through writeTransaction', () => {
  const offenders = sources(root)
    .filter((file) => !file.endsWith(join('store', 'transaction.ts')))
    .filter((file) => /\.transaction\(/.test(readFileSync(file, 'utf8')))
    .map((file) => relative(root, file));
  expect(offenders).toEqual([]);
});
