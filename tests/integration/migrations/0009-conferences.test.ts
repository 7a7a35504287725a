import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { conferencesMigration } from '../../../src/main/core/store/migrations/0009-conferences';
import { saveStudents } from '../../../src/main/core/students/repository';
import { useTempDir } from '../../helpers/temp';
import { student, TODAY } from '../plans/stores';

const tempDir = useTempDir();

describe('migration 9: conferences', () => {
  it('upgrades a store from the version before with its students and printed plans intact, and guards conference records', async () => {
    const path = join(tempDir(), 'counselor.db');
    const V = conferencesMigration.version;
    const old = await openStore(path, { migrations: migrations.slice(0, V - 1) });
    saveStudents(old.db, [student('000123', 10), student('000456', 11)], TODAY);
    old.db.exec(`
      INSERT INTO plan (student_number, career_interests, updated_at) VALUES ('000123', '[]', 'now');
      INSERT INTO print_snapshot (student_number, printed_at, printed_on, lang, paper, pages, sha256, view)
        VALUES ('000123', '2026-10-01T18:00:00Z', '2026-10-01', 'en', 'letter', 1, '${'a'.repeat(64)}', '{}');
    `);
    old.close();

    const store = await openStore(path, { migrations: migrations.slice(0, V) });
    const { db } = store;
    expect(store.opened).toMatchObject({ fromVersion: V - 1, toVersion: V });
    expect(store.opened.backupPath).not.toBeNull();
    expect(db.prepare('SELECT student_number FROM plan').pluck().all()).toEqual(['000123']);
    expect(db.prepare('SELECT count(*) FROM print_snapshot').pluck().get()).toBe(1);

    const insert = (values: string) =>
      db
        .prepare(
          `INSERT INTO conference (student_number, held_on, student_attended, guardians, others, language, interpreter, interpreter_name, notes, print_snapshot_id, created_at, updated_at)
           VALUES ${values}`,
        )
        .run();
    insert(`('000123', '2026-10-01', 1, '["Trần Văn Minh"]', NULL, 'Vietnamese', 1, 'Ms. Lê', 'Talked about welding.', 1, 'now', 'now')`);
    expect(db.prepare('SELECT held_on, guardians, interpreter_name FROM conference').get()).toEqual({
      held_on: '2026-10-01',
      guardians: '["Trần Văn Minh"]',
      interpreter_name: 'Ms. Lê',
    });
    // Dates as YYYY-MM-DD text only; guardians a JSON array; a name needs an interpreter.
    expect(() => insert(`('000123', '10/01/2026', 1, '[]', NULL, NULL, 0, NULL, NULL, NULL, 'now', 'now')`)).toThrow(/CHECK/);
    expect(() => insert(`('000123', '2026-10-01', 1, '"Minh"', NULL, NULL, 0, NULL, NULL, NULL, 'now', 'now')`)).toThrow(/CHECK/);
    expect(() => insert(`('000123', '2026-10-01', 1, '[]', NULL, NULL, 0, 'Ms. Lê', NULL, NULL, 'now', 'now')`)).toThrow(/CHECK/);
    expect(() => insert(`('000123', '2026-10-01', 2, '[]', NULL, NULL, 0, NULL, NULL, NULL, 'now', 'now')`)).toThrow(/CHECK/);
    // Only students and printed plans the store holds.
    expect(() => insert(`('999999', '2026-10-01', 1, '[]', NULL, NULL, 0, NULL, NULL, NULL, 'now', 'now')`)).toThrow(/FOREIGN KEY/);
    expect(() => insert(`('000123', '2026-10-01', 1, '[]', NULL, NULL, 0, NULL, NULL, 42, 'now', 'now')`)).toThrow(/FOREIGN KEY/);

    // A student with conferences cannot be deleted out from under the record (no cascade) ...
    expect(() => db.prepare("DELETE FROM student WHERE student_number = '000123'").run()).toThrow(/FOREIGN KEY/);
    // ... and the record follows a renumbered student, as the plan does.
    db.prepare("UPDATE student SET student_number = '000124' WHERE student_number = '000123'").run();
    expect(db.prepare('SELECT student_number FROM conference').pluck().all()).toEqual(['000124']);
    store.close();
  });
});
