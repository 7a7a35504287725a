import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { saveStudents } from '../../../src/main/core/students/repository';
import { useTempDir } from '../../helpers/temp';
import { student, TODAY } from '../plans/stores';

const tempDir = useTempDir();

/** Printing itself is tested in tests/integration/print/snapshots.test.ts. */
describe('migration 5: print snapshots', () => {
  it('adds the snapshot table to a store made before printing existed keeping its plans', async () => {
    const path = join(tempDir(), 'old.db');
    // Written with SQL of that version: today's code (loadSampleSchool) writes columns later migrations add.
    const old = await openStore(path, { migrations: migrations.slice(0, 4) });
    saveStudents(old.db, [student('000123', 10), student('000124', 11)], TODAY);
    old.db.exec(`INSERT INTO plan (student_number, career_interests, updated_at) VALUES ('000123', '[]', 'now'), ('000124', '[]', 'now')`);
    const plans = old.db.prepare('SELECT count(*) FROM plan').pluck().get();
    old.close();
    const store = await openStore(path, { migrations: migrations.slice(0, 5) });
    expect(store.opened).toMatchObject({ fromVersion: 4, toVersion: 5 });
    expect(store.opened.backupPath).not.toBeNull();
    expect(store.db.prepare('SELECT count(*) FROM plan').pluck().get()).toBe(plans);
    const columns = (store.db.prepare('PRAGMA table_info(print_snapshot)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['id', 'student_number', 'printed_at', 'printed_on', 'lang', 'paper', 'school', 'pages', 'sha256', 'view']);
    const insert = store.db.prepare('INSERT INTO print_snapshot (student_number, printed_at, printed_on, lang, paper, pages, sha256, view) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    expect(() => insert.run('1', 'x', '2026-11-22', 'fr', 'letter', 1, 'a'.repeat(64), '{}')).toThrow(/CHECK/);
    expect(() => insert.run('1', 'x', '2026-11-22', 'en', 'letter', 1, 'a'.repeat(64), 'not json')).toThrow(/CHECK/);
    store.close();
  });
});
