import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { studentHandEntryMigration } from '../../../src/main/core/store/migrations/0017-student-hand-entry';
import { olderStoreWithSample } from '../../helpers/older-sample';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

describe('migration 17: student hand entry', () => {
  it("adds an empty list of hand-entered fields that refuses an unknown field or student, and follows the student's number", async () => {
    const path = join(tempDir(), 'counselor.db');
    const V = studentHandEntryMigration.version;
    const older = await olderStoreWithSample(path, V - 1);
    const students = older.db.prepare('SELECT count(*) FROM student').pluck().get() as number;
    older.close();
    const store = await openStore(path, { migrations: migrations.slice(0, V) });
    expect(store.opened).toMatchObject({ fromVersion: V - 1, toVersion: V });
    expect(store.db.prepare('SELECT count(*) FROM student').pluck().get()).toBe(students);
    expect(store.db.prepare('SELECT count(*) FROM student_hand_entry').pluck().get()).toBe(0);
    const number = store.db.prepare('SELECT student_number FROM student LIMIT 1').pluck().get() as string;
    const mark = (studentNumber: string, field: string) => () =>
      store.db.prepare("INSERT INTO student_hand_entry (student_number, field, entered_at) VALUES (?, ?, '2026-12-03T06:00:00Z')").run(studentNumber, field);
    expect(mark(number, 'homeroom')).not.toThrow();
    expect(mark(number, 'guardians')).not.toThrow();
    expect(mark(number, 'homeroom'), 'the same field twice').toThrow(/constraint failed/);
    expect(mark(number, 'status'), 'a field a counselor does not enter').toThrow(/constraint failed/);
    expect(mark('no-such-student', 'grade'), 'a student the store does not hold').toThrow(/constraint failed/);
    store.db.prepare("UPDATE student SET student_number = 'renumbered' WHERE student_number = ?").run(number);
    expect(store.db.prepare('SELECT student_number, field FROM student_hand_entry ORDER BY field').all()).toEqual([
      { student_number: 'renumbered', field: 'guardians' },
      { student_number: 'renumbered', field: 'homeroom' },
    ]);
    store.close();
  });
});
