import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

describe('migration 2: the career clusters and pathways framework', () => {
  it('upgrades a version-1 store with its students and guardians intact, and the framework filled in', async () => {
    const path = join(tempDir(), 'counselor.db');
    // Written with SQL of that version: today's code may write columns later migrations add.
    const old = await openStore(path, { migrations: migrations.slice(0, 1) });
    old.db.exec(`
      INSERT INTO student (student_number, first_name, last_name, grade, created_at, updated_at) VALUES ('000123', 'Ana', 'Peña', 10, 'now', 'now');
      INSERT INTO guardian (student_number, position, name) VALUES ('000123', 0, 'María Peña');
    `);
    old.close();

    const store = await openStore(path, { migrations: migrations.slice(0, 2) });
    const { db } = store;
    expect(store.opened).toMatchObject({ fromVersion: 1, toVersion: 2 });
    expect(store.opened.backupPath).not.toBeNull();
    expect(db.prepare('SELECT student_number, last_name FROM student').all()).toEqual([{ student_number: '000123', last_name: 'Peña' }]);
    expect(db.prepare('SELECT name FROM guardian').pluck().all()).toEqual(['María Peña']);
    expect(db.prepare('SELECT count(*) FROM career_cluster').pluck().get()).toBe(16);
    expect(db.prepare('SELECT count(*) FROM career_pathway').pluck().get()).toBe(79);
    expect(db.prepare('SELECT count(*) FROM framework_alias').pluck().get()).toBeGreaterThan(0);
    // Every pathway belongs to a cluster, in order from 1.
    expect(db.prepare('SELECT count(*) FROM career_pathway WHERE cluster_code NOT IN (SELECT code FROM career_cluster)').pluck().get()).toBe(0);
    expect(db.prepare('SELECT min(position) FROM career_cluster').pluck().get()).toBe(1);
    store.close();
  });

  it('refuses a pathway in no cluster, a cluster code twice, and an alias of an unknown kind', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'), { migrations: migrations.slice(0, 2) });
    const { db } = store;
    const cluster = db.prepare('SELECT code FROM career_cluster ORDER BY position LIMIT 1').pluck().get() as string;
    expect(() => db.prepare("INSERT INTO career_pathway VALUES ('ZZ-ZZZ', 'ZZ', 'Nowhere', 1)").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('INSERT INTO career_cluster VALUES (?, ?, 99)').run(cluster, 'Again')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare("INSERT INTO framework_alias VALUES ('program', ?, 'x')").run(cluster)).toThrow(/CHECK/);
    store.close();
  });
});
