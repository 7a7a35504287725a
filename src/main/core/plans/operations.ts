import type { Catalog } from '../../../shared/domain/catalog';
import type { Plan } from '../../../shared/domain/plan';
import type { PlanOperation } from '../../../shared/domain/plan-operation';
import { isHighSchoolYear, type ProgramOfStudy } from '../../../shared/domain/program';
import { CounselorError } from '../../../shared/errors';
import { findCluster, findPathway } from '../framework/lookup';
import { keepAlternatesTrue, moveAlternatesWith, promoteFirstAlternate, setAlternate } from './alternates';
import { withProgram2024 } from './apply-program';
import { defaultTerm, nextItemId, newPlanCourse } from './placement';

export interface OperationContext {
  catalog: Catalog;
  findProgram(id: string): ProgramOfStudy | null;
  /** `YYYY-MM-DD`: the date written by markReviewed and acknowledgements. */
  today: string;
}

function missing(what: string, id: string): CounselorError {
  return new CounselorError('not_found', `This plan has no ${what} ${id}; it may have been removed in another window.`);
}

function replaceItem<T extends { id: string }>(list: readonly T[], id: string, what: string, change: (item: T) => T): T[] {
  if (!list.some((i) => i.id === id)) throw missing(what, id);
  return list.map((i) => (i.id === id ? change(i) : i));
}

function removeItem<T extends { id: string }>(list: readonly T[], id: string, what: string): T[] {
  if (!list.some((i) => i.id === id)) throw missing(what, id);
  return list.filter((i) => i.id !== id);
}

/** A pathway implies its cluster and a program its pathway; a choice that contradicts another is refused. */
function setFramework(plan: Plan, op: Extract<PlanOperation, { op: 'setFramework' }>, ctx: OperationContext): Plan {
  let { clusterCode, pathwayCode } = op;
  let chosen: ProgramOfStudy | null = null;
  if (op.programId !== null) {
    const program = ctx.findProgram(op.programId);
    chosen = program;
    if (!program) throw new CounselorError('not_found', `No program of study with id "${op.programId}" is in the store.`);
    if (pathwayCode !== null && pathwayCode !== program.pathwayCode) {
      throw new CounselorError('invalid_input', `Program "${program.name}" belongs to pathway ${program.pathwayCode}, not ${pathwayCode}.`);
    }
    pathwayCode = program.pathwayCode;
  }
  if (pathwayCode !== null) {
    const pathway = findPathway(pathwayCode);
    if (!pathway || pathway.code !== pathwayCode) throw new CounselorError('not_found', `There is no career pathway ${pathwayCode}.`);
    if (clusterCode !== null && clusterCode !== pathway.clusterCode) {
      throw new CounselorError('invalid_input', `Career pathway ${pathway.name} belongs to cluster ${pathway.clusterCode}, not ${clusterCode}.`);
    }
    clusterCode = pathway.clusterCode;
  }
  for (const code of [clusterCode, op.secondClusterCode ?? null]) {
    if (code !== null && findCluster(code)?.code !== code) throw new CounselorError('not_found', `There is no career cluster ${code}.`);
  }
  const secondClusterCode = op.secondClusterCode === undefined ? plan.secondClusterCode : op.secondClusterCode;
  // A program chosen on a plan on the 2024 framework brings its 2024 tag as the plan's 2024 choice.
  return { ...(chosen ? withProgram2024(plan, chosen) : plan), clusterCode, pathwayCode, programId: op.programId, secondClusterCode };
}

function assertPlaceable(courseNumber: string, year: Plan['courses'][number]['year'], catalog: Catalog): void {
  const course = catalog.courses.get(courseNumber);
  // A retired course stays in the plans that hold it, but is not offered for new placements.
  if (isHighSchoolYear(year) && course?.retired) {
    throw new CounselorError('conflict', `${course.number} (${course.title}) is retired from the catalog; choose a course that is offered, or bring it back on the Courses page.`);
  }
  if (isHighSchoolYear(year) ? catalog.courses.has(courseNumber) : catalog.postsecondary.has(courseNumber)) return;
  const where = isHighSchoolYear(year) ? 'course catalog' : 'postsecondary entries';
  throw new CounselorError('not_found', `${courseNumber} is not in the ${where}; check the number.`);
}

/**
 * One change applied to a plan, purely: the result is validated and saved by the caller (with a
 * snapshot for undo). Items are found by id; an id that is not there is `not_found`.
 */
export function applyOperation(plan: Plan, op: PlanOperation, ctx: OperationContext): Plan {
  const changed = applyOne(plan, op, ctx);
  // Alternates stay true to their rules whatever happened to the courses they stand in for (alternates.ts).
  return changed.courses === plan.courses ? changed : { ...changed, courses: keepAlternatesTrue(changed.courses) };
}

