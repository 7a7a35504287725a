import type { Database as Db } from 'better-sqlite3';
import type { Catalog } from '../../../shared/domain/catalog';
import { framework2024 } from '../../../shared/domain/framework-2024';
import { planEdition, type FrameworkEdition } from '../../../shared/domain/framework-choice';
import { newPlan, type Choice2024, type Plan, type PlanCourse } from '../../../shared/domain/plan';
import type { PlanView, PlanViewCourse, PlanViewYear } from '../../../shared/domain/plan-view';
import { PLAN_YEARS, PLAN_YEAR_LABELS, isHighSchoolYear, type PlanYear, type ProgramOfStudy } from '../../../shared/domain/program';
import type { RequirementSet } from '../../../shared/domain/requirements';
import type { Student } from '../../../shared/domain/student';
import { loadCatalog } from '../courses/repository';
import { findCluster, findPathway } from '../framework/lookup';
import { findProgram } from '../programs/repository';
import type { TranscriptCourse } from '../history/attempts';
import { readStudentHistory, statedGpa } from '../history/repository';
import { evaluateProgress } from '../requirements/evaluate';
import { requirementSetFor } from '../requirements/repository';
import { getStudent } from '../students/repository';
import { isAlternate } from './alternates';
import { readPlan } from './repository';
import { reviewWindowIn } from './school-year';
import { newPlanEdition } from './framework-year';
import { planStatus, type ReviewWindow } from './status';
import { currentGrade, onTrack } from './on-track';
import { layTranscript } from './transcript-overlay';
import { transcriptReader } from './transcript-source';
import { openWarnings, warningsOf } from './plan-warnings';
import { placedCredits } from './warnings';
import { preparedOnce } from '../store/statements';

export interface PlanViewContext {
  catalog: Catalog;
  /** The student's course history as courses (core/history/attempts.ts); [] before any import. */
  transcript: readonly TranscriptCourse[];
  /** The GPA the history file states, as written. */
  gpa: string | null;
  requirements: RequirementSet;
  program: ProgramOfStudy | null;
  canUndo: boolean;
  /** The plan's revision (0 before its first change): what the page sends back as `basedOn`. */
  revision: number;
  today: Date;
  /** The days a review counts as this school year's (status.ts reviewWindow). */
  reviewWindow: ReviewWindow;
  /** The framework a plan made now starts on (plans/framework-year.ts); '2016' when left out. */
  newPlanEdition?: FrameworkEdition;
}

/** "2026–27" for the school year a grade (or a year after graduation) falls in. */
function schoolYearLabel(classYear: number | null, year: PlanYear): string | null {
  if (classYear === null) return null;
  const end = isHighSchoolYear(year) ? classYear - (12 - Number(year)) : classYear + (year === 'ps1' ? 1 : 2);
  return `${end - 1}–${String(end).slice(-2)}`;
}

function courseTitle(c: PlanCourse, catalog: Catalog): string {
  return (isHighSchoolYear(c.year) ? catalog.courses.get(c.courseNumber)?.title : catalog.postsecondary.get(c.courseNumber)?.course) ?? c.courseNumber;
}

function viewCourse(c: Plan['courses'][number], catalog: Catalog, plan: Plan): PlanViewCourse {
  const primary = c.alternate ? plan.courses.find((p) => p.id === c.alternate!.forCourseId) : undefined;
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
    ...(c.alternate && primary
      ? { alternateFor: { courseId: primary.id, courseNumber: primary.courseNumber, title: courseTitle(primary, catalog), rank: c.alternate.rank } }
      : {}),
  };
}

function transcriptViewCourse(t: TranscriptCourse): PlanViewCourse {
  return {
    id: t.id,
    year: t.year,
    term: t.term,
    courseNumber: t.courseNumber,
    title: t.title,
    credits: t.course?.credits ?? t.facts.creditsAttempted ?? t.credits,
    area: t.area,
    status: t.status,
    grade: t.grade,
    creditsEarned: t.creditsEarned,
    source: 'transcript',
    transcript: t.facts,
    flags: t.course ? { ...t.course.flags } : null,
    institution: null,
    credentialType: null,
    inCatalog: t.course !== null,
  };
}

