import { join } from 'node:path';
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { describe, expect, it } from 'vitest';
import { addAccount, checkSignIn, listAccounts } from '../../../src/main/core/accounts/accounts';
import { loadSampleSchool } from '../../../src/main/core/sample/load';
import { openStore } from '../../../src/main/core/store/connection';
import type { PostgresMigration } from '../../../src/main/core/store/migration';
import { postgresMigrations } from '../../../src/main/core/store/migrations/pg';
import { migratePostgres, openPostgres } from '../../../src/main/core/store/postgres';
import { declareAsker, refuseSuperuser } from '../../../src/main/core/store/row-security';
import type { StoreSchema } from '../../../src/main/core/store/store-schema';
import { moveToPostgres } from '../../../src/main/core/store/to-postgres';
import { SKIPPED_WITHOUT_APP_ROLE, testPostgresAppUrl, useScratchPostgres, withoutAppRole } from '../../helpers/postgres';
import { useTempDir } from '../../helpers/temp';

/**
 * Migration 15's row-level security, in SQL, as the role the department server connects as (no
 * SUPERUSER, no BYPASSRLS; the owner of the tables, which FORCE binds). Ms. Alvarez (malvarez)
 * has student 1001, Mr. Lee (jlee) student 2001; kchen is a lead, itadmin an admin, and
 * mformer a disabled account that had Ms. Alvarez's display name.
 */
const scratchDatabase = useScratchPostgres();
const tempDir = useTempDir();
const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA';
const NOW = '2026-12-02T12:00:00.000Z';

async function department(): Promise<Kysely<StoreSchema>> {
  const db = await scratchDatabase({ asAppRole: true });
  await migratePostgres(db);
  await as(db, null, async (trx) => {
    for (const [user, name, role, disabled] of [['malvarez', 'Ms. Alvarez', 'counselor', null], ['jlee', 'Mr. Lee', 'counselor', null], ['kchen', 'Ms. Chen', 'lead', null], ['itadmin', 'IT', 'admin', null], ['mformer', 'Ms. Alvarez', 'counselor', NOW]]) {
      await sql`INSERT INTO counselor_account (user_name, display_name, role, password_hash, created_at, disabled_at) VALUES (${user}, ${name}, ${role}, ${HASH}, ${NOW}, ${disabled})`.execute(trx);
    }
    for (const [number, counselor] of [['1001', 'Ms. Alvarez'], ['2001', 'Mr. Lee']]) {
      await sql`INSERT INTO student (student_number, first_name, last_name, counselor, created_at, updated_at) VALUES (${number}, 'Ana', 'Student', ${counselor}, ${NOW}, ${NOW})`.execute(trx);
      await sql`INSERT INTO plan (student_number, career_interests, updated_at) VALUES (${number}, '[]', ${NOW})`.execute(trx);
      await sql`INSERT INTO plan_goal (student_number, id, position, kind, text, status) VALUES (${number}, 'g1', 0, 'career', 'Visit a college', 'not_started')`.execute(trx);
      await sql`INSERT INTO audit_entry (at, user_name, student_number, action, detail) VALUES (${NOW}, NULL, ${number}, 'plans.update', '{}')`.execute(trx);
    }
  });
  return db;
}

/** One transaction as this user (null: the operator; undefined: nothing declared, as a connection that never set it). */
function as<T>(db: Kysely<StoreSchema>, who: string | null | undefined, fn: (trx: Transaction<StoreSchema>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    if (who !== undefined) await declareAsker(trx, who);
    return fn(trx);
  });
}

/** Rows a statement touched (UPDATE/DELETE/INSERT) or returned (SELECT). */
async function count(db: Kysely<StoreSchema>, who: string | null | undefined, query: RawBuilder<unknown>): Promise<number> {
  const result = await as(db, who, (trx) => query.execute(trx));
  return result.numAffectedRows !== undefined ? Number(result.numAffectedRows) : result.rows.length;
}

const planNotes = async (db: Kysely<StoreSchema>) =>
  (await as(db, null, (trx) => sql<{ student_number: string; notes: string | null }>`SELECT student_number, notes FROM plan ORDER BY 1`.execute(trx))).rows;
const newCourse = (student: string) =>
  sql`INSERT INTO plan_course (student_number, id, position, year, term, course_number, status) VALUES (${student}, 'c-9', 9, '9', 'full_year', 'ENG9', 'planned')`;
const RLS_REFUSAL = /violates row-level security policy/;

