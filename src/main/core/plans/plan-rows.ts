import type { Kysely, Transaction } from 'kysely';
import { Plan as PlanSchema, type Plan } from '../../../shared/domain/plan';
import type { StoreSchema } from '../store/store-schema';
import { readTransactionAsync, writeTransactionAsync } from '../store/transaction';

/**
 * The first query path on the typed layer, the same code over the workstation's SQLite store and
 * the department server's PostgreSQL (docs/ARCHITECTURE.md, "Two stores"): the caseload's student
 * rows, and a plan read and written whole, row for row as plans/repository.ts reads and writes it
 * (which stays the path the application uses until the plans move over).
 */

export interface StudentRow {
  studentNumber: string;
  firstName: string;
  lastName: string;
  grade: number | null;
  counselor: string | null;
  status: 'active' | 'not_in_latest_roster' | 'graduated';
}

/**
 * Students in caseload order. lower() folds ASCII only on both stores (SQLite's built-in, and
 * PostgreSQL's on "C"-collated text), as SQLite's NOCASE does; the ties break on the number.
 */
export async function listStudentRows(db: Kysely<StoreSchema>): Promise<StudentRow[]> {
  return db
    .selectFrom('student')
    .select(['student_number as studentNumber', 'first_name as firstName', 'last_name as lastName', 'grade', 'counselor', 'status'])
    .orderBy((eb) => eb.fn('lower', ['last_name']))
    .orderBy((eb) => eb.fn('lower', ['first_name']))
    .orderBy('student_number')
    .execute();
}

/** The stored plan, or null when the student has none yet: its rows read from one snapshot. */
export async function loadPlan(db: Kysely<StoreSchema>, studentNumber: string): Promise<Plan | null> {
  return readTransactionAsync(db, (trx) => readPlanRows(trx, studentNumber));
}

async function readPlanRows(db: Transaction<StoreSchema>, studentNumber: string): Promise<Plan | null> {
  const r = await db.selectFrom('plan').selectAll().where('student_number', '=', studentNumber).executeTakeFirst();
  if (!r) return null;
  const [courses, goals, experiences, credentials, acknowledgements, met] = await Promise.all([
    db.selectFrom('plan_course').selectAll().where('student_number', '=', studentNumber).orderBy('position').execute(),
    db.selectFrom('plan_goal').selectAll().where('student_number', '=', studentNumber).orderBy('position').execute(),
    db.selectFrom('plan_experience').selectAll().where('student_number', '=', studentNumber).orderBy('position').execute(),
    db.selectFrom('plan_credential').selectAll().where('student_number', '=', studentNumber).orderBy('position').execute(),
    db.selectFrom('plan_acknowledgement').selectAll().where('student_number', '=', studentNumber).orderBy('warning_id').execute(),
    db.selectFrom('plan_requirement_met').selectAll().where('student_number', '=', studentNumber).orderBy('requirement_id').execute(),
  ]);
  return {
    studentNumber: r.student_number,
    clusterCode: r.cluster_code,
    pathwayCode: r.pathway_code,
    programId: r.program_id,
    secondClusterCode: r.second_cluster_code,
    courses: courses.map((c) => ({
      id: c.id,
      year: c.year,
      term: c.term,
      courseNumber: c.course_number,
      status: c.status,
      grade: c.grade,
      creditsEarned: c.credits_earned,
      ...(c.alternate_for !== null && c.alternate_rank !== null ? { alternate: { forCourseId: c.alternate_for, rank: c.alternate_rank } } : {}),
    })),
    goals: goals.map((g) => ({ id: g.id, kind: g.kind, text: g.text, targetDate: g.target_date, status: g.status })),
    careerInterests: JSON.parse(r.career_interests) as string[],
    experiences: experiences.map((e) => ({
      id: e.id,
      type: e.type as Plan['experiences'][number]['type'],
      title: e.title,
      organization: e.organization,
      ctso: e.ctso,
      startDate: e.start_date,
      endDate: e.end_date,
      hours: e.hours,
    })),
    credentials: credentials.map((c) => ({ id: c.id, name: c.name, issuer: c.issuer, status: c.status, date: c.date })),
    postsecondary: { institution: r.ps_institution, program: r.ps_program, credentialType: r.ps_credential_type },
    notes: r.notes,
    lastReviewed: r.last_reviewed,
    acknowledgements: acknowledgements.map((a) => ({ warningId: a.warning_id, note: a.note, date: a.date })),
    requirementsMet: met.map((m) => ({ requirementId: m.requirement_id, date: m.date })),
  };
}

