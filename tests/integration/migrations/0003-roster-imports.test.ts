import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

describe('migration 3: roster mappings and the import log', () => {
  it('upgrades a version-2 store with its students and framework intact, and an empty log', async () => {
    const path = join(tempDir(), 'counselor.db');
    const old = await openStore(path, { migrations: migrations.slice(0, 2) });
    old.db.exec(`
      INSERT INTO student (student_number, first_name, last_name, grade, counselor, created_at, updated_at)
        VALUES ('000123', 'Ana', 'Peña', 10, 'Ms. Alvarez', 'now', 'now'), ('000124', 'Tou', 'Vang', 12, NULL, 'now', 'now');
      INSERT INTO guardian (student_number, position, name) VALUES ('000123', 0, 'María Peña');
    `);
    const pathways = old.db.prepare('SELECT count(*) FROM career_pathway').pluck().get();
    old.close();

    const store = await openStore(path, { migrations: migrations.slice(0, 3) });
    const { db } = store;
    expect(store.opened).toMatchObject({ fromVersion: 2, toVersion: 3 });
    expect(store.opened.backupPath).not.toBeNull();
    expect(db.prepare('SELECT student_number FROM student ORDER BY 1').pluck().all()).toEqual(['000123', '000124']);
    expect(db.prepare('SELECT count(*) FROM guardian').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM career_pathway').pluck().get()).toBe(pathways);
    expect(db.prepare('SELECT count(*) FROM roster_mapping').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM roster_import').pluck().get()).toBe(0);
    store.close();
  });

  it('keeps only JSON in remembered mappings and import reports', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'), { migrations: migrations.slice(0, 3) });
    const { db } = store;
    const mapping = db.prepare("INSERT INTO roster_mapping (header_key, mapping, updated_at) VALUES (?, ?, 'now')");
    mapping.run('student id|last name', '{"studentNumber":0}');
    expect(() => mapping.run('other', 'not json')).toThrow(/CHECK/);
    expect(() => mapping.run('student id|last name', '{}')).toThrow(/UNIQUE|PRIMARY KEY/);
    const log = db.prepare("INSERT INTO roster_import (file_name, imported_at, report) VALUES ('roster.csv', 'now', ?)");
    expect(log.run('{"counts":{}}').lastInsertRowid).toBe(1);
    expect(() => log.run('{broken')).toThrow(/CHECK/);
    store.close();
  });
});
