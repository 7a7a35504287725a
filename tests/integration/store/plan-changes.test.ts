import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/main/core/accounts/actor';
import { auditEntriesFor } from '../../../src/main/core/audit/log';
import { changePlan, undoChange } from '../../../src/main/core/plans/change';
import { loadPlan } from '../../../src/main/core/plans/plan-rows';
import { openStore, type Store } from '../../../src/main/core/store/connection';
import { kyselyOverStore } from '../../../src/main/core/store/kysely-sqlite';
import { migratePostgres } from '../../../src/main/core/store/postgres';
import type { StoreSchema } from '../../../src/main/core/store/store-schema';
import type { Plan } from '../../../src/shared/domain/plan';
import { CounselorError } from '../../../src/shared/errors';
import { writeAs } from '../../../src/main/core/accounts/actor';
import { SKIPPED_WITHOUT_APP_ROLE, SKIPPED_WITHOUT_POSTGRES, useScratchPostgres, withoutAppRole, withoutPostgres } from '../../helpers/postgres';
import { useTempDir } from '../../helpers/temp';

/**
 * A counselor's change (plans/change.ts) is one code path on both stores: the workstation's SQLite
 * file and the department server's PostgreSQL. Each saved change is the plan's next revision with
 * who made it and one audit entry, in one transaction; a change based on an older revision is
 * refused whole, with a sentence naming who made the newer one.
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();
const opened: Store[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

const STUDENT = '000123';
const ALVAREZ: Actor = { userName: 'alvarez', displayName: 'Ms. Alvarez', role: 'counselor' };
const OKAFOR: Actor = { userName: 'okafor', displayName: 'Mr. Okafor', role: 'counselor' };
/** 3:41 pm where the test runs, so the refusal's "at 3:41 pm" does not depend on the time zone. */
const AT_341 = new Date(2026, 10, 20, 15, 41, 0);
const later = (ms: number) => new Date(AT_341.getTime() + ms);

async function withStudent(db: Kysely<StoreSchema>, status: 'active' | 'graduated' = 'active'): Promise<Kysely<StoreSchema>> {
  await db
    .insertInto('student')
    .values({
      student_number: STUDENT, first_name: 'Ánh', middle_name: null, last_name: 'Nguyễn', preferred_name: null, grade: 10,
      class_year: 2029, date_of_birth: null, email: null, counselor: 'Ms. Alvarez', homeroom: null, home_language: null, status,
      created_at: AT_341.toISOString(), updated_at: AT_341.toISOString(),
    })
    .execute();
  return db;
}

async function openSqlite(): Promise<Kysely<StoreSchema>> {
  const store = await openStore(join(tempDir(), 'counselor.db'));
  opened.push(store);
  return withStudent(kyselyOverStore(store.db));
}

async function openPostgresStore(): Promise<Kysely<StoreSchema>> {
  const db = await scratchDatabase();
  await migratePostgres(db);
  return withStudent(db);
}

const notes = (text: string | null) => (plan: Plan): Plan => ({ ...plan, notes: text });

/** Everything a refused change must leave as it was. */
async function everything(db: Kysely<StoreSchema>) {
  return {
    plan: await db.selectFrom('plan').selectAll().execute(),
    history: await db.selectFrom('plan_history').selectAll().orderBy('id').execute(),
    audit: await db.selectFrom('audit_entry').selectAll().orderBy('id').execute(),
  };
}

async function refusal(promise: Promise<unknown>): Promise<CounselorError> {
  const e = await promise.then(() => null, (error: unknown) => error);
  if (!(e instanceof CounselorError)) throw new Error(`expected a CounselorError, got ${String(e)}`);
  return e;
}

const stores = [
  { name: 'the workstation store (SQLite)', skip: false, open: openSqlite },
  { name: `the department server (${withoutPostgres ? SKIPPED_WITHOUT_POSTGRES : 'PostgreSQL'})`, skip: withoutPostgres, open: openPostgresStore },
];

