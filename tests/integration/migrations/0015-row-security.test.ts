import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { rowSecurityMigration } from '../../../src/main/core/store/migrations/0015-row-security';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

describe('migration 15: row-level security', () => {
  it("changes nothing in a workstation's store but its version: one counselor's own file has no one to keep out", async () => {
    const path = join(tempDir(), 'counselor.db');
    const V = rowSecurityMigration.version;
    const older = await openStore(path, { migrations: migrations.slice(0, V - 1) });
    const schemaBefore = older.db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
    older.close();
    const store = await openStore(path, { migrations: migrations.slice(0, V) });
    expect(store.opened).toMatchObject({ fromVersion: V - 1, toVersion: V });
    expect(store.db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all()).toEqual(schemaBefore);
    store.close();
  });
});
