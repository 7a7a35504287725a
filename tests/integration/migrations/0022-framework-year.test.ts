import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSampleSchool } from '../../../src/main/core/sample/load';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { frameworkYearMigration } from '../../../src/main/core/store/migrations/0022-framework-year';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

describe('migration 22: the framework new plans use per school year, and a program’s 2024 tag', () => {
  it('leaves every program’s 2024 tag to be derived, starts with no year set, and takes only well-formed rows', async () => {
    const path = join(tempDir(), 'counselor.db');
    const V = frameworkYearMigration.version;
    const seeded = await openStore(path);
    loadSampleSchool(seeded.db, new Date('2026-11-28T12:00:00Z'));
    const programs = seeded.db.prepare('SELECT id FROM program ORDER BY id').pluck().all() as string[];
    // Back to the version before, as a school that had the sample (and its programs) then.
    seeded.db.exec(`DROP TABLE framework_year; ALTER TABLE program DROP COLUMN subcluster_2024; ALTER TABLE program DROP COLUMN cluster_2024; PRAGMA user_version = ${V - 1};`);
    seeded.close();
    expect(programs.length, 'programs to carry over').toBeGreaterThan(0);

    const store = await openStore(path, { migrations: migrations.slice(0, V) });
    expect(store.opened).toMatchObject({ fromVersion: V - 1, toVersion: V });
    expect(store.db.prepare('SELECT id FROM program WHERE cluster_2024 IS NULL AND subcluster_2024 IS NULL ORDER BY id').pluck().all()).toEqual(programs);
    expect(store.db.prepare('SELECT count(*) FROM framework_year').pluck().get()).toBe(0);

    const tag = (cluster: string | null, sub: string | null) => () =>
      store.db.prepare('UPDATE program SET cluster_2024 = ?, subcluster_2024 = ? WHERE id = ?').run(cluster, sub, programs[0]);
    expect(tag('AMF', 'AMF-ENG')).not.toThrow();
    expect(tag('AMF', null)).not.toThrow();
    expect(tag('MN', null), 'a 16-cluster code is not a 2024 code').toThrow(/constraint failed/);
    expect(tag('AMF', 'CON-SKT'), 'a sub-cluster belongs to its cluster').toThrow(/constraint failed/);
    expect(tag(null, 'AMF-ENG'), 'a sub-cluster needs its cluster').toThrow(/constraint failed/);

    const year = (schoolYear: number, edition: string) => () =>
      store.db.prepare('INSERT OR REPLACE INTO framework_year (school_year, edition, changed_at) VALUES (?, ?, ?)').run(schoolYear, edition, 'now');
    expect(year(2027, '2024')).not.toThrow();
    expect(year(2027, '2016')).not.toThrow();
    expect(year(2027, '2020')).toThrow(/constraint failed/);
    expect(year(27, '2024'), 'a year by its end, written whole').toThrow(/constraint failed/);
    store.close();
  });
});
