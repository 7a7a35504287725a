import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../src/main/core/accounts/accounts';
import type { Actor } from '../../src/main/core/accounts/actor';
import { createHandlers } from '../../src/main/core/api';
import { departmentHandlers } from '../../src/main/core/api/department';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import { openStore, type Store } from '../../src/main/core/store/connection';
import { backupDepartment, departmentRestoreRefusal } from '../../src/main/core/store/department-backup';
import { Backup, DUMP_NOTE, RestoreResult } from '../../src/shared/domain/backup';
import { methodNames, type MethodName } from '../../src/shared/contract';
import type { Envelope } from '../../src/shared/errors';
import { comparable, validInputs } from '../helpers/method-calls';
import { departmentFrom, SKIPPED_WITHOUT_APP_ROLE, urlOf, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { IMPORTS, methodsIn, READS, SAMPLE, WRITES, YEAR, type Step } from './both-stores-steps';
import { adoptSampleAsOwn, sampleStore } from './plans/stores';

/**
 * Every method of the contract answers the same on both stores (issue 16, "one core, two stores"):
 * the sample school on a workstation's SQLite store (createHandlers) and the same school moved
 * into a department database as `counselor migrate` moves it (departmentFrom), there called as a
 * lead through the role row-level security binds (departmentHandlers). Every read, then every
 * write followed by the reads that show its effect, then every read again (both-stores-steps.ts):
 * each answer, refusals included, must be equal once what differs from call to call is set aside
 * (comparable: job ids, instants, the bytes of files that carry the instant they were made).
 */

/**
 * The methods the department server answers 501, each with why. The test fails when the server
 * starts answering one still listed: take it off this list, and the sequence calls it.
 */
export const NOT_ON_SERVER: Partial<Record<MethodName, string>> = {
  'workstation.get': "the workstation's own choice of store, by design",
  'workstation.probe': "the workstation's own choice of store, by design",
  'workstation.connect': "the workstation's own choice of store, by design",
  'workstation.disconnect': "the workstation's own choice of store, by design",
};

/**
 * The methods both stores answer, and answer differently by design: called on both, each answer
 * checked for what it is on its own store (the last test below) rather than compared.
 */
export const ANSWERED_APART: Partial<Record<MethodName, string>> = {
  'store.backups': "a workstation lists the copies of its file it took; the server lists the pg_dump files it took before an upgrade, which PostgreSQL's own tools read",
  'store.restore': "a workstation puts a copy back in place of its file; the server never replaces the department's database under signed-in counselors: district IT restores a dump with pg_restore",
};

/**
 * Differences found and not yet settled (a finding each, not a design): both answers pinned as
 * they are, so the test fails once one is settled and the entry must go.
 */
export const STILL_DIFFERENT: Record<string, { why: string; workstation: unknown; department: unknown }> = {};

/** The pairs' files live for the whole file (useTempDir's are removed after each test, with a workstation's backups). */
const pairsDir = mkdtempSync(join(tmpdir(), 'cw-both-'));
afterAll(() => rmSync(pairsDir, { recursive: true, force: true }));
const scratchDatabase = useScratchPostgres();
const lead: Actor = { userName: 'lead', displayName: 'Dr. Lead', role: 'lead' };

interface Side {
  name: 'workstation' | 'department';
  handlers: Handlers;
  /** Each method's last answer here, for a later step's input. */
  answers: Map<MethodName, Record<string, unknown>>;
  /** Where the server keeps its pg_dump files. */
  backupFolder?: string;
}
/** One school on both stores: the workstation's file, and the department database it was moved into. */
type Pair = [workstation: Side, department: Side];

const opened: Store[] = [];
afterAll(() => opened.forEach((s) => s.close()));

/**
 * The store file at `path` as it is, and moved into a fresh department database, each with one
 * handler set for the whole sequence (so a job is found again by its status calls). `dumped`: the
 * server's backup folder holds one pg_dump of that database, taken as before an upgrade.
 */
async function pairOver(path: string, dumped = false): Promise<Pair> {
  const { file, pg } = await departmentFrom(scratchDatabase, path);
  file.close();
  await addAccount(pg, { ...lead, password: 'correct horse battery' });
  const backupFolder = mkdtempSync(join(pairsDir, 'department-backups-'));
  if (dumped) await backupDepartment(await urlOf(pg, { asAppRole: true }), backupFolder, 'before-upgrade');
  const store = await openStore(path);
  opened.push(store);
  return [
    { name: 'workstation', handlers: createHandlers(store), answers: new Map() },
    { name: 'department', handlers: departmentHandlers(pg, { backupFolder })(lead) as Handlers, answers: new Map(), backupFolder },
  ];
}

/** A new store file, `s.db` in a folder of its own, with what `fill` writes in it. */
async function storeFile(fill: (store: Store) => Promise<void>): Promise<string> {
  const path = join(mkdtempSync(join(pairsDir, 'store-')), 's.db');
  const made = await openStore(path);
  await fill(made);
  made.close();
  return path;
}

/**
 * The sample school, as sample.load writes it; the same school kept as the school's own (imports
 * are taken); and an empty school, into which the sample school is loaded and removed again.
 */
let sample: Pair;
let own: Pair;
let empty: Pair;

beforeAll(async () => {
  if (withoutAppRole) return;
  sample = await pairOver(
    await storeFile(async (made) => {
      const loaded = await dispatch(createHandlers(made), 'sample.load', {});
      expect(loaded.ok, JSON.stringify(loaded)).toBe(true);
    }),
    true,
  );
  const adopted = adoptSampleAsOwn(await sampleStore(mkdtempSync(join(pairsDir, 'own-'))));
  adopted.close();
  own = await pairOver(adopted.path);
  empty = await pairOver(await storeFile(async () => {}));
}, 120_000);

/** One call on one store, its answer kept for later steps' inputs. */
async function call(side: Side, step: Step): Promise<Envelope<unknown>> {
  const earlier = (method: MethodName) => {
    const answer = side.answers.get(method);
    if (!answer) throw new Error(`${step.method} needs an answer of ${method} on the ${side.name} store, and there is none`);
    return answer;
  };
  const input = step.input ? step.input(earlier) : validInputs[step.method];
  const answer = await dispatch(side.handlers, step.method, input, true);
  if (answer.ok && typeof answer.value === 'object' && answer.value !== null) side.answers.set(step.method, answer.value as Record<string, unknown>);
  return answer;
}

/** A job's status, asked until it has ended (the job runs on this thread: a pause between asks). */
async function ended(side: Side, status: MethodName, started: Envelope<unknown>): Promise<Envelope<unknown>> {
  if (!started.ok) return started;
  const { jobId } = started.value as { jobId: string };
  let answer: Envelope<unknown>;
  do answer = await new Promise((r) => setTimeout(r, 20)).then(() => dispatch(side.handlers, status, { jobId }, true));
  while (answer.ok && (answer.value as { state: string }).state === 'running');
  return answer;
}

/** An instant a store stamped as it wrote (each store writes at its own instant). */
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
const JOB_ID = /^job-[0-9a-f-]{36}$/;
/** A student's audit entries of a conference or a school year, counted as the server's answers pass, to show the comparison met them. */
const COUNTED_ENTRY = /^(conferences|year)\./;
const countedEntries: string[] = [];

/**
 * What differs between the two answers by design, set aside on the department's side, each with
 * why; everything else must be equal.
 * - who: the server names the signed-in account (`changedBy`, an audit entry's `userName`); a
 *   workstation has no accounts and names no one.
 * - where the store is (store.info's path): a file here, a database on the server; checked for its kind.
 * - the backup taken first (backupPath): a workstation copies its file before an import, a year's
 *   start or undo, a removal of the sample school, and says where; the department's backups are
 *   PostgreSQL's own, so the server names none.
 */
function byDesign(method: MethodName, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => byDesign(method, v));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  if (method === 'audit.forStudent' && Array.isArray(record.entries)) {
    const entries = record.entries as { action: string }[];
    countedEntries.push(...entries.filter((e) => COUNTED_ENTRY.test(e.action)).map((e) => e.action));
    return { ...record, entries: byDesign(method, entries) };
  }
  return Object.fromEntries(
    Object.entries(record).map(([key, v]) => {
      if (key === 'changedBy' && v === lead.displayName) return [key, null];
      if (key === 'userName' && v === lead.userName) return [key, null];
      if (key === 'backupPath' && v === null) return [key, 'backup-*'];
      return [key, byDesign(method, v)];
    }),
  );
}

