import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/main/core/store/connection';
import { framework } from '../../src/main/core/framework/data';
import { readFramework } from '../../src/main/core/framework/repository';

describe('the framework in the store', () => {
  let folder: string;
  let store: Store;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'cw-'));
    store = await openStore(join(folder, 'caseload.sqlite'));
  });

  afterEach(() => {
    store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('holds exactly the framework the application ships, in order, with every alias', () => {
    expect(readFramework(store.db)).toEqual(framework);
  });

  it('counts 16 clusters, 79 pathways', () => {
    const count = (table: string) =>
      (store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('career_cluster')).toBe(16);
    expect(count('career_pathway')).toBe(79);
  });

  it('still reads the same after the store is closed and opened again', async () => {
    store.close();
    store = await openStore(join(folder, 'caseload.sqlite'));
    expect(store.opened.fromVersion).toBe(store.opened.toVersion);
    expect(readFramework(store.db)).toEqual(framework);
  });

  it('refuses a pathway in a cluster that does not exist', () => {
    const insert = store.db.prepare(
      "INSERT INTO career_pathway (code, cluster_code, name, position) VALUES ('ZZ-ZZ', 'ZZ', 'Nowhere', 1)",
    );
    expect(() => insert.run()).toThrow(/FOREIGN KEY/);
    expect(store.db.prepare("SELECT 1 FROM career_pathway WHERE code = 'ZZ-ZZ'").get()).toBeUndefined();
  });

  it('refuses to delete a cluster that still has pathways', () => {
    expect(() => store.db.prepare("DELETE FROM career_cluster WHERE code = 'MN'").run()).toThrow(/FOREIGN KEY/);
  });

  it('refuses an alias of an unknown kind', () => {
    expect(() =>
      store.db.prepare("INSERT INTO framework_alias (kind, code, alias) VALUES ('program', 'MN-MIR', 'x')").run(),
    ).toThrow(/CHECK/);
  });
});
