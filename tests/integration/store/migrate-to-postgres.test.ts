import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { addAccount, listAccounts } from '../../../src/main/core/accounts/accounts';
import { migratePostgres } from '../../../src/main/core/store/postgres';
import type { StoreSchema } from '../../../src/main/core/store/store-schema';
import { startSchoolYear } from '../../../src/main/core/year/start';
import { counselor } from '../../helpers/cli';
import { SKIPPED_WITHOUT_POSTGRES, urlOf, useScratchPostgres, withoutPostgres } from '../../helpers/postgres';
import { useTempDir } from '../../helpers/temp';
import { historyStore, importFile } from '../history/history-store';

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();

/** The sample school as a school's own, with a course history imported and school year 2027-28 started: rows with ids in most tables. */
async function workstationStore(): Promise<string> {
  const store = await historyStore(tempDir());
  await importFile(store, 'powerschool-storedgrades.csv');
  await startSchoolYear(store.db, store.path, '2027-28', { now: new Date('2026-12-02T15:00:00Z') });
  const path = store.path;
  store.close();
  return path;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Every row of a table, in the order of all its columns: byte order of text on both (COLLATE "C" there, BINARY here). */
function sqliteRows(file: Database.Database, table: string): unknown[][] {
  const n = (file.prepare(`PRAGMA table_info("${table}")`).all() as unknown[]).length;
  return file.prepare(`SELECT * FROM "${table}" ORDER BY ${Array.from({ length: n }, (_, i) => i + 1).join(', ')}`).raw().all() as unknown[][];
}

async function postgresRows(db: Kysely<StoreSchema>, table: string, columns: string[]): Promise<unknown[][]> {
  const { rows } = await sql<Record<string, unknown>>`SELECT ${sql.join(columns.map((c) => sql.ref(c)))} FROM ${sql.table(table)} ORDER BY ${sql.raw(columns.map((_, i) => i + 1).join(', '))}`.execute(db);
  return rows.map((r) => columns.map((c) => r[c]));
}

describe.skipIf(withoutPostgres)(`counselor migrate into a department database${withoutPostgres ? ` (${SKIPPED_WITHOUT_POSTGRES})` : ''}`, () => {
  it('moves the whole store, table by table and row by row, in one transaction, leaving the file byte for byte as it was', async () => {
    const from = await workstationStore();
    const before = sha256(from);
    const pg = await scratchDatabase();
    const to = await urlOf(pg);

    const dry = await counselor(['migrate', '--from', from, '--to', to, '--dry-run', '--json']);
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    const preview = JSON.parse(dry.stdout) as { dryRun: boolean; tables: { table: string; rows: number }[]; totalRows: number };
    expect(preview.dryRun).toBe(true);
    const { rows: none } = await sql<{ n: number }>`SELECT count(*) AS n FROM student`.execute(pg);
    expect(none[0]!.n).toBe(0);

    const moved = await counselor(['migrate', '--from', from, '--to', to]);
    expect(moved).toMatchObject({ code: 0, stderr: '' });
    expect(moved.stdout).toContain(`${preview.totalRows.toLocaleString('en-US')} rows in ${preview.tables.length} tables, in one transaction; the file was left as it was.`);
    expect(sha256(from)).toBe(before);

    const file = new Database(from, { readonly: true });
    try {
      for (const { table, rows } of preview.tables) {
        const columns = (file.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
        const here = sqliteRows(file, table);
        expect(here, table).toHaveLength(rows);
        expect(await postgresRows(pg, table, columns), table).toEqual(here);
      }
      for (const table of ['student', 'plan', 'plan_course', 'course_history', 'school_year_change']) {
        expect(preview.tables.find((t) => t.table === table)?.rows, table).toBeGreaterThan(0);
      }
    } finally {
      file.close();
    }

    // Ids go on after the copied ones: the next history import row does not collide.
    const { rows: next } = await sql<{ id: number }>`INSERT INTO history_import (file_name, imported_at, report) VALUES ('next.csv', '2026-12-03T00:00:00.000Z', '{}') RETURNING id`.execute(pg);
    const { rows: top } = await sql<{ id: number }>`SELECT max(id) AS id FROM history_import WHERE file_name <> 'next.csv'`.execute(pg);
    expect(next[0]!.id).toBeGreaterThan(top[0]!.id);

    // A second move into the same database is refused, with nothing changed.
    const again = await counselor(['migrate', '--from', from, '--to', to]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^counselor: The department database already holds [\d,]+ students: a workstation's store moves only into an empty department database\. Nothing was changed\.$/);
  }, 120_000);

  it("keeps the department's accounts made before the caseload moves in", async () => {
    const from = await workstationStore();
    const pg = await scratchDatabase();
    await migratePostgres(pg); // as `counselor user add` does
    await addAccount(pg, { userName: 'malvarez', displayName: 'Ms. Alvarez', role: 'counselor', password: 'correct horse battery' });
    const moved = await counselor(['migrate', '--from', from, '--to', await urlOf(pg), '--json']);
    expect(moved).toMatchObject({ code: 0, stderr: '' });
    expect((JSON.parse(moved.stdout) as { tables: { table: string }[] }).tables.map((t) => t.table)).not.toContain('counselor_account');
    expect((await listAccounts(pg)).map((a) => a.userName)).toEqual(['malvarez']);
  });

  it('leaves the department database as it was when the copy fails partway (one transaction)', async () => {
    const from = await workstationStore();
    const pg = await scratchDatabase();
    const to = await urlOf(pg);
    expect((await counselor(['migrate', '--from', from, '--to', to, '--dry-run'])).code).toBe(0); // migrates the database: the framework rows seeded
    const framework = async () => (await sql<{ n: number }>`SELECT count(*) AS n FROM career_cluster`.execute(pg)).rows[0]!.n;
    const seeded = await framework();
    expect(seeded).toBeGreaterThan(0);
    // The server fails the copy once students and plans are in: as a full disk would.
    await sql.raw(`CREATE FUNCTION refuse_rows() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END $$;
      CREATE TRIGGER refuse_rows BEFORE INSERT ON plan_course FOR EACH ROW EXECUTE FUNCTION refuse_rows();`).execute(pg);
    const failed = await counselor(['migrate', '--from', from, '--to', to]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe(
      'counselor: The department database stopped the move (could not extend file: No space left on device); nothing was moved, it holds what it held before. Put that right on the server and run the move again.',
    );
    expect((await sql<{ n: number }>`SELECT count(*) AS n FROM student`.execute(pg)).rows[0]!.n).toBe(0);
    expect(await framework()).toBe(seeded);
  }, 120_000);

  it('refuses a file that is not a store, a missing file, and a server that cannot be reached, each in one sentence', async () => {
    const pg = await scratchDatabase();
    const to = await urlOf(pg);
    const notAStore = `${tempDir()}/roster.db`;
    writeFileSync(notAStore, 'Student Number,Name\n1,A\n');
    const cases: [string[], RegExp][] = [
      [['--from', notAStore, '--to', to], /is not a Counselor Workstation store/],
      [['--from', `${tempDir()}/nothing.db`, '--to', to], /^counselor: There is no store file at .*nothing\.db; check the path given to --from\.$/],
      [['--from', notAStore, '--to', 'postgres://nobody:x@127.0.0.1:1/none'], /is not a Counselor Workstation store/],
    ];
    for (const [args, message] of cases) {
      const run = await counselor(['migrate', ...args]);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr).toMatch(message);
    }
    const from = await workstationStore();
    const down = await counselor(['migrate', '--from', from, '--to', 'postgres://nobody:x@127.0.0.1:1/none']);
    expect(down.code).toBe(1);
    expect(down.stderr).toBe('counselor: The department server at 127.0.0.1:1 cannot be reached (ECONNREFUSED); check the address and that PostgreSQL is running. Nothing was changed.');
    for (const args of [['--to', to], ['--from', from], ['--from', from, '--to', 'mysql://x'], ['--from', from, '--to', to, '--force']]) {
      expect((await counselor(['migrate', ...args])).code, args.join(' ')).toBe(2);
    }
  }, 120_000);
});
