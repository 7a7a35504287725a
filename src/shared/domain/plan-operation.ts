import { z } from 'zod';
import { CourseNumber, CredentialType, Credits } from './catalog';
import { IsoDate } from './common';
import { ClusterCode, PathwayCode } from './framework';
import { Choice2024, CourseStatus, CredentialFields, MAX_ALTERNATE_RANK, ExperienceFields, GoalFields, PlanItemId, Term } from './plan';
import { PlanYear, ProgramId } from './program';

/**
 * The changes a counselor makes to a plan, one at a time: each is saved at once in its own
 * transaction with a snapshot for undo. Small and typed, never "replace the whole plan", so two
 * windows editing different parts of one plan do not erase each other's work.
 */
const op = <N extends string, S extends z.ZodRawShape>(name: N, shape: S) =>
  z.object({ op: z.literal(name), ...shape }).strict();

const Grade = z.string().trim().max(5).nullable();

export const PlanOperation = z.discriminatedUnion('op', [
  /** Any of the three may be null (still exploring); a pathway implies its cluster, a program its pathway. */
  op('setFramework', {
    clusterCode: ClusterCode.nullable(),
    pathwayCode: PathwayCode.nullable(),
    programId: ProgramId.nullable(),
    secondClusterCode: ClusterCode.nullable().optional(),
  }),
  /**
   * The plan's choice in the 2024 framework (issue 15); null takes the plan back to its 16-cluster
   * choice, which a move to 2024 keeps untouched beside it.
   */
  op('setFramework2024', { choice: Choice2024.nullable() }),
  op('placeCourse', {
    courseNumber: CourseNumber,
    year: PlanYear,
    term: Term.optional(),
    status: CourseStatus.optional(),
    grade: Grade.optional(),
    creditsEarned: Credits.nullable().optional(),
  }),
  op('moveCourse', { courseId: PlanItemId, year: PlanYear, term: Term.optional() }),
  op('removeCourse', { courseId: PlanItemId }),
  /**
   * A planned course made an alternate for another course of the same year (null: a course of its
   * own again). Without a rank it goes last among that course's alternates; with one it takes that
   * place and the others move down.
   */
  op('setAlternate', {
    courseId: PlanItemId,
    forCourseId: PlanItemId.nullable(),
    rank: z.number().int().min(1).max(MAX_ALTERNATE_RANK).optional(),
  }),
  /** Back to planned clears the grade and credits earned. */
  op('setCourseStatus', {
    courseId: PlanItemId,
    status: CourseStatus,
    grade: Grade.optional(),
    creditsEarned: Credits.nullable().optional(),
  }),
  op('addGoal', { goal: GoalFields }),
  op('updateGoal', { goalId: PlanItemId, changes: GoalFields.partial() }),
  op('removeGoal', { goalId: PlanItemId }),
  op('addExperience', { experience: ExperienceFields }),
  op('updateExperience', { experienceId: PlanItemId, changes: ExperienceFields.partial() }),
  op('removeExperience', { experienceId: PlanItemId }),
  op('addCredential', { credential: CredentialFields }),
  op('updateCredential', { credentialId: PlanItemId, changes: CredentialFields.partial() }),
  op('removeCredential', { credentialId: PlanItemId }),
  op('setCareerInterests', { interests: z.array(z.string().trim().min(1).max(200)).max(50) }),
  op('setPostsecondary', {
    institution: z.string().trim().max(200).nullable(),
    program: z.string().trim().max(200).nullable(),
    credentialType: CredentialType.nullable(),
  }),
  op('setNotes', { notes: z.string().max(5000).nullable() }),
  /** Without a date: today. */
  op('markReviewed', { date: IsoDate.optional() }),
  op('acknowledgeWarning', { warningId: z.string().min(1).max(200), note: z.string().trim().min(1).max(500) }),
  op('withdrawAcknowledgement', { warningId: z.string().min(1).max(200) }),
  /** A non-credit requirement (the civics test) met on a date, or no longer recorded as met (null). */
  op('setRequirementMet', { requirementId: z.string().min(1).max(40), met: z.boolean(), date: IsoDate.nullable().optional() }),
]);
export type PlanOperation = z.infer<typeof PlanOperation>;
export type PlanOperationInput = z.input<typeof PlanOperation>;
