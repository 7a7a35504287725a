import type { Insertable, Selectable } from 'kysely';
import { planEdition } from '../../../shared/domain/framework-choice';
import type { Plan } from '../../../shared/domain/plan';
import type { StoreSchema } from '../store/store-schema';

/**
 * A plan as the store holds it, both ways, in one place: the plan row and its child rows ↔ the
 * contract's Plan. The typed layer (plan-rows.ts, both stores) and the synchronous bulk readers
 * and loaders (repository.ts: the caseload, printing, the sample school) share it, so a column
 * added to a plan is mapped once.
 */

type Row<T extends keyof StoreSchema> = Selectable<StoreSchema[T]>;

/** The plan row without what a save stamps itself (updated_at, revision, changed_by). */
export type PlanRecord = Omit<Row<'plan'>, 'updated_at' | 'revision' | 'changed_by'>;

/** A plan's child rows, each list in its stored order (position; the key for the two sets). */
export interface PlanChildren {
  plan_course: Row<'plan_course'>[];
  plan_goal: Row<'plan_goal'>[];
  plan_experience: Row<'plan_experience'>[];
  plan_credential: Row<'plan_credential'>[];
  plan_acknowledgement: Row<'plan_acknowledgement'>[];
  plan_requirement_met: Row<'plan_requirement_met'>[];
}

export const CHILD_TABLES = ['plan_course', 'plan_goal', 'plan_experience', 'plan_credential', 'plan_acknowledgement', 'plan_requirement_met'] as const;

/** The column a child table is read in order of. */
export const CHILD_ORDER = {
  plan_course: 'position',
  plan_goal: 'position',
  plan_experience: 'position',
  plan_credential: 'position',
  plan_acknowledgement: 'warning_id',
  plan_requirement_met: 'requirement_id',
} as const;

export function toPlan(r: PlanRecord, rows: PlanChildren): Plan {
  return {
    studentNumber: r.student_number,
    clusterCode: r.cluster_code,
    pathwayCode: r.pathway_code,
    programId: r.program_id,
    secondClusterCode: r.second_cluster_code,
    courses: rows.plan_course.map((c) => ({
      id: c.id,
      year: c.year,
      term: c.term,
      courseNumber: c.course_number,
      status: c.status,
      grade: c.grade,
      creditsEarned: c.credits_earned,
      // Left out unless set, so a plan without alternates reads exactly as it did before they existed.
      ...(c.alternate_for !== null && c.alternate_rank !== null ? { alternate: { forCourseId: c.alternate_for, rank: c.alternate_rank } } : {}),
    })),
    goals: rows.plan_goal.map((g) => ({ id: g.id, kind: g.kind, text: g.text, targetDate: g.target_date, status: g.status })),
    careerInterests: JSON.parse(r.career_interests) as string[],
    experiences: rows.plan_experience.map((e) => ({
      id: e.id,
      type: e.type as Plan['experiences'][number]['type'],
      title: e.title,
      organization: e.organization,
      ctso: e.ctso,
      startDate: e.start_date,
      endDate: e.end_date,
      hours: e.hours,
    })),
    credentials: rows.plan_credential.map((c) => ({ id: c.id, name: c.name, issuer: c.issuer, status: c.status, date: c.date })),
    postsecondary: { institution: r.ps_institution, program: r.ps_program, credentialType: r.ps_credential_type },
    notes: r.notes,
    lastReviewed: r.last_reviewed,
    acknowledgements: rows.plan_acknowledgement.map((a) => ({ warningId: a.warning_id, note: a.note, date: a.date })),
    requirementsMet: rows.plan_requirement_met.map((m) => ({ requirementId: m.requirement_id, date: m.date })),
    // Left out on the 2016 edition, so a plan from before migration 20 reads exactly as it did.
    ...(r.framework_edition === '2024' && r.cluster_2024 !== null ? { choice2024: { clusterCode: r.cluster_2024, subClusterCode: r.subcluster_2024 } } : {}),
    // A plan made on the 2024 framework (migration 22's per-year rule) before its 2024 choice is made.
    ...(r.framework_edition === '2024' && r.cluster_2024 === null ? { edition: '2024' as const } : {}),
  };
}

/** The plan row's own columns (the key aside), as a save writes them. */
export function planColumns(plan: Plan): Omit<PlanRecord, 'student_number'> {
  return {
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
    framework_edition: planEdition(plan),
    cluster_2024: plan.choice2024?.clusterCode ?? null,
    subcluster_2024: plan.choice2024?.subClusterCode ?? null,
  };
}

/** The child rows a plan is saved as; a list's order is its position. */
export function planChildRows(plan: Plan): { [T in keyof PlanChildren]: Insertable<StoreSchema[T]>[] } {
  const key = plan.studentNumber;
  return {
    plan_course: plan.courses.map((c, i) => ({
      student_number: key, id: c.id, position: i, year: c.year, term: c.term, course_number: c.courseNumber, status: c.status,
      grade: c.grade, credits_earned: c.creditsEarned, alternate_for: c.alternate?.forCourseId ?? null, alternate_rank: c.alternate?.rank ?? null,
    })),
    plan_goal: plan.goals.map((g, i) => ({
      student_number: key, id: g.id, position: i, kind: g.kind, text: g.text, target_date: g.targetDate, status: g.status,
    })),
    plan_experience: plan.experiences.map((e, i) => ({
      student_number: key, id: e.id, position: i, type: e.type, title: e.title, organization: e.organization, ctso: e.ctso,
      start_date: e.startDate, end_date: e.endDate, hours: e.hours,
    })),
    plan_credential: plan.credentials.map((c, i) => ({
      student_number: key, id: c.id, position: i, name: c.name, issuer: c.issuer, status: c.status, date: c.date,
    })),
    plan_acknowledgement: plan.acknowledgements.map((a) => ({ student_number: key, warning_id: a.warningId, note: a.note, date: a.date })),
    plan_requirement_met: plan.requirementsMet.map((m) => ({ student_number: key, requirement_id: m.requirementId, date: m.date })),
  };
}