for (const store of stores) {
  describe.skipIf(store.skip)(`a plan change on ${store.name}`, () => {
    it('saves the next revision, who made it, and one audit entry', async () => {
      const db = await store.open();
      expect(await changePlan(db, STUDENT, 'setNotes', notes('Met with the family.'), { actor: ALVAREZ, basedOn: 0, now: AT_341, detail: { notes: 'Met with the family.' } })).toBe(1);
      expect(await changePlan(db, STUDENT, 'setNotes', notes('Wants welding.'), { actor: ALVAREZ, basedOn: 1, now: later(1000) })).toBe(2);

      const row = await db.selectFrom('plan').select(['revision', 'changed_by', 'notes']).executeTakeFirstOrThrow();
      expect(row).toEqual({ revision: 2, changed_by: 'Ms. Alvarez', notes: 'Wants welding.' });
      const entries = await auditEntriesFor(db, null, STUDENT);
      expect(entries).toEqual([
        { at: later(1000).toISOString(), userName: 'alvarez', action: 'setNotes', detail: { revision: 2 } },
        { at: AT_341.toISOString(), userName: 'alvarez', action: 'setNotes', detail: { notes: 'Met with the family.', revision: 1 } },
      ]);
      expect(await auditEntriesFor(db, null, '999999')).toEqual([]);
    });

    it('saves nothing for a change that changes nothing: no revision, no entry', async () => {
      const db = await store.open();
      await changePlan(db, STUDENT, 'setNotes', notes('Met with the family.'), { now: AT_341 });
      const before = await everything(db);
      expect(await changePlan(db, STUDENT, 'setNotes', notes('Met with the family.'), { basedOn: 1, now: later(1000) })).toBe(1);
      expect(await everything(db)).toEqual(before);
    });

    it('refuses a change based on an older revision, naming who made the newer one, and changes nothing', async () => {
      const db = await store.open();
      await changePlan(db, STUDENT, 'setNotes', notes('Alvarez was here.'), { actor: ALVAREZ, basedOn: 0, now: AT_341 });
      const before = await everything(db);

      const soon = await refusal(changePlan(db, STUDENT, 'setNotes', notes('Okafor was here.'), { actor: OKAFOR, basedOn: 0, now: later(30_000) }));
      expect(soon.code).toBe('stale');
      expect(soon.message).toBe(
        'This plan was changed by Ms. Alvarez a moment ago; the page now shows that version — make your change again if it is still needed.',
      );
      const hours = await refusal(changePlan(db, STUDENT, 'setNotes', notes('Okafor again.'), { actor: OKAFOR, basedOn: 0, now: later(10 * 60_000) }));
      expect(hours.message).toMatch(/^This plan was changed by Ms\. Alvarez at 3:41 pm; the page now shows/);
      const undo = await refusal(undoChange(db, STUDENT, { actor: OKAFOR, basedOn: 0, now: later(30_000) }));
      expect(undo.code).toBe('stale');
      expect(await everything(db)).toEqual(before);
      expect((await loadPlan(db, STUDENT))?.notes).toBe('Alvarez was here.');
    });

    it('says "in another window" for a change made without an account (the workstation)', async () => {
      const db = await store.open();
      await changePlan(db, STUDENT, 'setNotes', notes('First window.'), { now: AT_341 });
      const e = await refusal(changePlan(db, STUDENT, 'setNotes', notes('Second window.'), { basedOn: 0, now: later(5000) }));
      expect(e.message).toBe(
        'This plan was changed in another window a moment ago; the page now shows that version — make your change again if it is still needed.',
      );
    });

    it('leaves no audit entry for a change the plan refuses', async () => {
      const db = await store.open();
      await changePlan(db, STUDENT, 'setNotes', notes('Kept.'), { now: AT_341 });
      const before = await everything(db);
      const e = await refusal(changePlan(db, STUDENT, 'markReviewed', (p) => ({ ...p, lastReviewed: 'next Tuesday' }), { basedOn: 1, now: later(1000) }));
      expect(e.code).toBe('invalid_input');
      expect(await everything(db)).toEqual(before);
    });

    it('undoes as a change of its own: the next revision, audited as undo', async () => {
      const db = await store.open();
      await changePlan(db, STUDENT, 'setNotes', notes('One.'), { actor: ALVAREZ, now: AT_341 });
      await changePlan(db, STUDENT, 'setNotes', notes('Two.'), { actor: ALVAREZ, now: later(1000) });
      expect(await undoChange(db, STUDENT, { actor: OKAFOR, basedOn: 2, now: later(2000) })).toBe(3);
      expect(await db.selectFrom('plan').select(['revision', 'changed_by', 'notes']).executeTakeFirstOrThrow()).toEqual({
        revision: 3, changed_by: 'Mr. Okafor', notes: 'One.',
      });
      expect((await auditEntriesFor(db, null, STUDENT))[0]).toEqual({
        at: later(2000).toISOString(), userName: 'okafor', action: 'undo', detail: { undid: 'setNotes', revision: 3 },
      });
      // Undoing the plan's first change removes it; nothing left to undo writes nothing.
      expect(await undoChange(db, STUDENT, { basedOn: 3, now: later(3000) })).toBe(0);
      expect(await loadPlan(db, STUDENT)).toBeNull();
      const after = await everything(db);
      expect(await undoChange(db, STUDENT, { basedOn: 0, now: later(4000) })).toBe(0);
      expect(await everything(db)).toEqual(after);
      expect(after.audit.map((a) => a.action)).toEqual(['setNotes', 'setNotes', 'undo', 'undo']);
    });

    it("refuses a graduate's plan and an unknown student, writing nothing", async () => {
      const db = await store.open();
      await db.updateTable('student').set({ status: 'graduated' }).execute();
      expect((await refusal(changePlan(db, STUDENT, 'setNotes', notes('After.'), { now: AT_341 }))).message).toMatch(/graduated with the class of 2029/);
      expect((await refusal(changePlan(db, '999999', 'setNotes', notes('Who?'), { now: AT_341 }))).code).toBe('not_found');
      expect(await everything(db)).toEqual({ plan: [], history: [], audit: [] });
    });

    it('lets exactly one of two changes based on the same revision win', async () => {
      const db = await store.open();
      await changePlan(db, STUDENT, 'setNotes', notes('Start.'), { now: AT_341 });
      // Started together: on PostgreSQL two pooled connections race (SERIALIZABLE, retried once
      // lost); on SQLite the one connection takes them in turn. Either way the second sees revision 2.
      const results = await Promise.allSettled([
        changePlan(db, STUDENT, 'setNotes', notes('Alvarez.'), { actor: ALVAREZ, basedOn: 1, now: later(1000) }),
        changePlan(db, STUDENT, 'setNotes', notes('Okafor.'), { actor: OKAFOR, basedOn: 1, now: later(1000) }),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toEqual([{ status: 'fulfilled', value: 2 }]);
      expect(lost.map((r) => (r.reason as CounselorError).code)).toEqual(['stale']);
      const row = await db.selectFrom('plan').select(['revision', 'changed_by', 'notes']).executeTakeFirstOrThrow();
      expect(row.revision).toBe(2);
      expect([row.changed_by, row.notes]).toEqual(row.changed_by === 'Ms. Alvarez' ? ['Ms. Alvarez', 'Alvarez.'] : ['Mr. Okafor', 'Okafor.']);
      expect((await everything(db)).audit).toHaveLength(2);
    });
  });
}

describe.skipIf(withoutAppRole)(`a plan change under row-level security${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it("is saved with its audit entry for the student's counselor, and refused whole for another counselor", async () => {
    const db = await scratchDatabase({ asAppRole: true });
    await migratePostgres(db);
    await writeAs(db, null, async (trx) => {
      for (const a of [ALVAREZ, OKAFOR]) {
        await trx
          .insertInto('counselor_account')
          .values({ user_name: a.userName, display_name: a.displayName, role: a.role, password_hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA', created_at: AT_341.toISOString(), disabled_at: null })
          .execute();
      }
    });
    await writeAs(db, null, (trx) => withStudent(trx as unknown as Kysely<StoreSchema>));

    expect(await changePlan(db, STUDENT, 'setNotes', notes('Mine.'), { actor: ALVAREZ, basedOn: 0, now: AT_341 })).toBe(1);
    const before = await writeAs(db, null, (trx) => everything(trx));
    expect(before.audit.map((a) => [a.user_name, a.action])).toEqual([['alvarez', 'setNotes']]);

    await expect(changePlan(db, STUDENT, 'setNotes', notes('Taken.'), { actor: OKAFOR, basedOn: 1, now: later(1000) })).rejects.toThrow(/row-level security/);
    expect(await writeAs(db, null, (trx) => everything(trx))).toEqual(before);
    // The log is a lead's to read: a counselor's own query sees none of it.
    expect(await auditEntriesFor(db, ALVAREZ, STUDENT)).toEqual([]);
    expect(await auditEntriesFor(db, null, STUDENT)).toHaveLength(1);
  });
});