function applyOne(plan: Plan, op: PlanOperation, ctx: OperationContext): Plan {
  switch (op.op) {
    case 'setFramework':
      return setFramework(plan, op, ctx);
    case 'setFramework2024': {
      // Absent, not undefined, on the 2016 edition: the plan then reads as one from before migration 20.
      const { choice2024: _previous, edition: _edition, ...on2016 } = plan;
      if (op.choice !== null) return { ...on2016, choice2024: op.choice };
      // Taken back ("Not chosen"): a plan with a 16-cluster choice is on it again (a plan moved to
      // 2024 kept it); one without stays on the 2024 framework with nothing chosen yet, as it began.
      return plan.clusterCode === null && (plan.choice2024 !== undefined || plan.edition === '2024') ? { ...on2016, edition: '2024' } : on2016;
    }
    case 'placeCourse': {
      assertPlaceable(op.courseNumber, op.year, ctx.catalog);
      const placed = newPlanCourse(plan, op.year, op.courseNumber, ctx.catalog, op.term);
      const status = op.status ?? 'planned';
      const done = status === 'completed';
      return {
        ...plan,
        courses: [...plan.courses, { ...placed, status, grade: done ? (op.grade ?? null) : null, creditsEarned: done ? (op.creditsEarned ?? null) : null }],
      };
    }
    case 'moveCourse': {
      const course = plan.courses.find((c) => c.id === op.courseId);
      if (!course) throw missing('course', op.courseId);
      if (isHighSchoolYear(course.year) !== isHighSchoolYear(op.year)) {
        throw new CounselorError('invalid_input', 'A high-school course cannot move into a postsecondary year, nor the other way round.');
      }
      const others = { ...plan, courses: plan.courses.filter((c) => c.id !== op.courseId) };
      const term = op.term ?? defaultTerm(others, op.year, ctx.catalog.courses.get(course.courseNumber));
      const moved = replaceItem(plan.courses, op.courseId, 'course', (c) => ({ ...c, year: op.year, term }));
      return { ...plan, courses: op.year === course.year ? moved : moveAlternatesWith(moved, op.courseId, op.year) };
    }
    case 'removeCourse':
      return { ...plan, courses: removeItem(promoteFirstAlternate(plan.courses, op.courseId), op.courseId, 'course') };
    case 'setAlternate':
      return setAlternate(plan, op);
    case 'setCourseStatus':
      return {
        ...plan,
        courses: replaceItem(plan.courses, op.courseId, 'course', (c) =>
          op.status === 'planned'
            ? { ...c, status: 'planned', grade: null, creditsEarned: null }
            : { ...c, status: op.status, grade: op.grade === undefined ? c.grade : op.grade, creditsEarned: op.creditsEarned === undefined ? c.creditsEarned : op.creditsEarned },
        ),
      };
    case 'addGoal':
      return { ...plan, goals: [...plan.goals, { ...op.goal, id: nextItemId('g', plan.goals) }] };
    case 'updateGoal':
      return { ...plan, goals: replaceItem(plan.goals, op.goalId, 'goal', (g) => ({ ...g, ...op.changes })) };
    case 'removeGoal':
      return { ...plan, goals: removeItem(plan.goals, op.goalId, 'goal') };
    case 'addExperience':
      return { ...plan, experiences: [...plan.experiences, { ...op.experience, id: nextItemId('e', plan.experiences) }] };
    case 'updateExperience':
      return { ...plan, experiences: replaceItem(plan.experiences, op.experienceId, 'experience', (e) => ({ ...e, ...op.changes })) };
    case 'removeExperience':
      return { ...plan, experiences: removeItem(plan.experiences, op.experienceId, 'experience') };
    case 'addCredential':
      return { ...plan, credentials: [...plan.credentials, { ...op.credential, id: nextItemId('cr', plan.credentials) }] };
    case 'updateCredential':
      return { ...plan, credentials: replaceItem(plan.credentials, op.credentialId, 'credential', (c) => ({ ...c, ...op.changes })) };
    case 'removeCredential':
      return { ...plan, credentials: removeItem(plan.credentials, op.credentialId, 'credential') };
    case 'setCareerInterests':
      return { ...plan, careerInterests: [...new Set(op.interests)] };
    case 'setPostsecondary':
      return { ...plan, postsecondary: { institution: op.institution || null, program: op.program || null, credentialType: op.credentialType } };
    case 'setNotes':
      return { ...plan, notes: op.notes?.trim() || null };
    case 'markReviewed':
      return { ...plan, lastReviewed: op.date ?? ctx.today };
    case 'acknowledgeWarning':
      return {
        ...plan,
        acknowledgements: [...plan.acknowledgements.filter((a) => a.warningId !== op.warningId), { warningId: op.warningId, note: op.note, date: ctx.today }],
      };
    case 'withdrawAcknowledgement':
      return { ...plan, acknowledgements: plan.acknowledgements.filter((a) => a.warningId !== op.warningId) };
    case 'setRequirementMet': {
      const rest = plan.requirementsMet.filter((m) => m.requirementId !== op.requirementId);
      return { ...plan, requirementsMet: op.met ? [...rest, { requirementId: op.requirementId, date: op.date ?? ctx.today }] : rest };
    }
  }
}