describe.skipIf(withoutAppRole)(`row-level security on the department server${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it("lets a counselor change the plan rows of her own caseload and none of another counselor's, while she reads every student and plan", async () => {
    const db = await department();
    expect(await count(db, 'malvarez', sql`UPDATE plan SET notes = 'mine' WHERE student_number = '1001'`)).toBe(1);
    expect(await count(db, 'malvarez', newCourse('1001'))).toBe(1);
    await expect(count(db, 'malvarez', sql`UPDATE plan_goal SET student_number = '2001' WHERE student_number = '1001'`), 'a row moved out of her caseload').rejects.toThrow(RLS_REFUSAL);
    expect(await count(db, 'malvarez', sql`DELETE FROM plan_goal WHERE student_number = '1001'`)).toBe(1);

    expect(await count(db, 'malvarez', sql`UPDATE plan SET notes = 'taken' WHERE student_number = '2001'`), "Mr. Lee's plan").toBe(0);
    await expect(count(db, 'malvarez', newCourse('2001'))).rejects.toThrow(RLS_REFUSAL);
    expect(await count(db, 'malvarez', sql`DELETE FROM plan_goal WHERE student_number = '2001'`)).toBe(0);
    await expect(count(db, 'malvarez', sql`INSERT INTO conference (student_number, held_on, student_attended, interpreter, created_at, updated_at) VALUES ('2001', '2026-12-01', 1, 0, ${NOW}, ${NOW})`)).rejects.toThrow(RLS_REFUSAL);
    expect(await planNotes(db)).toEqual([{ student_number: '1001', notes: 'mine' }, { student_number: '2001', notes: null }]);

    expect(await count(db, 'malvarez', sql`SELECT * FROM student`), 'the directory of the others').toBe(2);
    expect(await count(db, 'malvarez', sql`SELECT * FROM plan`)).toBe(2);
    expect(await count(db, 'malvarez', sql`SELECT * FROM plan_goal`)).toBe(1);
    // A counselor prints any plan: the printed snapshot is hers to add.
    expect(await count(db, 'malvarez', sql`INSERT INTO print_snapshot (student_number, printed_at, printed_on, lang, paper, pages, sha256, view) VALUES ('2001', ${NOW}, '2026-12-02', 'en', 'letter', 1, ${'0'.repeat(64)}, '{}')`)).toBe(1);
  }, 30_000);

  it("lets a lead and the operator change every student's plan", async () => {
    const db = await department();
    expect(await count(db, 'kchen', sql`UPDATE plan SET notes = 'lead'`)).toBe(2);
    expect(await count(db, 'kchen', newCourse('2001'))).toBe(1);
    expect(await count(db, null, sql`UPDATE plan SET notes = 'operator'`)).toBe(2);
    expect(await count(db, null, sql`DELETE FROM plan_goal`)).toBe(2);
    expect(await count(db, 'itadmin', sql`UPDATE plan SET notes = 'admin'`), 'an admin keeps accounts, not plans').toBe(0);
    expect(await planNotes(db)).toEqual([{ student_number: '1001', notes: 'operator' }, { student_number: '2001', notes: 'operator' }]);
  }, 30_000);

  it("lets every account read the school's settings and only a lead or the operator change them; none adds or removes the row", async () => {
    const db = await department();
    expect(await count(db, 'malvarez', sql`SELECT * FROM school_settings`)).toBe(1);
    expect(await count(db, 'malvarez', sql`UPDATE school_settings SET school_name = 'Hers'`), 'a counselor').toBe(0);
    expect(await count(db, 'itadmin', sql`UPDATE school_settings SET school_name = 'IT'`), 'an admin').toBe(0);
    expect(await count(db, 'kchen', sql`UPDATE school_settings SET school_name = 'Lakeside High School'`)).toBe(1);
    expect(await count(db, 'kchen', sql`DELETE FROM school_settings`), 'a lead removing the row').toBe(0);
    await expect(count(db, 'kchen', sql`INSERT INTO school_settings (id) VALUES (2)`)).rejects.toThrow(RLS_REFUSAL);
    expect((await as(db, null, (trx) => sql<{ school_name: string }>`SELECT school_name FROM school_settings`.execute(trx))).rows).toEqual([{ school_name: 'Lakeside High School' }]);
  }, 30_000);

  it('lets every account read the printout languages and only a lead or the operator add, replace or remove one', async () => {
    const db = await department();
    const add = (code: string) => sql`INSERT INTO printout_language (code, name, dictionary, added_at) VALUES (${code}, ${code.toUpperCase()}, '{"title":"x"}', ${NOW})`;
    await expect(count(db, 'malvarez', add('so')), 'a counselor').rejects.toThrow(RLS_REFUSAL);
    expect(await count(db, 'kchen', add('hmn'))).toBe(1);
    expect(await count(db, 'malvarez', sql`SELECT * FROM printout_language`)).toBe(1);
    expect(await count(db, 'malvarez', sql`UPDATE printout_language SET name = 'Hmoob'`), 'a counselor replacing one').toBe(0);
    expect(await count(db, 'malvarez', sql`DELETE FROM printout_language`), 'a counselor removing one').toBe(0);
    expect(await count(db, 'kchen', sql`UPDATE printout_language SET name = 'Hmong'`)).toBe(1);
    expect(await count(db, 'kchen', sql`DELETE FROM printout_language`)).toBe(1);
    expect(await count(db, null, add('vi')), 'the operator (counselor migrate)').toBe(1);
  }, 30_000);

  it('lets every account read which fields were entered by hand and only a lead or the operator mark or unmark one', async () => {
    const db = await department();
    const mark = (field: string) => sql`INSERT INTO student_hand_entry (student_number, field, entered_at) VALUES ('1001', ${field}, ${NOW})`;
    await expect(count(db, 'malvarez', mark('grade')), "a counselor, on her own student").rejects.toThrow(RLS_REFUSAL);
    expect(await count(db, 'kchen', mark('grade'))).toBe(1);
    expect(await count(db, 'malvarez', sql`SELECT * FROM student_hand_entry`)).toBe(1);
    expect(await count(db, 'malvarez', sql`DELETE FROM student_hand_entry`), 'a counselor removing a mark').toBe(0);
    expect(await count(db, 'itadmin', sql`DELETE FROM student_hand_entry`), 'an admin removing a mark').toBe(0);
    expect(await count(db, 'kchen', sql`DELETE FROM student_hand_entry`)).toBe(1);
  }, 30_000);

  it('shows nothing and changes nothing for a disabled account, an unknown one, or a connection that declared no one', async () => {
    const db = await department();
    for (const who of ['mformer', 'nobody', '', undefined]) {
      expect(await count(db, who, sql`SELECT * FROM student`), `students as ${String(who)}`).toBe(0);
      expect(await count(db, who, sql`SELECT * FROM plan`), `plans as ${String(who)}`).toBe(0);
      expect(await count(db, who, sql`UPDATE plan SET notes = 'x'`), `update as ${String(who)}`).toBe(0);
      await expect(count(db, who, newCourse('1001'))).rejects.toThrow(RLS_REFUSAL);
    }
    // A connection that never set anything at all (not even a transaction-local setting since ended).
    const fresh = openPostgres(testPostgresAppUrl.replace(/\/[^/]*$/, `/${(await as(db, null, (trx) => sql<{ d: string }>`SELECT current_database() AS d`.execute(trx))).rows[0]!.d}`), { max: 1 });
    try {
      expect((await sql`SELECT * FROM student`.execute(fresh)).rows).toEqual([]);
    } finally {
      await fresh.destroy();
    }
    expect(await planNotes(db)).toEqual([{ student_number: '1001', notes: null }, { student_number: '2001', notes: null }]);
  }, 30_000);

  it("keeps students a lead's to change: a counselor cannot take another's student or give hers away", async () => {
    const db = await department();
    expect(await count(db, 'malvarez', sql`UPDATE student SET counselor = 'Ms. Alvarez' WHERE student_number = '2001'`)).toBe(0);
    expect(await count(db, 'malvarez', sql`UPDATE student SET counselor = 'Mr. Lee' WHERE student_number = '1001'`)).toBe(0);
    await expect(count(db, 'malvarez', sql`INSERT INTO student (student_number, first_name, last_name, counselor, created_at, updated_at) VALUES ('3001', 'A', 'B', 'Ms. Alvarez', ${NOW}, ${NOW})`)).rejects.toThrow(RLS_REFUSAL);
    expect(await count(db, 'malvarez', sql`UPDATE plan SET notes = 'still not mine' WHERE student_number = '2001'`)).toBe(0);
    expect(await count(db, 'kchen', sql`UPDATE student SET counselor = 'Ms. Alvarez' WHERE student_number = '2001'`)).toBe(1);
    expect(await count(db, 'malvarez', sql`UPDATE plan SET notes = 'now mine' WHERE student_number = '2001'`), 'moved by a lead').toBe(1);
  }, 30_000);

  it('keeps accounts from counselors and leads (never a password hash), for an admin and the operator', async () => {
    const db = await department();
    for (const who of ['malvarez', 'kchen', 'mformer', undefined]) {
      expect(await count(db, who, sql`SELECT password_hash FROM counselor_account`), `as ${String(who)}`).toBe(0);
      expect(await count(db, who, sql`UPDATE counselor_account SET role = 'admin'`), `as ${String(who)}`).toBe(0);
    }
    expect(await count(db, 'itadmin', sql`SELECT password_hash FROM counselor_account`)).toBe(5);
    expect(await count(db, null, sql`SELECT password_hash FROM counselor_account`)).toBe(5);
    // The application's own account code, as the operator, under the policies.
    await addAccount(db, { userName: 'pnew', displayName: 'Mx. New', role: 'counselor', password: 'correct horse battery staple' });
    expect((await listAccounts(db)).map((a) => a.userName)).toEqual(['itadmin', 'jlee', 'kchen', 'malvarez', 'mformer', 'pnew']);
    expect(await checkSignIn(db, 'pnew', 'correct horse battery staple')).toMatchObject({ displayName: 'Mx. New' });
  }, 30_000);

  it('keeps the audit log append-only: each adds under their own name, a lead reads it, nobody changes or removes an entry', async () => {
    const db = await department();
    const entry = (user: string | null) => sql`INSERT INTO audit_entry (at, user_name, student_number, action, detail) VALUES (${NOW}, ${user}, '1001', 'plans.update', '{}')`;
    expect(await count(db, 'malvarez', entry('malvarez'))).toBe(1);
    await expect(count(db, 'malvarez', entry('jlee')), 'under another name').rejects.toThrow(RLS_REFUSAL);
    await expect(count(db, 'malvarez', entry(null)), 'under no name').rejects.toThrow(RLS_REFUSAL);
    await expect(count(db, 'mformer', entry('mformer')), 'a disabled account').rejects.toThrow(RLS_REFUSAL);
    expect(await count(db, 'malvarez', sql`SELECT * FROM audit_entry`), 'a counselor').toBe(0);
    expect(await count(db, 'kchen', sql`SELECT * FROM audit_entry`), 'a lead').toBe(3);
    for (const who of ['malvarez', 'kchen', 'itadmin', null]) {
      expect(await count(db, who, sql`UPDATE audit_entry SET action = 'forged'`), `update as ${String(who)}`).toBe(0);
      expect(await count(db, who, sql`DELETE FROM audit_entry`), `delete as ${String(who)}`).toBe(0);
    }
    await expect(count(db, null, sql`TRUNCATE audit_entry`)).rejects.toThrow(/append-only/);
    expect((await as(db, null, (trx) => sql<{ action: string }>`SELECT action FROM audit_entry`.execute(trx))).rows.map((r) => r.action)).toEqual(['plans.update', 'plans.update', 'plans.update']);
  }, 30_000);

  it('binds every table of the store, its owner included (FORCE), each with its policies', async () => {
    const db = await department();
    const { rows } = await sql<{ table: string; enabled: boolean; forced: boolean; policies: number }>`
      SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
        FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname <> 'schema_version'
       ORDER BY 1`.execute(db);
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.filter((r) => !r.enabled || !r.forced || r.policies === 0).map((r) => r.table)).toEqual([]);
    const { rows: owner } = await sql<{ owns: boolean }>`SELECT bool_and(pg_get_userbyid(relowner) = current_user) AS owns FROM pg_class WHERE relname IN ('plan', 'student')`.execute(db);
    expect(owner[0]!.owns, 'the app role owns the tables, so only FORCE binds it').toBe(true);
  }, 30_000);

  it("runs the store's own work as the operator under the policies: migrations again, and a workstation moved in", async () => {
    const db = await department();
    const latest = postgresMigrations.length;
    expect(await migratePostgres(db)).toEqual({ fromVersion: latest, toVersion: latest });
    const path = join(tempDir(), 'counselor.db');
    const store = await openStore(path);
    const { studentsAdded } = loadSampleSchool(store.db, new Date('2026-12-02T12:00:00Z'));
    store.close();
    await expect(moveToPostgres(path, db), 'into a database that holds students, which only the operator sees').rejects.toThrow(/already holds 2 students/);
    const later: PostgresMigration = { version: latest + 1, name: 'a later one that changes rows', up: async (trx) => void (await sql`UPDATE plan SET notes = 'migrated'`.execute(trx)) };
    expect(await migratePostgres(db, [...postgresMigrations, later])).toEqual({ fromVersion: latest, toVersion: latest + 1 });
    expect(await planNotes(db), 'every plan reached by a later migration').toEqual([{ student_number: '1001', notes: 'migrated' }, { student_number: '2001', notes: 'migrated' }]);
    const empty = await scratchDatabase({ asAppRole: true });
    await moveToPostgres(path, empty);
    expect(await count(empty, null, sql`SELECT * FROM student`)).toBe(studentsAdded);
    expect(await count(empty, undefined, sql`SELECT * FROM student`)).toBe(0);
  }, 60_000);

  it('refuses, in one sentence, a connection as a superuser, whom no policy binds', async () => {
    const app = await scratchDatabase({ asAppRole: true });
    await expect(refuseSuperuser(app)).resolves.toBeUndefined();
    const superuser = await scratchDatabase();
    await expect(refuseSuperuser(superuser)).rejects.toThrow(/^The department server connects to PostgreSQL as counselor, a superuser \(or a role that bypasses row-level security\), which the counselors' access rules cannot bind: connect as the server's own role instead \(docs\/ARCHITECTURE.md, "Row-level security"\)\.$/);
  }, 30_000);
});
