import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../src/main/core/accounts/accounts';
import type { Actor } from '../../src/main/core/accounts/actor';
import { mayCall } from '../../src/main/core/accounts/method-roles';
import { departmentHandlers } from '../../src/main/core/api/department';
import { addConference, removeConference, updateConference } from '../../src/main/core/conferences/record';
import { listConferences } from '../../src/main/core/conferences/repository';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import { saveSettings, settingsView } from '../../src/main/core/settings/settings';
import type { StoreSchema } from '../../src/main/core/store/store-schema';
import type { Conference, NewConference } from '../../src/shared/domain/conference';
import type { SettingsView } from '../../src/shared/domain/settings';
import { SKIPPED_WITHOUT_APP_ROLE, departmentFrom, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';
import { historyStore } from './history/history-store';

/**
 * The department server's edits beyond the plan (core/api/department-edits.ts) on PostgreSQL,
 * through the role row-level security binds, over the sample school moved in from a workstation;
 * the workstation's own functions make the same edit on the same school's SQLite file, and the
 * answers must agree (the rule is one; only the fetching and saving differ). A counselor changes
 * her caseload's conferences, not another's (the database refuses; one sentence; nothing written,
 * no audit entry); a lead saves the school's settings, a counselor cannot.
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();

let file: Database.Database;
let pg: Kysely<StoreSchema>;
let alvarez: Actor;
let other: Actor;
let lead: Actor;
/** An active student of `alvarez`'s caseload. */
let mine: string;

beforeAll(async () => {
  if (withoutAppRole) return;
  const store = await historyStore(tempDir());
  const path = store.path;
  store.close();
  ({ file, pg } = await departmentFrom(scratchDatabase, path, { writable: true }));
  const names = file.prepare('SELECT DISTINCT counselor FROM student WHERE counselor IS NOT NULL ORDER BY counselor').pluck().all() as string[];
  expect(names.length).toBeGreaterThanOrEqual(2);
  const account = async (userName: string, displayName: string, role: Actor['role']): Promise<Actor> => {
    await addAccount(pg, { userName, displayName, role, password: 'correct horse battery' });
    return { userName, displayName, role };
  };
  alvarez = await account('first', names[0]!, 'counselor');
  other = await account('second', names[1]!, 'counselor');
  lead = await account('lead', 'Dr. Lead', 'lead');
  mine = file.prepare("SELECT student_number FROM student WHERE counselor = ? AND status = 'active' ORDER BY student_number LIMIT 1").pluck().get(alvarez.displayName) as string;
  expect(mine).toBeDefined();
}, 120_000);

async function call(actor: Actor, method: string, input: unknown) {
  return dispatch(departmentHandlers(pg)(actor) as Handlers, method, input, true);
}

async function ok<T>(actor: Actor, method: string, input: unknown): Promise<T> {
  const answer = await call(actor, method, input);
  if (!answer.ok) throw new Error(`${method} refused: ${answer.error.code} ${answer.error.message}`);
  return answer.value as T;
}

/** What the workstation's call answers or throws, as the server's envelope says it. */
function workstation<T>(fn: () => T): { ok: true; value: T } | { ok: false; error: { code: string; message: string; details?: unknown } } {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    const { code, message, details } = e as { code: string; message: string; details?: unknown };
    return { ok: false, error: { code, message, ...(details === undefined ? {} : { details }) } };
  }
}

/** A conference without what each store makes itself (its id, its clock's stamps). */
const fields = ({ id: _id, createdAt: _c, updatedAt: _u, ...rest }: Conference) => rest;

const auditBy = async (studentNumber: string, userName: string) =>
  (await ok<{ entries: { userName: string; action: string }[] }>(lead, 'audit.forStudent', { studentNumber })).entries.filter((e) => e.userName === userName).map((e) => e.action);

function conference(extra: Partial<NewConference> = {}): NewConference {
  return { studentNumber: mine, heldOn: '2026-11-30', studentAttended: true, guardians: [], others: 'Ms. Reyes (teacher)', language: null, interpreter: false, interpreterName: null, notes: 'Talked about AP Biology.', printSnapshotId: null, ...extra };
}