const CHILD_TABLES = ['plan_course', 'plan_goal', 'plan_experience', 'plan_credential', 'plan_acknowledgement', 'plan_requirement_met'] as const;

/**
 * Writes a plan whole in one transaction, as plans/repository.ts writePlan does: the plan row
 * upserted, its child rows replaced. Validated against the contract's schema first.
 */
export async function savePlan(db: Kysely<StoreSchema>, input: Plan, now = new Date()): Promise<void> {
  const plan = PlanSchema.parse(input);
  const key = plan.studentNumber;
  const row = {
    cluster_code: plan.clusterCode,
    pathway_code: plan.pathwayCode,
    program_id: plan.programId,
    second_cluster_code: plan.secondClusterCode,
    career_interests: JSON.stringify(plan.careerInterests),
    ps_institution: plan.postsecondary.institution,
    ps_program: plan.postsecondary.program,
    ps_credential_type: plan.postsecondary.credentialType,
    notes: plan.notes,
    last_reviewed: plan.lastReviewed,
    updated_at: now.toISOString(),
  };
  await writeTransactionAsync(db, async (trx) => {
    await trx
      .insertInto('plan')
      .values({ student_number: key, ...row })
      .onConflict((oc) => oc.column('student_number').doUpdateSet(row))
      .execute();
    for (const table of CHILD_TABLES) await trx.deleteFrom(table).where('student_number', '=', key).execute();
    const courses = plan.courses.map((c, i) => ({
      student_number: key, id: c.id, position: i, year: c.year, term: c.term, course_number: c.courseNumber, status: c.status,
      grade: c.grade, credits_earned: c.creditsEarned, alternate_for: c.alternate?.forCourseId ?? null, alternate_rank: c.alternate?.rank ?? null,
    }));
    const goals = plan.goals.map((g, i) => ({
      student_number: key, id: g.id, position: i, kind: g.kind, text: g.text, target_date: g.targetDate, status: g.status,
    }));
    const experiences = plan.experiences.map((e, i) => ({
      student_number: key, id: e.id, position: i, type: e.type, title: e.title, organization: e.organization, ctso: e.ctso,
      start_date: e.startDate, end_date: e.endDate, hours: e.hours,
    }));
    const credentials = plan.credentials.map((c, i) => ({
      student_number: key, id: c.id, position: i, name: c.name, issuer: c.issuer, status: c.status, date: c.date,
    }));
    const acknowledgements = plan.acknowledgements.map((a) => ({ student_number: key, warning_id: a.warningId, note: a.note, date: a.date }));
    const met = plan.requirementsMet.map((m) => ({ student_number: key, requirement_id: m.requirementId, date: m.date }));
    // One multi-row INSERT per table: a round trip each on the department server, not one per row.
    if (courses.length) await trx.insertInto('plan_course').values(courses).execute();
    if (goals.length) await trx.insertInto('plan_goal').values(goals).execute();
    if (experiences.length) await trx.insertInto('plan_experience').values(experiences).execute();
    if (credentials.length) await trx.insertInto('plan_credential').values(credentials).execute();
    if (acknowledgements.length) await trx.insertInto('plan_acknowledgement').values(acknowledgements).execute();
    if (met.length) await trx.insertInto('plan_requirement_met').values(met).execute();
  });
}
