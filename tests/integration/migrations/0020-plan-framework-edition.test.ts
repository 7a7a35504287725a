import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { planFrameworkEditionMigration } from '../../../src/main/core/store/migrations/0020-plan-framework-edition';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

describe('migration 20: a plan records its choice in either framework edition', () => {
  it('keeps every existing plan on the 2016 edition and takes only well-formed 2024 codes', async () => {
    const path = join(tempDir(), 'counselor.db');
    const V = planFrameworkEditionMigration.version;
    const older = await openStore(path, { migrations: migrations.slice(0, V - 1) });
    older.db.exec(`
      INSERT INTO student (student_number, first_name, last_name, grade, created_at, updated_at) VALUES ('000123', 'Ana', 'Peña', 10, 'now', 'now');
      INSERT INTO plan (student_number, cluster_code, career_interests, updated_at) VALUES ('000123', 'AG', '[]', 'now');
    `);
    const before = older.db.prepare('SELECT student_number, cluster_code, pathway_code FROM plan ORDER BY student_number').all();
    older.close();
    expect(before.length, 'a plan to carry over').toBeGreaterThan(0);
    const store = await openStore(path, { migrations: migrations.slice(0, V) });
    expect(store.opened).toMatchObject({ fromVersion: V - 1, toVersion: V });
    const after = store.db.prepare('SELECT student_number, cluster_code, pathway_code, framework_edition, cluster_2024, subcluster_2024 FROM plan ORDER BY student_number').all();
    expect(after).toEqual(before.map((p) => ({ ...(p as object), framework_edition: '2016', cluster_2024: null, subcluster_2024: null })));

    const student = (before[0] as { student_number: string }).student_number;
    const set = (edition: string, cluster: string | null, sub: string | null) => () =>
      store.db.prepare('UPDATE plan SET framework_edition = ?, cluster_2024 = ?, subcluster_2024 = ? WHERE student_number = ?').run(edition, cluster, sub, student);
    expect(set('2024', 'AMF', 'AMF-ROB')).not.toThrow();
    expect(set('2024', 'AMF', null)).not.toThrow();
    expect(set('2020', 'AMF', null)).toThrow(/constraint failed/);
    expect(set('2024', 'AG', null), 'a two-letter 16-cluster code is not a 2024 code').toThrow(/constraint failed/);
    expect(set('2024', 'amf', null)).toThrow(/constraint failed/);
    expect(set('2024', 'AMF', 'CON-SKT'), 'a sub-cluster belongs to its cluster').toThrow(/constraint failed/);
    expect(set('2024', null, 'AMF-ROB'), 'a sub-cluster needs its cluster').toThrow(/constraint failed/);
    expect(set('2024', 'AMF', 'AMF-RO1')).toThrow(/constraint failed/);
    store.close();
  });
});
