import { z } from 'zod';
import { CourseFlags, CredentialType, SubjectArea } from './catalog';
import { IsoDate } from './common';
import { Acknowledgement, CourseStatus, Credential, Experience, Goal, PostsecondaryPlan, Term } from './plan';
import { PlanYear, ProgramOutcome } from './program';
import { PlanStatus, Student } from './student';

/**
 * A plan resolved: every name, credit and requirement status looked up, so the plan editor,
 * `counselor plan --json` and printing lay it out without asking the store anything.
 */

const Named = z.object({ code: z.string(), name: z.string() });

export const PlanViewCourse = z.object({
  id: z.string(),
  year: PlanYear,
  term: Term,
  courseNumber: z.string(),
  /** The catalog title; the course number itself when the catalog no longer has it. */
  title: z.string(),
  /** Catalog credits (postsecondary: the entry's credits, or 0 when unknown). */
  credits: z.number(),
  /** null for postsecondary entries and courses missing from the catalog. */
  area: SubjectArea.nullable(),
  status: CourseStatus,
  grade: z.string().nullable(),
  creditsEarned: z.number().nullable(),
  flags: CourseFlags.nullable(),
  /** Postsecondary entries only. */
  institution: z.string().nullable(),
  credentialType: CredentialType.nullable(),
  inCatalog: z.boolean(),
});
export type PlanViewCourse = z.infer<typeof PlanViewCourse>;

export const PlanViewYear = z.object({
  year: PlanYear,
  label: z.string(),
  /** "2026–27" when the student's class year is known; null for postsecondary years without one. */
  schoolYear: z.string().nullable(),
  courses: z.array(PlanViewCourse),
  /** Planned counts every course (earned credits for completed ones); earned counts completed only. */
  credits: z.object({ planned: z.number(), earned: z.number() }),
});
export type PlanViewYear = z.infer<typeof PlanViewYear>;

export const CountsAsCredit = z.object({
  ruleId: z.string(),
  description: z.string(),
  earned: z.number(),
  planned: z.number(),
});

export const AreaProgress = z.object({
  area: SubjectArea,
  label: z.string(),
  required: z.number(),
  /** Credits toward the area: its own courses (all of them) plus what counts-as rules bring in. */
  earned: z.number(),
  planned: z.number(),
  /** planned ≥ required. */
  met: z.boolean(),
  /** earned ≥ required. */
  earnedMet: z.boolean(),
  countsAs: z.array(CountsAsCredit),
});
export type AreaProgress = z.infer<typeof AreaProgress>;

export const TotalProgress = z.object({
  required: z.number(),
  earned: z.number(),
  planned: z.number(),
  met: z.boolean(),
  earnedMet: z.boolean(),
});

export const RequirementProgress = z.object({
  setName: z.string(),
  classYear: z.number().nullable(),
  areas: z.array(AreaProgress),
  total: TotalProgress,
  nonCredit: z.array(
    z.object({ id: z.string(), name: z.string(), description: z.string(), met: z.boolean(), date: IsoDate.nullable() }),
  ),
  /** Every area and the total planned. */
  allPlanned: z.boolean(),
});
export type RequirementProgress = z.infer<typeof RequirementProgress>;

export const WARNING_KINDS = [
  'prerequisite_missing',
  'prerequisite_later',
  'not_offered_in_grade',
  'duplicate_course',
  'heavy_load',
  'unknown_course',
] as const;
export const WarningKind = z.enum(WARNING_KINDS);
export type WarningKind = z.infer<typeof WarningKind>;

export const PlanWarning = z.object({
  /** Stable while the situation lasts (kind, course and year), so an acknowledgement sticks to it. */
  id: z.string(),
  kind: WarningKind,
  message: z.string(),
  courseNumber: z.string().nullable(),
  year: PlanYear.nullable(),
  acknowledged: Acknowledgement.pick({ note: true, date: true }).nullable(),
});
export type PlanWarning = z.infer<typeof PlanWarning>;

export const PlanView = z.object({
  student: Student,
  /** none | started | complete | reviewed: the caseload's plan status, the same rules. */
  status: PlanStatus,
  framework: z.object({
    cluster: Named.nullable(),
    pathway: Named.nullable(),
    program: z.object({ id: z.string(), name: z.string(), description: z.string(), leadsTo: ProgramOutcome }).nullable(),
    secondCluster: Named.nullable(),
  }),
  years: z.array(PlanViewYear),
  requirements: RequirementProgress,
  warnings: z.array(PlanWarning),
  goals: z.array(Goal),
  careerInterests: z.array(z.string()),
  experiences: z.array(Experience),
  experienceHours: z.number(),
  credentials: z.array(Credential),
  postsecondary: PostsecondaryPlan,
  notes: z.string().nullable(),
  lastReviewed: IsoDate.nullable(),
  /** Whether plans.undo has a change to take back. */
  canUndo: z.boolean(),
});
export type PlanView = z.infer<typeof PlanView>;
