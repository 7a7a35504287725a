import { z } from 'zod';
import { CourseNumber, CredentialType, Credits } from './catalog';
import { IsoDate } from './common';
import { ClusterCode, PathwayCode } from './framework';
import { Choice2024 } from './framework-choice';
import { PlanYear, ProgramId } from './program';
import { StudentNumber } from './student';

/**
 * One student's plan: the Individual Learning Plan (in Wisconsin the Academic and Career Plan).
 * Cluster, pathway and program may each stay open while the student explores.
 */

/** An item's id within its plan ("c-3", "g-1"): kept through moves and edits, so the UI can follow it. */
export const PlanItemId = z.string().regex(/^[a-z]{1,3}-\d{1,6}$/, 'a plan item id like c-3');

/** full_year, two semesters, four quarters; in postsecondary years S1/S2 are fall/spring. */
export const TERMS = ['full_year', 'S1', 'S2', 'Q1', 'Q2', 'Q3', 'Q4'] as const;
export const Term = z.enum(TERMS);
export type Term = z.infer<typeof Term>;

export const CourseStatus = z.enum(['planned', 'in_progress', 'completed']);
export type CourseStatus = z.infer<typeof CourseStatus>;

const Text = (max: number) => z.string().trim().max(max);
const NullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((s) => (s === '' ? null : s));

/**
 * A course requested in case another planned course of the same year cannot be scheduled: rank 1
 * is tried first. It is a request, not a second course taken: it counts toward no credits and no
 * requirement, and the course request file sends it with its alternate flag and rank.
 */
export const MAX_ALTERNATE_RANK = 20;
export const Alternate = z.object({ forCourseId: PlanItemId, rank: z.number().int().min(1).max(MAX_ALTERNATE_RANK) });
export type Alternate = z.infer<typeof Alternate>;

export const PlanCourse = z.object({
  id: PlanItemId,
  year: PlanYear,
  term: Term,
  /** A catalog course number in grades 9–12; a postsecondary entry code in ps1/ps2. */
  courseNumber: CourseNumber,
  status: CourseStatus,
  /** The grade as the transcript writes it (A, B+, P); meaningful once completed. */
  grade: NullableText(5),
  /** Credits actually earned (0 for a failed attempt); null means the catalog's credits. */
  creditsEarned: Credits.nullable(),
  /** Left out (or null) for a course the student means to take. */
  alternate: Alternate.nullable().optional(),
});
export type PlanCourse = z.infer<typeof PlanCourse>;

export const GoalKind = z.enum(['academic', 'career', 'personal_social']);
export const GoalStatus = z.enum(['not_started', 'in_progress', 'achieved', 'set_aside']);
export const GoalFields = z.object({
  kind: GoalKind,
  text: Text(500).min(1, 'the goal in words'),
  targetDate: IsoDate.nullable(),
  status: GoalStatus,
});
export const Goal = GoalFields.extend({ id: PlanItemId });
export type Goal = z.infer<typeof Goal>;

/**
 * Work-based learning by the CEDS types, then career and technical student organisations
 * (CTSOs) and the rest of a student's life the ILP records.
 */
/** Work-based learning, by the CEDS types. */
export const WORK_BASED_LEARNING_TYPES = [
  'job_shadow',
  'internship_paid',
  'internship_unpaid',
  'youth_apprenticeship',
  'cooperative_education',
  'mentorship',
  'service_learning',
  'supervised_agricultural_experience',
] as const;

export const EXPERIENCE_TYPES = [
  ...WORK_BASED_LEARNING_TYPES,
  'ctso',
  'service',
  'leadership',
  'athletics',
  'arts',
  'hobby',
] as const;
export const ExperienceType = z.enum(EXPERIENCE_TYPES);
export type ExperienceType = z.infer<typeof ExperienceType>;

export const CTSOS = ['FFA', 'FBLA', 'DECA', 'HOSA', 'SkillsUSA', 'FCCLA', 'TSA'] as const;
export const Ctso = z.enum(CTSOS);