/**
 * What changes from call to call on any store (comparable's rule, applied at every depth: a job's
 * status carries its id and its files, a conference or an audit entry its instants), and a PDF's
 * hash (the PDF carries the instant it was made; whether a reprint is identical is compared).
 */
function steady(value: unknown): unknown {
  if (typeof value === 'string') return INSTANT.test(value) ? 'at-*' : JOB_ID.test(value) ? 'job-*' : value;
  if (Array.isArray(value)) return value.map(steady);
  if (typeof value !== 'object' || value === null) return value;
  const record = (comparable({ ok: true, value }) as { value: Record<string, unknown> }).value;
  return Object.fromEntries(Object.entries(record).map(([key, v]) => [key, key === 'sha256' ? 'sha256-*' : steady(v)]));
}

/**
 * Refusals said in each store's own words, by design: the sample school's name the store they are
 * on and its own way out (a new store file with --db; a new department database made for
 * training). Compared by code, each sentence checked for its store.
 */
const OWN_WORDS: Partial<Record<MethodName, Record<Side['name'], RegExp>>> = {
  'sample.load': { workstation: /^This store .+ Choose a new store file with --db\.$/, department: /^This department database .+ new, empty department database made for training/ },
  'sample.remove': { workstation: /^This store does not hold/, department: /^This department database does not hold/ },
};

