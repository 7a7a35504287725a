import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BACKUPS_KEPT_PER_REASON, backupStore } from '../../src/main/core/store/backup';
import { openStore } from '../../src/main/core/store/connection';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

it('keeps the newest import backups, and every backup taken before a schema upgrade', async () => {
  const store = await openStore(join(tempDir(), 'counselor.db'));
  const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 2, 0, 0));
  await backupStore(store.db, store.path, 'before-v3', day(0));
  await backupStore(store.db, store.path, 'before-catalog-import', day(0));
  for (let n = 1; n <= BACKUPS_KEPT_PER_REASON + 5; n++) {
    await backupStore(store.db, store.path, 'before-import', day(n));
    await backupStore(store.db, store.path, 'daily', day(n));
  }
  store.close();

  const names = readdirSync(join(store.path, '..', 'backups')).sort();
  const imports = names.filter((n) => n.endsWith('-before-import.db'));
  expect(imports).toHaveLength(BACKUPS_KEPT_PER_REASON);
  // The oldest five nightly copies went; the newest is kept.
  expect(imports[0]).toContain('2026-11-07T02');
  expect(imports.at(-1)).toContain('2026-11-26T02');
  expect(names.filter((n) => n.endsWith('-before-v3.db'))).toHaveLength(1);
  expect(names.filter((n) => n.endsWith('-before-catalog-import.db'))).toHaveLength(1);
  // Daily copies (the first plan edit of each day) are kept the same way: the newest twenty days.
  const dailies = names.filter((n) => n.endsWith('-daily.db'));
  expect(dailies).toHaveLength(BACKUPS_KEPT_PER_REASON);
  expect(dailies[0]).toContain('2026-11-07T02');
});

it('gives two backups taken in the same millisecond two files, instead of failing on the second', async () => {
  const store = await openStore(join(tempDir(), 'counselor.db'));
  const at = new Date(Date.UTC(2026, 11, 1, 8, 0, 0));
  const first = await backupStore(store.db, store.path, 'before-import', at);
  const second = await backupStore(store.db, store.path, 'before-import', at);
  store.close();
  expect(second).not.toBe(first);
  expect(readdirSync(join(store.path, '..', 'backups')).filter((n) => n.endsWith('-before-import.db'))).toHaveLength(2);
});