/** The fields without the id and without the cross-field checks (those run on the whole plan). */
export const ExperienceFields = z.object({
    type: ExperienceType,
    title: Text(200).min(1, 'what the experience is'),
    /** The employer, site or club. */
    organization: NullableText(200),
    /** Which CTSO, for type ctso. */
    ctso: Ctso.nullable(),
    startDate: IsoDate.nullable(),
    endDate: IsoDate.nullable(),
    hours: z.number().min(0).max(10_000).nullable(),
  });
export const Experience = ExperienceFields.extend({ id: PlanItemId })
  .refine((e) => e.type !== 'ctso' || e.ctso !== null, { message: 'a CTSO experience names its organisation (FFA, FBLA, DECA ...)', path: ['ctso'] })
  .refine((e) => !e.startDate || !e.endDate || e.startDate <= e.endDate, { message: 'the end date comes after the start date', path: ['endDate'] });
export type Experience = z.infer<typeof Experience>;

export const CredentialFields = z.object({
  name: Text(200).min(1, 'the credential name'),
  issuer: NullableText(200),
  status: z.enum(['planned', 'earned']),
  date: IsoDate.nullable(),
});
export const Credential = CredentialFields.extend({ id: PlanItemId });
export type Credential = z.infer<typeof Credential>;

export const PostsecondaryPlan = z.object({
  institution: NullableText(200),
  program: NullableText(200),
  credentialType: CredentialType.nullable(),
});
export type PostsecondaryPlan = z.infer<typeof PostsecondaryPlan>;

/** A warning the counselor has seen and decided about; warnings never block. */
export const Acknowledgement = z.object({
  warningId: z.string().min(1).max(200),
  note: Text(500).min(1, 'a note saying why'),
  date: IsoDate,
});
export type Acknowledgement = z.infer<typeof Acknowledgement>;

/** A non-credit requirement (the civics test) the student has met. */
export const RequirementMet = z.object({
  requirementId: z.string().min(1).max(40),
  date: IsoDate.nullable(),
});
export type RequirementMet = z.infer<typeof RequirementMet>;

/**
 * A plan's choice in the 2024 framework (issue 15). Present exactly when the plan's edition is
 * 2024 and a choice is made; absent, the plan's choice is its 16-cluster fields, so a plan from
 * before reads as it did. The 16-cluster fields are kept beside it, so taking a move to 2024 back
 * restores them. The schema is framework-choice.ts's (a program of study is tagged with one too).
 */
export { Choice2024 };

export const Plan = z.object({
  studentNumber: StudentNumber,
  clusterCode: ClusterCode.nullable(),
  pathwayCode: PathwayCode.nullable(),
  programId: ProgramId.nullable(),
  /** A second cluster the student is still exploring. */
  secondClusterCode: ClusterCode.nullable(),
  courses: z.array(PlanCourse),
  goals: z.array(Goal),
  careerInterests: z.array(Text(200).min(1)),
  experiences: z.array(Experience),
  credentials: z.array(Credential),
  postsecondary: PostsecondaryPlan,
  notes: NullableText(5000),
  lastReviewed: IsoDate.nullable(),
  acknowledgements: z.array(Acknowledgement),
  requirementsMet: z.array(RequirementMet),
  choice2024: Choice2024.optional(),
  /**
   * '2024': the plan was made in a school year whose new plans use the 2024 framework and has no
   * 2024 choice yet (with one, `choice2024` says so). Absent otherwise, so plans from before read as
   * they did. framework-choice.ts planEdition reads the two together.
   */
  edition: z.literal('2024').optional(),
});
export type Plan = z.infer<typeof Plan>;

/**
 * The plan a student's first change starts from: empty, on the framework the school year's new
 * plans use (framework-choice.ts editionForYear).
 */
export function newPlan(studentNumber: string, edition: '2016' | '2024'): Plan {
  return edition === '2024' ? { ...emptyPlan(studentNumber), edition: '2024' } : emptyPlan(studentNumber);
}

export function emptyPlan(studentNumber: string): Plan {
  return {
    studentNumber,
    clusterCode: null,
    pathwayCode: null,
    programId: null,
    secondClusterCode: null,
    courses: [],
    goals: [],
    careerInterests: [],
    experiences: [],
    credentials: [],
    postsecondary: { institution: null, program: null, credentialType: null },
    notes: null,
    lastReviewed: null,
    acknowledgements: [],
    requirementsMet: [],
  };
}
