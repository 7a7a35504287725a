import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { schoolSettingsMigration } from '../../../src/main/core/store/migrations/0016-school-settings';
import { olderStoreWithSample } from '../../helpers/older-sample';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

describe('migration 16: school settings', () => {
  it('adds one row of settings that keeps the behaviour from before, and refuses a second row or a value out of range', async () => {
    const path = join(tempDir(), 'counselor.db');
    const V = schoolSettingsMigration.version;
    const older = await olderStoreWithSample(path, V - 1);
    const students = older.db.prepare('SELECT count(*) FROM student').pluck().get() as number;
    older.close();
    const store = await openStore(path, { migrations: migrations.slice(0, V) });
    expect(store.opened).toMatchObject({ fromVersion: V - 1, toVersion: V });
    expect(store.db.prepare('SELECT count(*) FROM student').pluck().get()).toBe(students);
    expect(store.db.prepare('SELECT * FROM school_settings').all()).toEqual([
      { id: 1, school_name: null, default_paper: 'letter', family_language: 'family', changed_at: null, changed_by: null },
    ]);
    const set = (column: string, value: string) => () => store.db.prepare(`UPDATE school_settings SET ${column} = ?`).run(value);
    expect(set('family_language', 'hmn')).not.toThrow();
    expect(set('family_language', 'es')).not.toThrow();
    expect(set('default_paper', 'a4')).not.toThrow();
    expect(set('default_paper', 'legal'), 'a paper the printout does not have').toThrow(/constraint failed/);
    expect(set('family_language', 'Spanish'), 'a language name, not a code').toThrow(/constraint failed/);
    expect(set('family_language', 'e'), 'a one-letter code').toThrow(/constraint failed/);
    expect(set('school_name', '   '), 'a blank school name').toThrow(/constraint failed/);
    expect(() => store.db.prepare('INSERT INTO school_settings (id) VALUES (2)').run(), 'a second row').toThrow(/constraint failed/);
    store.close();
  });
});
