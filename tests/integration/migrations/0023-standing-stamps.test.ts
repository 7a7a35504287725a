import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { standingStampsMigration } from '../../../src/main/core/store/migrations/0023-standing-stamps';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

describe('migration 23: stamps that say whose standing may have changed', () => {
  it('starts with none on an existing store, then every write a standing reads bumps its scope above every tick before', async () => {
    const path = join(tempDir(), 'counselor.db');
    const V = standingStampsMigration.version;
    const older = await openStore(path, { migrations: migrations.slice(0, V - 1) });
    older.db.exec(`
      INSERT INTO student (student_number, first_name, last_name, grade, created_at, updated_at) VALUES ('000123', 'Ana', 'Peña', 10, 'now', 'now');
      INSERT INTO plan (student_number, career_interests, updated_at) VALUES ('000123', '[]', 'now');
    `);
    older.close();
    const store = await openStore(path, { migrations: migrations.slice(0, V) });
    expect(store.opened).toMatchObject({ fromVersion: V - 1, toVersion: V });
    const { db } = store;
    const stamps = () => Object.fromEntries(db.prepare('SELECT scope, tick FROM standing_stamp').raw().all() as [string, number][]);
    expect(stamps()).toEqual({});

    db.prepare("UPDATE plan SET notes = 'Met.' WHERE student_number = '000123'").run();
    const first = stamps()['000123']!;
    // Never below the clock (microseconds): a restored copy's ticks stay under it (store/restore.ts).
    expect(first).toBeGreaterThanOrEqual((Date.now() - 60_000) * 1000);
    db.prepare("UPDATE student SET first_name = 'Anita' WHERE student_number = '000123'").run();
    expect(stamps()['000123'], 'a name is not something a standing reads').toBe(first);
    db.prepare("UPDATE student SET grade = 11 WHERE student_number = '000123'").run();
    const second = stamps()['000123']!;
    expect(second).toBeGreaterThan(first);
    db.prepare("INSERT INTO school_year_start (school_year, started_at, started_on, backup_path) VALUES (2027, 'now', '2026-08-20', NULL)").run();
    expect(stamps()['*']).toBeGreaterThan(second);
    // A new student without a plan or history has no standing: no stamp.
    db.exec("INSERT INTO student (student_number, first_name, last_name, grade, created_at, updated_at) VALUES ('000124', 'Bo', 'Li', 9, 'now', 'now')");
    expect(stamps()['000124']).toBeUndefined();
    store.close();
  });
});
