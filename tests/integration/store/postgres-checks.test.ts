import { join } from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../src/main/core/store/connection';
import { kyselyOverStore } from '../../../src/main/core/store/kysely-sqlite';
import { migratePostgres } from '../../../src/main/core/store/postgres';
import type { StoreSchema } from '../../../src/main/core/store/store-schema';
import { writeTransactionAsync } from '../../../src/main/core/store/transaction';
import { SKIPPED_WITHOUT_POSTGRES, useScratchPostgres, withoutPostgres } from '../../helpers/postgres';
import { useTempDir } from '../../helpers/temp';

/**
 * The PostgreSQL twins spell SQLite's CHECKs their own way (GLOB as a regular expression, CAST as
 * trunc, json_valid and json_type as functions of their own): the same value must be taken or
 * refused by both stores, or a plan saved on one is refused by the other. Each probe writes one row
 * (and what it refers to) and rolls back; the stores' answers and the expected one are compared.
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();
const opened: Store[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

const NOW = '2026-11-28T12:00:00.000Z';
type Write = (trx: Transaction<StoreSchema>) => Promise<unknown>;
type Answer = 'taken' | 'refused';

const student = (trx: Transaction<StoreSchema>, fields: Partial<Record<string, unknown>> = {}) =>
  trx.insertInto('student').values({
    student_number: '000001', first_name: 'Ánh', last_name: 'Nguyễn', created_at: NOW, updated_at: NOW, ...fields,
  } as never).execute();
const course = (trx: Transaction<StoreSchema>, fields: Partial<Record<string, unknown>>) =>
  trx.insertInto('course').values({
    number: 'ENG101', title: 'English 9', credits: 1, area: 'english', grades: '[9]', length: 'year', prerequisites: '[]',
    cte: 0, ap: 0, ib: 0, honors: 0, repeatable: 0, tags: '[]', updated_at: NOW, ...fields,
  } as never).execute();
const plan = async (trx: Transaction<StoreSchema>, fields: Partial<Record<string, unknown>> = {}) => {
  await student(trx);
  await trx.insertInto('plan').values({ student_number: '000001', career_interests: '[]', updated_at: NOW, ...fields } as never).execute();
};
const planCourse = async (trx: Transaction<StoreSchema>, fields: Partial<Record<string, unknown>>) => {
  await plan(trx);
  await trx.insertInto('plan_course').values({
    student_number: '000001', id: 'c-2', position: 0, year: '12', term: 'S1', course_number: 'ART110', status: 'planned', ...fields,
  } as never).execute();
};
const conference = async (trx: Transaction<StoreSchema>, fields: Partial<Record<string, unknown>>) => {
  await student(trx);
  await trx.insertInto('conference').values({
    student_number: '000001', held_on: '2026-11-20', student_attended: 1, interpreter: 0, created_at: NOW, updated_at: NOW, ...fields,
  } as never).execute();
};

/** [what is written, the answer both stores must give] */
const PROBES: [string, Answer, Write][] = [
  ['a date of birth 2010-05-01', 'taken', (t) => student(t, { date_of_birth: '2010-05-01' })],
  ['a date of birth 2010-5-01', 'refused', (t) => student(t, { date_of_birth: '2010-5-01' })],
  ['a date of birth with text after it', 'refused', (t) => student(t, { date_of_birth: '2010-05-01x' })],
  ['a date of birth ending in a newline', 'refused', (t) => student(t, { date_of_birth: '2010-05-01\n' })],
  ['grade 6', 'taken', (t) => student(t, { grade: 6 })],
  ['grade 13', 'refused', (t) => student(t, { grade: 13 })],
  ['an empty student number', 'refused', (t) => student(t, { student_number: '' })],
  ['a 33-character student number', 'refused', (t) => student(t, { student_number: '1'.repeat(33) })],
  ['status graduated', 'taken', (t) => student(t, { status: 'graduated' })],
  ['status withdrawn', 'refused', (t) => student(t, { status: 'withdrawn' })],
  ['a quarter credit', 'taken', (t) => course(t, { credits: 0.25 })],
  ['0.3 credits', 'refused', (t) => course(t, { credits: 0.3 })],
  ['10.25 credits', 'refused', (t) => course(t, { credits: 10.25 })],
  ['grades that are not JSON', 'refused', (t) => course(t, { grades: '[9,' })],
  ['grades as the JSON null', 'taken', (t) => course(t, { grades: 'null' })],
  ['a CTE flag of 2', 'refused', (t) => course(t, { cte: 2 })],
  ['an unknown area', 'refused', (t) => course(t, { area: 'drama' })],
  ['career interests that are not JSON', 'refused', (t) => plan(t, { career_interests: 'welding' })],
  ['a plan reviewed 2026-11-02', 'taken', (t) => plan(t, { last_reviewed: '2026-11-02' })],
  ['a plan reviewed 11/02/2026', 'refused', (t) => plan(t, { last_reviewed: '11/02/2026' })],
  ['an alternate for c-1, rank 1', 'taken', (t) => planCourse(t, { alternate_for: 'c-1', alternate_rank: 1 })],
  ['an alternate for c-', 'refused', (t) => planCourse(t, { alternate_for: 'c-', alternate_rank: 1 })],
  ['an alternate for g-1', 'refused', (t) => planCourse(t, { alternate_for: 'g-1', alternate_rank: 1 })],
  ['an alternate with no rank', 'refused', (t) => planCourse(t, { alternate_for: 'c-1', alternate_rank: null })],
  ['a rank with no alternate', 'refused', (t) => planCourse(t, { alternate_for: null, alternate_rank: 1 })],
  ['an alternate ranked 21', 'refused', (t) => planCourse(t, { alternate_for: 'c-1', alternate_rank: 21 })],
  ['0.75 credits earned', 'taken', (t) => planCourse(t, { status: 'completed', credits_earned: 0.75 })],
  ['-0.25 credits earned', 'refused', (t) => planCourse(t, { status: 'completed', credits_earned: -0.25 })],
  ['guardians as a JSON array', 'taken', (t) => conference(t, { guardians: '["Mai Nguyễn"]' })],
  ['guardians as a JSON object', 'refused', (t) => conference(t, { guardians: '{"name": "Mai"}' })],
  ['guardians as a JSON string', 'refused', (t) => conference(t, { guardians: '"Mai"' })],
  ['guardians that are not JSON', 'refused', (t) => conference(t, { guardians: '[' })],
  ['an interpreter named with none there', 'refused', (t) => conference(t, { interpreter: 0, interpreter_name: 'Ana' })],
  ['an interpreter named', 'taken', (t) => conference(t, { interpreter: 1, interpreter_name: 'Ana' })],
];

