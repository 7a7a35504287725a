import { join } from 'node:path';
import type { Insertable, Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { listStudentRows, loadPlan, savePlan } from '../../../src/main/core/plans/plan-rows';
import { readPlan } from '../../../src/main/core/plans/repository';
import { listStudents } from '../../../src/main/core/students/repository';
import { openStore, type Store } from '../../../src/main/core/store/connection';
import { kyselyOverStore } from '../../../src/main/core/store/kysely-sqlite';
import { migratePostgres } from '../../../src/main/core/store/postgres';
import type { StoreSchema } from '../../../src/main/core/store/store-schema';
import { Plan as PlanSchema, type Plan } from '../../../src/shared/domain/plan';
import { SKIPPED_WITHOUT_POSTGRES, useScratchPostgres, withoutPostgres } from '../../helpers/postgres';
import { useTempDir } from '../../helpers/temp';
import { sampleStore, TODAY } from '../plans/stores';

/**
 * One domain path, plans/plan-rows.ts, over both stores through the typed layer: the workstation's
 * SQLite store (kyselyOverStore) and the department server's PostgreSQL. A plan a counselor saved
 * must come back the same from either, row for row, and as the workstation's synchronous reader
 * (plans/repository.ts: the plan view, the caseload, printing) reads it.
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();
const opened: Store[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

/** The sample school's fullest plan (goals, experiences, credentials, an acknowledged warning). */
const SAMPLE_STUDENT = '100112';

interface Seed {
  plan: Plan;
  student: Insertable<StoreSchema['student']>;
  program: Insertable<StoreSchema['program']> | undefined;
}

/**
 * The sample plan with what the sample lacks: an alternate, a fractional credit, a requirement met
 * by hand. The student and program rows come along (the plan refers to both); the framework is in
 * both stores' migrations.
 */
async function samplePlan(): Promise<Seed> {
  const sample = await sampleStore(tempDir());
  opened.push(sample);
  const plan = readPlan(sample.db, SAMPLE_STUDENT);
  if (!plan) throw new Error(`The sample school has no plan for ${SAMPLE_STUDENT}.`);
  const senior = plan.courses.find((c) => c.year === '12');
  if (!senior) throw new Error('The sample plan has no grade 12 course to give an alternate.');
  plan.courses.push({
    id: 'c-900', year: '12', term: senior.term, courseNumber: 'ART110', status: 'planned', grade: null, creditsEarned: null,
    alternate: { forCourseId: senior.id, rank: 1 },
  });
  plan.courses[0] = { ...plan.courses[0]!, creditsEarned: 0.75 };
  plan.requirementsMet = [{ requirementId: 'fine_arts', date: '2026-06-05' }];
  const student = sample.db.prepare('SELECT * FROM student WHERE student_number = ?').get(SAMPLE_STUDENT) as Seed['student'];
  const program = plan.programId
    ? (sample.db.prepare('SELECT * FROM program WHERE id = ?').get(plan.programId) as Seed['program'])
    : undefined;
  return { plan, student, program };
}

async function seeded(db: Kysely<StoreSchema>, seed: Seed): Promise<Kysely<StoreSchema>> {
  await db.insertInto('student').values(seed.student).execute();
  if (seed.program) await db.insertInto('program').values(seed.program).execute();
  return db;
}

async function openSqliteStore(): Promise<{ store: Store; db: Kysely<StoreSchema> }> {
  const store = await openStore(join(tempDir(), 'counselor.db'));
  opened.push(store);
  return { store, db: kyselyOverStore(store.db) };
}

const openSqlite = async () => (await openSqliteStore()).db;

async function openPostgresStore(): Promise<Kysely<StoreSchema>> {
  const db = await scratchDatabase();
  await migratePostgres(db);
  return db;
}

/** Every stored row of one plan, each table in its key order. */
async function planRows(db: Kysely<StoreSchema>, studentNumber: string) {
  const of = studentNumber;
  return {
    plan: await db.selectFrom('plan').selectAll().where('student_number', '=', of).execute(),
    courses: await db.selectFrom('plan_course').selectAll().where('student_number', '=', of).orderBy('id').execute(),
    goals: await db.selectFrom('plan_goal').selectAll().where('student_number', '=', of).orderBy('id').execute(),
    experiences: await db.selectFrom('plan_experience').selectAll().where('student_number', '=', of).orderBy('id').execute(),
    credentials: await db.selectFrom('plan_credential').selectAll().where('student_number', '=', of).orderBy('id').execute(),
    acknowledgements: await db.selectFrom('plan_acknowledgement').selectAll().where('student_number', '=', of).orderBy('warning_id').execute(),
    met: await db.selectFrom('plan_requirement_met').selectAll().where('student_number', '=', of).orderBy('requirement_id').execute(),
  };
}

const stores = [
  { name: 'the workstation store (SQLite)', skip: false, open: openSqlite },
  { name: `the department server (${withoutPostgres ? SKIPPED_WITHOUT_POSTGRES : 'PostgreSQL'})`, skip: withoutPostgres, open: openPostgresStore },
];

for (const store of stores) {
  describe.skipIf(store.skip)(`a plan saved through the typed layer on ${store.name}`, () => {
    it('reads back whole: every course (the alternate too), goal, experience, credential and acknowledgement', async () => {
      const seed = await samplePlan();
      const db = await seeded(await store.open(), seed);
      await savePlan(db, seed.plan, TODAY);
      expect(await loadPlan(db, SAMPLE_STUDENT)).toEqual(PlanSchema.parse(seed.plan));
      expect(await loadPlan(db, '999999')).toBeNull();
    });

    it('saved again with fewer items, keeps only what the counselor left', async () => {
      const seed = await samplePlan();
      const db = await seeded(await store.open(), seed);
      await savePlan(db, seed.plan, TODAY);
      const trimmed: Plan = { ...seed.plan, courses: seed.plan.courses.slice(0, 5), goals: [], acknowledgements: [] };
      await savePlan(db, trimmed, TODAY);
      expect(await loadPlan(db, SAMPLE_STUDENT)).toEqual(PlanSchema.parse(trimmed));
      const rows = await planRows(db, SAMPLE_STUDENT);
      expect([rows.courses.length, rows.goals.length, rows.acknowledgements.length]).toEqual([5, 0, 0]);
    });

    it('is not half-saved when a row is refused: the earlier plan stays as it was', async () => {
      const seed = await samplePlan();
      const db = await seeded(await store.open(), seed);
      await savePlan(db, seed.plan, TODAY);
      // The contract's schema lets any text through as a warning id; the store's key refuses a repeat.
      const repeated = seed.plan.acknowledgements[0]!;
      const broken: Plan = { ...seed.plan, goals: [], acknowledgements: [repeated, { ...repeated }] };
      await expect(savePlan(db, broken, TODAY)).rejects.toThrow();
      expect(await loadPlan(db, SAMPLE_STUDENT)).toEqual(PlanSchema.parse(seed.plan));
    });
  });
}

describe.skipIf(withoutPostgres)(`the two stores side by side (${withoutPostgres ? SKIPPED_WITHOUT_POSTGRES : 'SQLite and PostgreSQL'})`, () => {
  it('give back the same rows for the same plan, and the plan the application reads from SQLite', async () => {
    const seed = await samplePlan();
    const { store, db: sqlite } = await openSqliteStore();
    await seeded(sqlite, seed);
    const postgres = await seeded(await openPostgresStore(), seed);
    await savePlan(sqlite, seed.plan, TODAY);
    await savePlan(postgres, seed.plan, TODAY);

    const rows = await planRows(postgres, SAMPLE_STUDENT);
    expect(rows).toEqual(await planRows(sqlite, SAMPLE_STUDENT));
    expect(rows.courses.length).toBe(seed.plan.courses.length);
    expect(rows.courses.find((c) => c.id === 'c-900')).toMatchObject({ alternate_rank: 1, credits_earned: null });
    expect(await loadPlan(postgres, SAMPLE_STUDENT)).toEqual(readPlan(store.db, SAMPLE_STUDENT));
  });

  it('list the caseload in the same order: ASCII letters fold, accented ones sort by their bytes', async () => {
    // Ábel after ábel in number: a store that folded Á to á would put ábel first.
    const names = ['Żółć', 'nguyễn', 'Nguyen', 'ábel', 'Abel', 'abel', 'Zeller', 'Ábel'];
    const students = names.map((lastName, i) => ({
      student_number: `00${200 + i}`, first_name: 'Ánh', middle_name: null, last_name: lastName, preferred_name: null,
      grade: 10, class_year: 2029, date_of_birth: null, email: null, counselor: 'Ms. Alvarez', homeroom: null,
      home_language: null, created_at: TODAY.toISOString(), updated_at: TODAY.toISOString(),
    }));
    const { store, db: sqlite } = await openSqliteStore();
    const postgres = await openPostgresStore();
    for (const db of [sqlite, postgres]) await db.insertInto('student').values(students).execute();

    const order = async (db: Kysely<StoreSchema>) => (await listStudentRows(db)).map((s) => `${s.lastName} ${s.studentNumber}`);
    expect(await order(postgres)).toEqual(await order(sqlite));
    // The application's own caseload order (COLLATE NOCASE), which the typed path must keep.
    expect(listStudents(store.db).map((s) => `${s.lastName} ${s.studentNumber}`)).toEqual(await order(sqlite));
    expect(await order(sqlite)).toEqual(['Abel 00204', 'abel 00205', 'Nguyen 00202', 'nguyễn 00201', 'Zeller 00206', 'Ábel 00207', 'ábel 00203', 'Żółć 00200']);
  });
});