function compared(method: MethodName, envelope: Envelope<unknown>, side: Side): unknown {
  const words = OWN_WORDS[method]?.[side.name];
  if (!envelope.ok && words) {
    expect(envelope.error.message).toMatch(words);
    return { ok: false, error: { code: envelope.error.code, message: 'in its own words' } };
  }
  if (!envelope.ok) return envelope;
  let value = envelope.value;
  if (side.name === 'department') value = byDesign(method, value);
  if (method === 'store.info') {
    const { path, ...rest } = value as { path: string };
    expect(path).toMatch(side.name === 'department' ? /^PostgreSQL database cw_test_\w+ on / : /s\.db$/);
    value = rest;
  }
  return { ok: true, value: steady(value) };
}

const name = (step: Step) => `${step.method}${step.about ? ` (${step.about})` : ''}`;

async function bothAnswer([onWorkstation, onDepartment]: Pair, step: Step): Promise<void> {
  const [onFile, onServer] = [await call(onWorkstation, step), await call(onDepartment, step)];
  const label = name(step);
  const known = STILL_DIFFERENT[label];
  if (known) {
    expect({ workstation: onFile, department: onServer }, `${label}: ${known.why}`).toMatchObject({ workstation: known.workstation, department: known.department });
  } else {
    expect(compared(step.method, onServer, onDepartment), label).toEqual(compared(step.method, onFile, onWorkstation));
  }
  if (step.status) {
    const [fileEnd, serverEnd] = [await ended(onWorkstation, step.status, onFile), await ended(onDepartment, step.status, onServer)];
    expect(compared(step.status, serverEnd, onDepartment), `${label}: ${step.status}`).toEqual(compared(step.status, fileEnd, onWorkstation));
  }
  for (const read of step.then ?? []) {
    const [readOnFile, readOnServer] = [await call(onWorkstation, read), await call(onDepartment, read)];
    expect(compared(read.method, readOnServer, onDepartment), `${label}, then ${read.method}`).toEqual(compared(read.method, readOnFile, onWorkstation));
  }
}

