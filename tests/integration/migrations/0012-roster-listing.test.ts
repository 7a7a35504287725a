import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { migrations } from '../../../src/main/core/store/migrations';
import { rosterListingMigration } from '../../../src/main/core/store/migrations/0012-roster-listing';
import { saveStudents } from '../../../src/main/core/students/repository';
import { useTempDir } from '../../helpers/temp';
import { student, TODAY } from '../plans/stores';

const tempDir = useTempDir();

/** The late-start rules that read the column are tested in tests/integration/year/late-start.test.ts. */
describe('migration 12: when a roster last listed each student', () => {
  it('takes the latest roster import as listing every student active after it who existed then; later and absent students stay unknown', async () => {
    const path = join(tempDir(), 'counselor.db');
    const V = rosterListingMigration.version;
    const old = await openStore(path, { migrations: migrations.slice(0, V - 1) });
    saveStudents(old.db, [student('000123', 10), { ...student('000124', 11), status: 'not_in_latest_roster' }], TODAY);
    old.db.prepare("INSERT INTO roster_import (file_name, imported_at, report) VALUES ('fall.csv', '2026-11-29T10:00:00.000Z', '{}')").run();
    saveStudents(old.db, [student('000125', 9)], new Date('2026-11-30T10:00:00Z')); // added by hand after the import
    old.close();

    const store = await openStore(path, { migrations: migrations.slice(0, V) });
    expect(store.opened).toMatchObject({ fromVersion: V - 1, toVersion: V });
    expect(store.db.prepare('SELECT student_number, roster_listed_at FROM student ORDER BY student_number').all()).toEqual([
      { student_number: '000123', roster_listed_at: '2026-11-29T10:00:00.000Z' },
      { student_number: '000124', roster_listed_at: null },
      { student_number: '000125', roster_listed_at: null },
    ]);
    expect(store.db.prepare('SELECT count(*) FROM student_reactivation').pluck().get()).toBe(0);
    store.close();
  });
});
