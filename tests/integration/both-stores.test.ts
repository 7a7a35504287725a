import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../src/main/core/accounts/accounts';
import type { Actor } from '../../src/main/core/accounts/actor';
import { createHandlers } from '../../src/main/core/api';
import { departmentHandlers } from '../../src/main/core/api/department';
import { dispatch, type Handlers } from '../../src/main/core/dispatch';
import { openStore, type Store } from '../../src/main/core/store/connection';
import { methodNames, type MethodName } from '../../src/shared/contract';
import type { Envelope } from '../../src/shared/errors';
import { comparable, validInputs } from '../helpers/method-calls';
import { departmentFrom, SKIPPED_WITHOUT_APP_ROLE, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';
import { IMPORTS, methodsIn, READS, WRITES, type Step } from './both-stores-steps';
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
  'sample.load': 'the sample school is being carried over to the server (issue 16)',
  'sample.remove': 'the sample school is being carried over to the server (issue 16)',
  'year.status': 'the school year is being carried over to the server (issue 16)',
  'year.start': 'the school year is being carried over to the server (issue 16)',
  'year.undo': 'the school year is being carried over to the server (issue 16)',
  'year.reactivate': 'the school year is being carried over to the server (issue 16)',
  'store.backups': "a workstation's backup files; the department's backups are PostgreSQL's own",
  'store.restore': "a workstation's backup files; the department's backups are PostgreSQL's own",
  'workstation.get': "the workstation's own choice of store, by design",
  'workstation.probe': "the workstation's own choice of store, by design",
  'workstation.connect': "the workstation's own choice of store, by design",
  'workstation.disconnect': "the workstation's own choice of store, by design",
};

/**
 * Differences found and not yet settled (a finding each, not a design): both answers pinned as
 * they are, so the test fails once one is settled and the entry must go.
 */
export const STILL_DIFFERENT: Record<string, { why: string; workstation: unknown; department: unknown }> = {
  'jobs.cancel': {
    why:
      "cancelling a job no one knows: a workstation does nothing and says so ({}); the server answers not_found, as it answers for another counselor's job (a job is its starter's, api/department-print.ts)",
    workstation: { ok: true, value: {} },
    department: { ok: false, error: { code: 'not_found' } },
  },
};

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();
const lead: Actor = { userName: 'lead', displayName: 'Dr. Lead', role: 'lead' };

interface Side {
  name: 'workstation' | 'department';
  handlers: Handlers;
  /** Each method's last answer here, for a later step's input. */
  answers: Map<MethodName, Record<string, unknown>>;
}
/** One school on both stores: the workstation's file, and the department database it was moved into. */
type Pair = [workstation: Side, department: Side];

const opened: Store[] = [];
afterAll(() => opened.forEach((s) => s.close()));

/**
 * The store file at `path` as it is, and moved into a fresh department database, each with one
 * handler set for the whole sequence (so a job is found again by its status calls).
 */
async function pairOver(path: string): Promise<Pair> {
  const { file, pg } = await departmentFrom(scratchDatabase, path);
  file.close();
  await addAccount(pg, { ...lead, password: 'correct horse battery' });
  const store = await openStore(path);
  opened.push(store);
  return [
    { name: 'workstation', handlers: createHandlers(store), answers: new Map() },
    { name: 'department', handlers: departmentHandlers(pg)(lead) as Handlers, answers: new Map() },
  ];
}

/** The sample school, as sample.load writes it; and the same school kept as the school's own (imports are taken). */
let sample: Pair;
let own: Pair;

beforeAll(async () => {
  if (withoutAppRole) return;
  const path = `${tempDir()}/s.db`;
  const made = await openStore(path);
  const loaded = await dispatch(createHandlers(made), 'sample.load', {});
  expect(loaded.ok, JSON.stringify(loaded)).toBe(true);
  made.close();
  sample = await pairOver(path);
  const adopted = adoptSampleAsOwn(await sampleStore(tempDir()));
  adopted.close();
  own = await pairOver(adopted.path);
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
/** Conference audit entries the server wrote (by design, below), counted to show they were there. */
const conferenceEntries: string[] = [];

/**
 * What differs between the two answers by design, set aside on the department's side, each with
 * why; everything else must be equal.
 * - who: the server names the signed-in account (`changedBy`, an audit entry's `userName`); a
 *   workstation has no accounts and names no one.
 * - a conference's audit entries: the server writes them (who recorded a family's conference is
 *   the department's to know), the workstation writes none (conferences/record-as.ts).
 * - where the store is (store.info's path): a file here, a database on the server; checked for its kind.
 * - an import's backup (backupPath): a workstation copies its file before an import and says where;
 *   the department's backups are PostgreSQL's own, so the server names none.
 */
function byDesign(method: MethodName, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => byDesign(method, v));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  if (method === 'audit.forStudent' && Array.isArray(record.entries)) {
    const entries = record.entries as { action: string }[];
    conferenceEntries.push(...entries.filter((e) => e.action.startsWith('conferences.')).map((e) => e.action));
    return { ...record, entries: byDesign(method, entries.filter((e) => !e.action.startsWith('conferences.'))) };
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

function compared(method: MethodName, envelope: Envelope<unknown>, side: Side): unknown {
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
    const called = new Set(methodsIn([...READS, ...WRITES]));
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

  it("saw the server's audit entries of a conference's add, correction and removal (set aside by design above)", () => {
    expect(new Set(conferenceEntries)).toEqual(new Set(['conferences.add', 'conferences.update', 'conferences.remove']));
  });

  // The imports the sample school refuses (above, the same refusal on both), on the school's own.
  for (const step of IMPORTS) it(`imports: ${name(step)} the same, and reads back the same`, () => bothAnswer(own, step), 120_000);
});
