import type { Database as Db } from 'better-sqlite3';
import type { Catalog } from '../../../shared/domain/catalog';
import { emptyPlan, type Plan } from '../../../shared/domain/plan';
import type { PlanView, PlanViewCourse, PlanViewYear } from '../../../shared/domain/plan-view';
import { PLAN_YEARS, PLAN_YEAR_LABELS, isHighSchoolYear, type PlanYear, type ProgramOfStudy } from '../../../shared/domain/program';
import type { RequirementSet } from '../../../shared/domain/requirements';
import type { Student } from '../../../shared/domain/student';
import { loadCatalog } from '../courses/repository';
import { findCluster, findPathway } from '../framework/lookup';
import { findProgram } from '../programs/repository';
import { evaluateRequirements } from '../requirements/evaluate';
import { requirementSetFor } from '../requirements/repository';
import { getStudent } from '../students/repository';
import { readPlan } from './repository';
import { planStatus } from './status';
import { placedCredits, planWarnings } from './warnings';

export interface PlanViewContext {
  catalog: Catalog;
  requirements: RequirementSet;
  program: ProgramOfStudy | null;
  canUndo: boolean;
  today: Date;
}

/** "2026–27" for the school year a grade (or a year after graduation) falls in. */
function schoolYearLabel(classYear: number | null, year: PlanYear): string | null {
  if (classYear === null) return null;
  const end = isHighSchoolYear(year) ? classYear - (12 - Number(year)) : classYear + (year === 'ps1' ? 1 : 2);
  return `${end - 1}–${String(end).slice(-2)}`;
}

function viewCourse(c: Plan['courses'][number], catalog: Catalog): PlanViewCourse {
  const course = isHighSchoolYear(c.year) ? catalog.courses.get(c.courseNumber) : undefined;
  const entry = isHighSchoolYear(c.year) ? undefined : catalog.postsecondary.get(c.courseNumber);
  return {
    id: c.id,
    year: c.year,
    term: c.term,
    courseNumber: c.courseNumber,
    title: course?.title ?? entry?.course ?? c.courseNumber,
    credits: course?.credits ?? entry?.credits ?? 0,
    area: course?.area ?? null,
    status: c.status,
    grade: c.grade,
    creditsEarned: c.creditsEarned,
    flags: course ? { ...course.flags } : null,
    institution: entry?.institution ?? null,
    credentialType: entry?.credentialType ?? null,
    inCatalog: course !== undefined || entry !== undefined,
    source: 'counselor',
    transcript: null,
  };
}

/** The plan resolved against the catalog, requirements and framework: pure, for one plan or a batch. */
export function buildPlanView(student: Student, stored: Plan | null, ctx: PlanViewContext): PlanView {
  const plan = stored ?? emptyPlan(student.studentNumber);
  const { catalog } = ctx;
  const requirements = evaluateRequirements(ctx.requirements, plan.courses, catalog, plan.requirementsMet);
  const years: PlanViewYear[] = PLAN_YEARS.map((year) => {
    const placed = plan.courses.filter((c) => c.year === year);
    return {
      year,
      label: PLAN_YEAR_LABELS[year],
      schoolYear: schoolYearLabel(student.classYear, year),
      courses: placed.map((c) => viewCourse(c, catalog)),
      credits: {
        planned: placed.reduce((sum, c) => sum + placedCredits(c, catalog), 0),
        earned: placed.filter((c) => c.status === 'completed').reduce((sum, c) => sum + placedCredits(c, catalog), 0),
      },
    };
  });
  const named = (found: { code: string; name: string } | undefined) => (found ? { code: found.code, name: found.name } : null);
  const program = ctx.program;
  return {
    student,
    status: planStatus(stored, requirements, ctx.today),
    framework: {
      cluster: plan.clusterCode ? named(findCluster(plan.clusterCode)) : null,
      pathway: plan.pathwayCode ? named(findPathway(plan.pathwayCode)) : null,
      program: program ? { id: program.id, name: program.name, description: program.description, leadsTo: program.leadsTo } : null,
      secondCluster: plan.secondClusterCode ? named(findCluster(plan.secondClusterCode)) : null,
    },
    years,
    requirements,
    onTrack: { verdict: 'unknown', finishedGrade: null, expected: 0, earned: requirements.total.earned, planMeetsRequirements: requirements.allPlanned, reasons: [] },
    gpa: null,
    warnings: planWarnings(plan.courses, catalog, plan.acknowledgements),
    goals: plan.goals,
    careerInterests: plan.careerInterests,
    experiences: plan.experiences,
    experienceHours: plan.experiences.reduce((sum, e) => sum + (e.hours ?? 0), 0),
    credentials: plan.credentials,
    postsecondary: plan.postsecondary,
    notes: plan.notes,
    lastReviewed: plan.lastReviewed,
    canUndo: ctx.canUndo,
  };
}

export function canUndo(db: Db, studentNumber: string): boolean {
  return db.prepare('SELECT 1 FROM plan_history WHERE student_number = ? LIMIT 1').get(studentNumber) !== undefined;
}

/** One student's plan resolved (an empty plan for a student who has none yet); not_found for an unknown student. */
export function resolvePlan(db: Db, studentNumber: string, today = new Date()): PlanView {
  const student = getStudent(db, studentNumber);
  const plan = readPlan(db, student.studentNumber);
  return buildPlanView(student, plan, {
    catalog: loadCatalog(db),
    requirements: requirementSetFor(db, student.classYear),
    program: plan?.programId ? findProgram(db, plan.programId) : null,
    canUndo: canUndo(db, student.studentNumber),
    today,
  });
}
