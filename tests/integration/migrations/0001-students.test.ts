import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

const insertStudent = `INSERT INTO student (student_number, first_name, last_name, grade, status, created_at, updated_at)
  VALUES (?, 'Ana', 'Peña', ?, ?, 'now', 'now')`;

describe('migration 1: students and guardians', () => {
  it('makes an empty file (version 0) a store of students and guardians', async () => {
    const path = join(tempDir(), 'counselor.db');
    // What a counselor has before the first run: no file, or an empty one.
    writeFileSync(path, '');
    const store = await openStore(path, { migrations: migrations.slice(0, 1) });
    expect(store.opened).toMatchObject({ fromVersion: 0, toVersion: 1 });
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['guardian', 'student']);
    store.close();
  });

  it('refuses what a student cannot be, and keeps guardians with their student', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'), { migrations: migrations.slice(0, 1) });
    const { db } = store;
    const student = db.prepare(insertStudent);
    student.run('000123', 10, 'active');
    expect(() => student.run('', 10, 'active')).toThrow(/CHECK/);
    expect(() => student.run('x'.repeat(33), 10, 'active')).toThrow(/CHECK/);
    expect(() => student.run('000124', 13, 'active')).toThrow(/CHECK/);
    expect(() => student.run('000125', 10, 'graduated')).toThrow(/CHECK/);
    expect(() => student.run('000123', 11, 'active')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare("UPDATE student SET date_of_birth = '5/4/2010' WHERE student_number = '000123'").run()).toThrow(/CHECK/);

    const guardian = db.prepare("INSERT INTO guardian (student_number, position, name) VALUES (?, ?, 'María Peña')");
    guardian.run('000123', 0);
    expect(() => guardian.run('nobody', 0)).toThrow(/FOREIGN KEY/);
    // A renumbered student keeps their guardians; a removed one takes them along.
    db.prepare("UPDATE student SET student_number = '000999' WHERE student_number = '000123'").run();
    expect(db.prepare('SELECT student_number FROM guardian').pluck().all()).toEqual(['000999']);
    db.prepare("DELETE FROM student WHERE student_number = '000999'").run();
    expect(db.prepare('SELECT count(*) FROM guardian').pluck().get()).toBe(0);
    store.close();
  });
});