describe.skipIf(withoutAppRole)(`the department server's edits on PostgreSQL${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it("records, corrects and removes a conference of the counselor's caseload as the workstation does, each with its audit entry", async () => {
    const added = await ok<Conference>(alvarez, 'conferences.add', conference());
    const wsAdded = addConference(file, conference());
    expect(fields(added)).toEqual(fields(wsAdded));

    const change = { ...conference({ notes: 'Corrected: AP Chemistry.', interpreter: true, interpreterName: 'Mr. Vang' }), studentNumber: undefined };
    delete change.studentNumber;
    const updated = await ok<Conference>(alvarez, 'conferences.update', { ...change, id: added.id });
    expect(fields(updated)).toEqual(fields(updateConference(file, { ...change, id: wsAdded.id })));
    expect((await ok<{ conferences: Conference[] }>(alvarez, 'conferences.list', { studentNumber: mine })).conferences.map(fields)).toEqual(
      listConferences(file, mine).map(fields),
    );

    // The same refusals, in the same sentences, on both stores.
    for (const bad of [conference({ heldOn: '2099-01-01' }), conference({ studentAttended: false, others: null }), conference({ printSnapshotId: 987654 }), conference({ studentNumber: '999999999' })]) {
      expect(await call(alvarez, 'conferences.add', bad)).toEqual(workstation(() => addConference(file, bad)));
    }
    expect(await call(alvarez, 'conferences.update', { ...change, id: 987654 })).toEqual(workstation(() => updateConference(file, { ...change, id: 987654 })));
    expect(await call(alvarez, 'conferences.remove', { id: added.id, confirmHeldOn: '2026-01-01' })).toEqual(
      workstation(() => ({ removed: removeConference(file, wsAdded.id, '2026-01-01') })),
    );

    expect(await ok(alvarez, 'conferences.remove', { id: added.id, confirmHeldOn: '2026-11-30' })).toEqual({ removed: added.id });
    removeConference(file, wsAdded.id, '2026-11-30');
    expect(await ok(alvarez, 'conferences.list', { studentNumber: mine })).toEqual({ conferences: listConferences(file, mine) });
    expect(await auditBy(mine, 'first')).toEqual(['conferences.remove', 'conferences.update', 'conferences.add']);
  }, 60_000);

  it("refuses another counselor's change to a conference of the caseload in the plan page's one sentence, and writes nothing", async () => {
    const held = await ok<Conference>(alvarez, 'conferences.add', conference({ notes: 'Kept.' }));
    const sentence = new RegExp(`^Only ${alvarez.displayName.replace('.', '\\.')} \\(the student's counselor\\) or a lead can change .+'s plan; you can still read and print it\\.$`);
    const { id: _id, studentNumber: _s, createdAt: _c, updatedAt: _u, ...heldFields } = held;
    for (const [method, input] of [
      ['conferences.add', conference({ notes: 'Not mine.' })],
      ['conferences.update', { ...heldFields, id: held.id, notes: 'Not mine.' }],
      ['conferences.remove', { id: held.id, confirmHeldOn: held.heldOn }],
    ] as const) {
      const refused = await call(other, method, input);
      expect(refused, method).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(!refused.ok && refused.error.message, method).toMatch(sentence);
    }
    expect((await ok<{ conferences: Conference[] }>(other, 'conferences.list', { studentNumber: mine })).conferences.filter((c) => c.id >= held.id)).toEqual([held]);
    expect(await auditBy(mine, 'second')).toEqual([]);
    // A lead changes any student's conferences.
    expect(await ok(lead, 'conferences.remove', { id: held.id, confirmHeldOn: held.heldOn })).toEqual({ removed: held.id });
    expect(await auditBy(mine, 'lead')).toEqual(['conferences.remove']);
  }, 60_000);

  it("reads the school's settings for anyone as the workstation does; a lead saves them, a counselor's save the database refuses", async () => {
    expect(await ok(other, 'settings.get', {})).toEqual(settingsView(file));
    expect(mayCall('counselor', 'settings.save')).toBe(false);
    expect(mayCall('lead', 'settings.save')).toBe(true);

    const wanted = { schoolName: 'Roosevelt High School', defaultPaper: 'a4', familyLanguage: 'es' } as const;
    const refused = await call(other, 'settings.save', wanted);
    expect(refused).toEqual({ ok: false, error: { code: 'forbidden', message: 'Your account (counselor) may not use settings.save; ask a lead counselor to do it.' } });
    expect(await ok(other, 'settings.get', {})).toEqual(settingsView(file));

    const saved = await ok<SettingsView>(lead, 'settings.save', wanted);
    const wsSaved = saveSettings(file, wanted, new Date(saved.changedAt!), lead.displayName);
    expect(saved).toEqual(wsSaved);
    expect(saved).toMatchObject({ ...wanted, changedBy: 'Dr. Lead', printedSchoolName: 'Roosevelt High School' });
    expect(await ok(alvarez, 'settings.get', {})).toEqual(wsSaved);

    const unknown = { ...wanted, familyLanguage: 'xx' };
    expect(await call(lead, 'settings.save', unknown)).toEqual(workstation(() => saveSettings(file, unknown)));
    expect(await ok(alvarez, 'settings.get', {})).toEqual(wsSaved);
  }, 60_000);
});
