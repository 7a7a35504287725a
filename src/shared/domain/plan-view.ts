import { z } from 'zod';
import { FrameworkEdition } from './framework-choice';
import { CourseFlags, CredentialType, SubjectArea } from './catalog';
import { IsoDate } from './common';
import { Acknowledgement, Credential, Experience, Goal, PostsecondaryPlan, Term } from './plan';
import { PlanYear, ProgramOutcome } from './program';
import { PlanStatus, Student } from './student';

/**
 * A plan resolved: every name, credit and requirement status looked up, so the plan editor,
 * `counselor plan --json` and printing lay it out without asking the store anything.
 */

const Named = z.object({ code: z.string(), name: z.string() });

/**
 * A course's status in the plan view: the plan's own statuses, plus what only a transcript says
 * (a failed or withdrawn attempt earns no credit and is shown as such; an incomplete is in progress).
 */
export const PLAN_VIEW_COURSE_STATUSES = ['planned', 'in_progress', 'completed', 'failed', 'withdrawn'] as const;
export const PlanViewCourseStatus = z.enum(PLAN_VIEW_COURSE_STATUSES);
export type PlanViewCourseStatus = z.infer<typeof PlanViewCourseStatus>;

/** Where a course in the plan view came from: the imported course history, or the counselor's plan. */
export const CourseSource = z.enum(['transcript', 'counselor']);
export type CourseSource = z.infer<typeof CourseSource>;

/** What the transcript says of a course in the plan view (null for the counselor's own courses). */
export const TranscriptFacts = z.object({
  /** "2024-25"; null when the file gave only the grade level. */
  schoolYear: z.string().nullable(),
  /** The grade the student was in when taking it (8 for a high-school course taken in grade 8). */
  gradeLevel: z.number().int().nullable(),
  /** Each row's grade as the file writes it, in term order: [{ term: 'S1', grade: 'B+' }, ...]. */
  grades: z.array(z.object({ term: z.string(), grade: z.string() })),
  /** 1 for the first attempt, 2 for a retake ... */
  attempt: z.number().int(),
  creditsAttempted: z.number().nullable(),
  creditType: z.string().nullable(),
  /** How it was matched to the catalog; 'none' counts toward its credit type's area (or elective). */
  matchedBy: z.enum(['number', 'code', 'title', 'counselor', 'none']),
  /** The course number and title as the transcript writes them. */
  transcriptNumber: z.string(),
  transcriptTitle: z.string(),
  /** A later file covering this student and school year no longer lists it: kept, flagged. */
  notInLatestFile: z.boolean(),
});
export type TranscriptFacts = z.infer<typeof TranscriptFacts>;

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
  status: PlanViewCourseStatus,
  grade: z.string().nullable(),
  creditsEarned: z.number().nullable(),
  source: CourseSource,
  /** Set for transcript courses. */
  transcript: TranscriptFacts.nullable(),
  flags: CourseFlags.nullable(),
  /** Postsecondary entries only. */
  institution: z.string().nullable(),
  credentialType: CredentialType.nullable(),
  inCatalog: z.boolean(),
  /** Set only for an alternate: the course it stands in for (same year) and its rank among that course's alternates. */
  alternateFor: z.object({ courseId: z.string(), courseNumber: z.string(), title: z.string(), rank: z.number().int() }).optional(),
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
  /** A course planned for a later year that the transcript shows as already passed. */
  'already_passed',
  /** A transcript course the catalog does not know: it counts toward its credit type's area. */
  'unmatched_course',
  /** Transcript rows a later file no longer lists: kept, for the counselor to look at. */
  'history_missing',
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

/**
 * Is the student on track to graduate? Credits earned (transcript) against what the requirement
 * set expects by the end of the last finished grade, and whether the plan as a whole meets every
 * requirement. 'unknown' when there is nothing to judge by: no grade, or no course history yet.
 */
export const ON_TRACK_VERDICTS = ['on_track', 'off_track', 'unknown'] as const;
export const OnTrackVerdict = z.enum(ON_TRACK_VERDICTS);
export type OnTrackVerdict = z.infer<typeof OnTrackVerdict>;

export const OnTrack = z.object({
  verdict: OnTrackVerdict,
  /** The last grade the student has finished (10 for an 11th grader); null before grade 10 ends or when unknown. */
  finishedGrade: z.number().int().nullable(),
  /** Credits expected by the end of `finishedGrade` (0 when none is finished). */
  expected: z.number(),
  earned: z.number(),
  planMeetsRequirements: z.boolean(),
  /** Why not on track, in sentences a counselor and a family read ("2.5 credits short of the 12 expected by the end of grade 10"). */
  reasons: z.array(z.string()),
});
export type OnTrack = z.infer<typeof OnTrack>;

export const PlanView = z.object({
  student: Student,
  /** none | started | complete | reviewed: the caseload's plan status, the same rules. */
  status: PlanStatus,
  framework: z.object({
    cluster: Named.nullable(),
    pathway: Named.nullable(),
    program: z.object({ id: z.string(), name: z.string(), description: z.string(), leadsTo: ProgramOutcome }).nullable(),
    secondCluster: Named.nullable(),
    /** The plan's 2024 choice, named (issue 15): present exactly when the plan's edition is 2024. */
    choice2024: z.object({ cluster: Named, subCluster: Named.nullable() }).optional(),
    /**
     * The framework the plan's choice is in (framework-choice.ts planEdition; a plan not yet made, the
     * one the school year's new plans use): its picker comes first and the printout names its choice.
     * Defaulted for views kept with plans printed before it existed.
     */
    edition: FrameworkEdition.default('2016'),
  }),
  years: z.array(PlanViewYear),
  requirements: RequirementProgress,
  onTrack: OnTrack,
  /** The GPA the course history file states, as written; none is computed. */
  gpa: z.string().nullable(),
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
  /**
   * How many changes the plan has had saved (0 before the first): a change sends it back as
   * `basedOn`, and one based on an older revision is refused. Defaulted for the views kept with
   * plans printed before revisions existed (print snapshots).
   */
  revision: z.number().int().nonnegative().default(0),
});
export type PlanView = z.infer<typeof PlanView>;