describe('the sequence', () => {
  it('calls every method the server answers, and lists each one it does not with why', () => {
    const called = new Set([...methodsIn([...READS, ...WRITES, ...IMPORTS, ...YEAR, ...SAMPLE]), ...(Object.keys(ANSWERED_APART) as MethodName[])]);
    const listed = Object.keys(NOT_ON_SERVER) as MethodName[];
    expect(methodNames.filter((m) => !called.has(m) && !listed.includes(m))).toEqual([]);
    expect(listed.filter((m) => called.has(m))).toEqual([]);
  });
});

describe.skipIf(withoutAppRole)(`every method on SQLite and on PostgreSQL${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it('the server still answers none of the methods listed as not on it', () => {
    const server = sample[1].handlers as Partial<Handlers>;
    expect((Object.keys(NOT_ON_SERVER) as MethodName[]).filter((m) => server[m] !== undefined)).toEqual([]);
  });

  for (const step of READS) it(`reads ${name(step)} the same`, () => bothAnswer(sample, step), 60_000);
  for (const step of WRITES) it(`writes ${name(step)} the same, and reads back the same`, () => bothAnswer(sample, step), 60_000);
  for (const step of READS) it(`reads ${name(step)} the same after the writes`, () => bothAnswer(sample, step), 60_000);

  // The imports the sample school refuses (above, the same refusal on both), on the school's own.
  for (const step of IMPORTS) it(`imports: ${name(step)} the same, and reads back the same`, () => bothAnswer(own, step), 120_000);

  // Last on the sample school: a start changes every student's grade.
  for (const step of YEAR) it(`the school year: ${name(step)} the same, and reads back the same`, () => bothAnswer(sample, step), 120_000);

  it("compared both stores' audit entries of a conference's add, correction and removal and of a school year's start, reactivation and undo", () => {
    expect(new Set(countedEntries)).toEqual(new Set(['conferences.add', 'conferences.update', 'conferences.remove', 'year.start', 'year.reactivate', 'year.undo']));
  });

  for (const step of SAMPLE) it(`the sample school on an empty school: ${name(step)} the same, and reads back the same`, () => bothAnswer(empty, step), 120_000);

  it(`lists and restores backups apart, by design: ${ANSWERED_APART['store.backups']}`, async () => {
    const [onWorkstation, onDepartment] = sample;
    const listed = async (side: Side) => {
      const answer = await call(side, { method: 'store.backups' });
      expect(answer.ok, JSON.stringify(answer)).toBe(true);
      return (answer as { value: { backups: unknown[] } }).value.backups.map((b) => Backup.parse(b));
    };
    // The copies the year's start and undo took (above), each read and counted.
    const files = await listed(onWorkstation);
    expect(files.map((b) => b.reason)).toEqual(expect.arrayContaining(['before-year-start', 'before-year-undo']));
    for (const b of files) expect(b, b.file).toMatchObject({ file: expect.stringMatching(/^s-.+\.db$/), students: expect.any(Number), problem: null });
    // The one dump the server took, not read by this application: no students counted, the note saying who reads it.
    const dumps = await listed(onDepartment);
    expect(dumps).toEqual([expect.objectContaining({ file: expect.stringMatching(/^department-.+-before-upgrade\.dump$/), reason: 'before-upgrade', students: null, problem: DUMP_NOTE })]);
    expect(dumps[0]!.bytes).toBeGreaterThan(0);

    // A workstation puts its newest copy back; the server says district IT restores a dump (ANSWERED_APART).
    const newest = files[0]!;
    const restored = await call(onWorkstation, { method: 'store.restore', input: () => ({ file: newest.file }) });
    expect(restored.ok, JSON.stringify(restored)).toBe(true);
    expect(RestoreResult.parse((restored as { value: unknown }).value)).toMatchObject({ restored: { file: newest.file, students: newest.students } });
    const refused = await call(onDepartment, { method: 'store.restore', input: () => ({ file: dumps[0]!.file }) });
    expect(refused).toEqual({ ok: false, error: { code: 'conflict', message: departmentRestoreRefusal(dumps[0]!.file, onDepartment.backupFolder!).message } });
    expect(refused).toMatchObject({ error: { message: expect.stringContaining('pg_restore') } });
  }, 120_000);
});
