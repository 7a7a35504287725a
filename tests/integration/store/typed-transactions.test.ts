import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../src/main/core/store/connection';
import { kyselyOverStore } from '../../../src/main/core/store/kysely-sqlite';
import { migratePostgres } from '../../../src/main/core/store/postgres';
import type { StoreSchema } from '../../../src/main/core/store/store-schema';
import { readTransactionAsync, writeTransaction, writeTransactionAsync } from '../../../src/main/core/store/transaction';
import { SKIPPED_WITHOUT_POSTGRES, useScratchPostgres, withoutPostgres } from '../../helpers/postgres';
import { useTempDir } from '../../helpers/temp';

/**
 * The typed layer's transactions (store/transaction.ts) keep the store's rules on both stores: a
 * plan read is one snapshot even while another counselor saves, and a write never stays open
 * across an await of something other than its own queries.
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();
const opened: { close(): void }[] = [];
afterEach(() => {
  for (const c of opened.splice(0)) c.close();
});

const NOW = '2026-11-28T12:00:00.000Z';
function studentRow(studentNumber: string) {
  return {
    student_number: studentNumber, first_name: 'Ánh', middle_name: null, last_name: 'Nguyễn', preferred_name: null, grade: 11,
    class_year: 2028, date_of_birth: null, email: null, counselor: 'Ms. Alvarez', homeroom: null, home_language: null,
    created_at: NOW, updated_at: NOW,
  };
}

async function studentCount(db: Kysely<StoreSchema>): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM student`.execute(db);
  return Number(rows[0]!.n);
}

async function sqliteStore(): Promise<Store> {
  const store = await openStore(join(tempDir(), 'counselor.db'));
  opened.push(store);
  return store;
}

describe('typed transactions on the workstation store (SQLite)', () => {
  it('read one snapshot: a save another program commits between two reads is not half seen', async () => {
    const store = await sqliteStore();
    const db = kyselyOverStore(store.db);
    await db.insertInto('student').values(studentRow('100001')).execute();
    // Another program on the same file: its own connection, which a read must not lock out.
    const other = new Database(store.path);
    opened.push(other);

    const seen = await readTransactionAsync(db, async (trx) => {
      const before = await studentCount(trx);
      other.prepare("INSERT INTO student (student_number, first_name, last_name, created_at, updated_at) VALUES ('100002', 'A', 'B', ?, ?)").run(NOW, NOW);
      return [before, await studentCount(trx)];
    });
    expect(seen).toEqual([1, 1]);
    expect(await studentCount(db)).toBe(2);
  });

  it('leave the store open when the typed layer over it is destroyed: the connection is the Store\'s', async () => {
    const store = await sqliteStore();
    const db = kyselyOverStore(store.db);
    await db.insertInto('student').values(studentRow('100007')).execute();
    await db.destroy();
    expect(store.db.open).toBe(true);
    expect(store.db.prepare('SELECT count(*) FROM student').pluck().get()).toBe(1);
  });

  it('refuse a synchronous write made while a typed write awaits its queries, instead of letting it join', async () => {
    const store = await sqliteStore();
    const db = kyselyOverStore(store.db);
    const insert = (n: string) => () =>
      store.db.prepare("INSERT INTO student (student_number, first_name, last_name, created_at, updated_at) VALUES (?, 'A', 'B', ?, ?)").run(n, NOW, NOW);
    // Another caller's continuation running between two of the typed write's queries.
    const refused = await writeTransactionAsync(db, async (trx) => {
      await trx.insertInto('student').values(studentRow('100004')).execute();
      try {
        writeTransaction(store.db, insert('100005'));
        return null;
      } catch (e) {
        return e;
      } finally {
        await trx.insertInto('student').values(studentRow('100006')).execute();
      }
    });
    expect(refused).toMatchObject({ code: 'busy' });
    expect(await studentCount(db)).toBe(2);
    // Once it ended, synchronous writes go through again.
    writeTransaction(store.db, insert('100005'));
    expect(await studentCount(db)).toBe(3);
  });

  it('roll a write back when it awaited something besides its own queries', async () => {
    const store = await sqliteStore();
    const db = kyselyOverStore(store.db);
    const write = writeTransactionAsync(db, async (trx) => {
      await trx.insertInto('student').values(studentRow('100003')).execute();
      await new Promise((resolve) => setTimeout(resolve, 1));
    });
    await expect(write).rejects.toThrow(/awaited something other than its own queries/);
    expect(await studentCount(db)).toBe(0);
    expect(store.db.inTransaction).toBe(false);
  });
});

describe.skipIf(withoutPostgres)(`typed transactions on the department server (${withoutPostgres ? SKIPPED_WITHOUT_POSTGRES : 'PostgreSQL'})`, () => {
  it('read one snapshot: a save another counselor commits between two reads is not half seen', async () => {
    const db = await scratchDatabase();
    await migratePostgres(db);
    await db.insertInto('student').values(studentRow('100001')).execute();

    const seen = await readTransactionAsync(db, async (trx) => {
      const before = await studentCount(trx);
      // Through the pool: another connection, committed before the second read.
      await db.insertInto('student').values(studentRow('100002')).execute();
      return [before, await studentCount(trx)];
    });
    expect(seen).toEqual([1, 1]);
    expect(await studentCount(db)).toBe(2);
  });

  it('run a save again when another counselor\'s save changed what it read: both land, neither is lost', async () => {
    const db = await scratchDatabase();
    await migratePostgres(db);
    // Two saves that each read the caseload, then add a student: committed side by side, one of
    // them would have decided on a caseload that no longer exists (SERIALIZABLE refuses it: 40001).
    let bothRead!: () => void;
    const barrier = new Promise<void>((resolve) => (bothRead = resolve));
    let reads = 0;
    const runs: string[] = [];
    const save = (studentNumber: string) =>
      writeTransactionAsync(db, async (trx) => {
        runs.push(studentNumber);
        const seen = await studentCount(trx);
        if (++reads === 2) bothRead();
        await barrier; // only in this test: holds the two transactions open side by side
        await trx.insertInto('student').values({ ...studentRow(studentNumber), grade: 9 + seen }).execute();
      });
    await Promise.all([save('100005'), save('100006')]);

    expect(runs.length).toBe(3);
    const { rows } = await sql<{ grade: number }>`SELECT grade FROM student ORDER BY grade`.execute(db);
    expect(rows.map((r) => r.grade)).toEqual([9, 10]);
  });

  it('refuse a write inside a read', async () => {
    const db = await scratchDatabase();
    await migratePostgres(db);
    const write = readTransactionAsync(db, (trx) => trx.insertInto('student').values(studentRow('100004')).execute());
    await expect(write).rejects.toMatchObject({ code: '25006' });
    expect(await studentCount(db)).toBe(0);
  });
});