/** The plan resolved against the catalog, requirements and framework: pure, for one plan or a batch. */
export function buildPlanView(student: Student, stored: Plan | null, ctx: PlanViewContext): PlanView {
  const plan = stored ?? newPlan(student.studentNumber, ctx.newPlanEdition ?? '2016');
  const { catalog, transcript } = ctx;
  const overlay = layTranscript(plan.courses, transcript, catalog);
  const requirements = evaluateProgress(ctx.requirements, overlay.counted, plan.requirementsMet);
  // An alternate is a request, not a course taken (plans/alternates.ts): no credits, no requirement, no warning.
  // A repeat of a course the plan already counts (transcript-overlay.ts) adds no credits to its year either.
  const counts = (c: PlanCourse) => !overlay.alreadyPassed.has(c.id) && !overlay.duplicates.has(c.id) && !overlay.repeats.has(c.id) && !isAlternate(c);
  const years: PlanViewYear[] = PLAN_YEARS.map((year) => {
    const placed = plan.courses.filter((c) => c.year === year && !overlay.hidden.has(c.id));
    const taken = transcript.filter((t) => t.year === year);
    const own = placed.filter(counts);
    return {
      year,
      label: PLAN_YEAR_LABELS[year],
      schoolYear: schoolYearLabel(student.classYear, year),
      courses: [...taken.map(transcriptViewCourse), ...placed.map((c) => viewCourse(c, catalog, plan))],
      credits: {
        planned: round(own.reduce((sum, c) => sum + placedCredits(c, catalog), 0) + taken.reduce((sum, t) => sum + t.credits, 0)),
        earned: round(
          own.filter((c) => c.status === 'completed').reduce((sum, c) => sum + placedCredits(c, catalog), 0) + taken.reduce((sum, t) => sum + t.creditsEarned, 0),
        ),
      },
    };
  });
  const warnings = warningsOf(plan.courses, plan.acknowledgements, transcript, overlay, catalog);
  const named = (found: { code: string; name: string } | undefined) => (found ? { code: found.code, name: found.name } : null);
  const program = ctx.program;
  return {
    student,
    status: planStatus(stored, requirements, openWarnings(warnings), ctx.reviewWindow),
    framework: {
      cluster: plan.clusterCode ? named(findCluster(plan.clusterCode)) : null,
      pathway: plan.pathwayCode ? named(findPathway(plan.pathwayCode)) : null,
      program: program ? { id: program.id, name: program.name, description: program.description, leadsTo: program.leadsTo } : null,
      secondCluster: plan.secondClusterCode ? named(findCluster(plan.secondClusterCode)) : null,
      ...(plan.choice2024 ? { choice2024: named2024(plan.choice2024) } : {}),
      edition: planEdition(plan),
    },
    years,
    requirements,
    onTrack: onTrack({ grade: currentGrade(student, ctx.today), set: ctx.requirements, progress: requirements, hasRecord: overlay.hasRecord }),
    gpa: ctx.gpa,
    warnings,
    goals: plan.goals,
    careerInterests: plan.careerInterests,
    experiences: plan.experiences,
    experienceHours: plan.experiences.reduce((sum, e) => sum + (e.hours ?? 0), 0),
    credentials: plan.credentials,
    postsecondary: plan.postsecondary,
    notes: plan.notes,
    lastReviewed: plan.lastReviewed,
    canUndo: ctx.canUndo,
    revision: ctx.revision,
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function canUndo(db: Db, studentNumber: string): boolean {
  return preparedOnce(db, 'SELECT 1 FROM plan_history WHERE student_number = ? LIMIT 1').get(studentNumber) !== undefined;
}

/** The stored plan's revision; 0 for a student with no plan yet. */
export function planRevision(db: Db, studentNumber: string): number {
  const row = preparedOnce(db, 'SELECT revision FROM plan WHERE student_number = ?').get(studentNumber) as { revision: number } | undefined;
  return row?.revision ?? 0;
}

/** canUndo and planRevision for many students, two queries for the lot (a print batch). */
export function undoAndRevisions(db: Db, studentNumbers: readonly string[]): { undoable: Set<string>; revisions: Map<string, number> } {
  const wanted = JSON.stringify(studentNumbers);
  const undoable = preparedOnce(db, 'SELECT DISTINCT student_number FROM plan_history WHERE student_number IN (SELECT value FROM json_each(?))').all(wanted) as { student_number: string }[];
  const revisions = preparedOnce(db, 'SELECT student_number, revision FROM plan WHERE student_number IN (SELECT value FROM json_each(?))').all(wanted) as { student_number: string; revision: number }[];
  return { undoable: new Set(undoable.map((r) => r.student_number)), revisions: new Map(revisions.map((r) => [r.student_number, r.revision])) };
}

/** One student's plan resolved (an empty plan for a student who has none yet); not_found for an unknown student. */
export function resolvePlan(db: Db, studentNumber: string, today = new Date()): PlanView {
  const student = getStudent(db, studentNumber);
  return resolveWith(db, student, readPlan(db, student.studentNumber), today);
}

/** A plan (as stored, or as a change would leave it) resolved for its student, with the student's course history laid over it. */
export function resolveWith(db: Db, student: Student, plan: Plan | null, today = new Date()): PlanView {
  const catalog = loadCatalog(db);
  return buildPlanView(student, plan, {
    catalog,
    transcript: transcriptReader(db, catalog)(readStudentHistory(db, student.studentNumber), student.classYear),
    gpa: statedGpa(db, student.studentNumber),
    requirements: requirementSetFor(db, student.classYear),
    program: plan?.programId ? findProgram(db, plan.programId) : null,
    canUndo: canUndo(db, student.studentNumber),
    revision: planRevision(db, student.studentNumber),
    today,
    reviewWindow: reviewWindowIn(db, today),
    newPlanEdition: newPlanEdition(db, today),
  });
}

/** A 2024 choice with its names; the codes were checked against the shipped framework when saved. */
function named2024(choice: Choice2024): { cluster: { code: string; name: string }; subCluster: { code: string; name: string } | null } {
  const cluster = framework2024.clusters.find((c) => c.code === choice.clusterCode);
  const sub = cluster?.subClusters.find((s) => s.code === choice.subClusterCode);
  return {
    cluster: { code: choice.clusterCode, name: cluster?.name ?? choice.clusterCode },
    subCluster: choice.subClusterCode === null ? null : { code: choice.subClusterCode, name: sub?.name ?? choice.subClusterCode },
  };
}
