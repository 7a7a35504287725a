import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { postgresMigrations } from '../../../src/main/core/store/migrations/pg';
import { rosterListingPostgres } from '../../../src/main/core/store/migrations/pg/0012-roster-listing';
import { migratePostgres } from '../../../src/main/core/store/postgres';
import { SKIPPED_WITHOUT_POSTGRES, useScratchPostgres, withoutPostgres } from '../../helpers/postgres';

/**
 * The PostgreSQL twins of migrations that change rows, not only the schema: a department database
 * in use when the server is upgraded must come out as a workstation store does (the SQLite side of
 * each is tested in tests/integration/migrations/).
 */

const scratchDatabase = useScratchPostgres();

describe.skipIf(withoutPostgres)(`the department server's migrations (${withoutPostgres ? SKIPPED_WITHOUT_POSTGRES : 'PostgreSQL'})`, () => {
  it('12 takes the latest roster import as listing every student active after it who existed then, as on SQLite', async () => {
    const db = await scratchDatabase();
    const V = rosterListingPostgres.version;
    await migratePostgres(db, postgresMigrations.slice(0, V - 1));
    const student = (number: string, status: string, createdAt: string) =>
      sql`INSERT INTO student (student_number, first_name, last_name, status, created_at, updated_at)
          VALUES (${number}, 'Ánh', 'Nguyễn', ${status}, ${createdAt}, ${createdAt})`.execute(db);
    await student('000123', 'active', '2026-11-28T12:00:00.000Z');
    await student('000124', 'not_in_latest_roster', '2026-11-28T12:00:00.000Z');
    await sql`INSERT INTO roster_import (file_name, imported_at, report) VALUES ('fall.csv', '2026-11-29T10:00:00.000Z', '{}')`.execute(db);
    await student('000125', 'active', '2026-11-30T10:00:00.000Z'); // added by hand after the import

    expect(await migratePostgres(db, postgresMigrations.slice(0, V))).toEqual({ fromVersion: V - 1, toVersion: V });
    const { rows } = await sql`SELECT student_number, roster_listed_at FROM student ORDER BY student_number`.execute(db);
    expect(rows).toEqual([
      { student_number: '000123', roster_listed_at: '2026-11-29T10:00:00.000Z' },
      { student_number: '000124', roster_listed_at: null },
      { student_number: '000125', roster_listed_at: null },
    ]);
    const { rows: reactivations } = await sql<{ n: number }>`SELECT count(*) AS n FROM student_reactivation`.execute(db);
    expect(reactivations[0]!.n).toBe(0);
  });
});