class RolledBack extends Error {}

/** Taken, refused by a constraint, or anything else (a broken probe) spelled out. */
async function answer(db: Kysely<StoreSchema>, write: Write): Promise<string> {
  try {
    await writeTransactionAsync(db, async (trx) => {
      await write(trx);
      throw new RolledBack();
    });
  } catch (e) {
    if (e instanceof RolledBack) return 'taken';
    const code = String((e as { code?: unknown }).code ?? '');
    // SQLite: SQLITE_CONSTRAINT_CHECK, _NOTNULL …; PostgreSQL: class 23, integrity constraint violation.
    if (code.startsWith('SQLITE_CONSTRAINT') || code.startsWith('23')) return 'refused';
    return `failed: ${code} ${(e as Error).message}`;
  }
  return 'not rolled back';
}

async function answers(db: Kysely<StoreSchema>): Promise<string[]> {
  const all: string[] = [];
  for (const [what, , write] of PROBES) all.push(`${what}: ${await answer(db, write)}`);
  return all;
}

const expected = PROBES.map(([what, answer]) => `${what}: ${answer}`);

describe('the workstation store (SQLite)', () => {
  it('takes and refuses the probes as its migrations say', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    opened.push(store);
    expect(await answers(kyselyOverStore(store.db))).toEqual(expected);
  });
});

describe.skipIf(withoutPostgres)(`the department server (${withoutPostgres ? SKIPPED_WITHOUT_POSTGRES : 'PostgreSQL'})`, () => {
  it('takes and refuses the same probes as the workstation store', async () => {
    const db = await scratchDatabase();
    await migratePostgres(db);
    expect(await answers(db)).toEqual(expected);
  });
});
