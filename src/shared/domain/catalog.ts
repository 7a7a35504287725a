import { z } from 'zod';
import { PathwayCode } from './framework';

/**
 * The course catalog: the school's own courses (grades 9–12) and the postsecondary entries that
 * programs of study lead into. Course numbers are local text ("ENG101", "0101"), never numbers.
 */

export const SUBJECT_AREAS = [
  'english',
  'math',
  'science',
  'social_studies',
  'physical_education',
  'health',
  'personal_finance',
  'world_language',
  'fine_arts',
  'cte',
  'elective',
  'other',
] as const;
export const SubjectArea = z.enum(SUBJECT_AREAS);
export type SubjectArea = z.infer<typeof SubjectArea>;

/** How an area is named to a counselor and a family (the plan grid's row labels). */
export const SUBJECT_AREA_LABELS: Record<SubjectArea, string> = {
  english: 'English',
  math: 'Mathematics',
  science: 'Science',
  social_studies: 'Social Studies',
  physical_education: 'Physical Education',
  health: 'Health',
  personal_finance: 'Personal Financial Literacy',
  world_language: 'World Language',
  fine_arts: 'Fine Arts',
  cte: 'Career & Technical Education',
  elective: 'Electives',
  other: 'Other',
};

export const CourseNumber = z.string().trim().min(1, 'a course number').max(32, 'a course number of at most 32 characters');

/** Credits come in quarter-credit steps (a quarter course earns 0.25); 10 is far beyond any one course. */
export const Credits = z
  .number()
  .min(0)
  .max(10)
  .refine((n) => Number.isInteger(n * 4), 'credits in quarter-credit steps (0.25, 0.5, 0.75, 1 ...)');

export const HighSchoolGrade = z.number().int().min(9).max(12);
export const CourseLength = z.enum(['year', 'semester', 'quarter']);
export type CourseLength = z.infer<typeof CourseLength>;

/** Wisconsin's dual-credit programs: Start College Now, Early College Credit, transcripted credit. */
export const DualCredit = z.enum(['start_college_now', 'early_college_credit', 'transcripted_credit']);
export type DualCredit = z.infer<typeof DualCredit>;

/** The programs' names to a counselor (catalog and plan editor). */
export const DUAL_CREDIT_LABELS: Record<DualCredit, string> = {
  start_college_now: 'Start College Now',
  early_college_credit: 'Early College Credit',
  transcripted_credit: 'Transcripted credit',
};

export const CourseFlags = z.object({
  cte: z.boolean(),
  ap: z.boolean(),
  ib: z.boolean(),
  honors: z.boolean(),
  dualCredit: DualCredit.nullable(),
});
export type CourseFlags = z.infer<typeof CourseFlags>;

/** A short lowercase word that counts-as rules match on ("computer_science", "agriculture_science"). */
export const CourseTag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_]{1,40}$/, 'a tag of lowercase letters, digits and underscores');

export const Course = z.object({
  number: CourseNumber,
  title: z.string().trim().min(1, 'a course title').max(200),
  credits: Credits,
  area: SubjectArea,
  /** Ascending, no repeats: 9–12. */
  grades: z
    .array(HighSchoolGrade)
    .min(1, 'at least one grade the course is offered in')
    .transform((g) => [...new Set(g)].sort((a, b) => a - b)),
  length: CourseLength,
  /**
   * AND of ORs, by course number: [["MTH101", "MTH111"], ["MTH201"]] reads "Algebra 1 or
   * Integrated Math 1, and Geometry". Empty: no prerequisite.
   */
  prerequisites: z.array(z.array(CourseNumber).min(1)),
  flags: CourseFlags,
  /** Taken more than once for credit (band, choir, yearbook): not a duplicate when placed twice. */
  repeatable: z.boolean(),
  /** What counts-as rules match on; free words a district chooses. */
  tags: z.array(CourseTag).transform((t) => [...new Set(t)]),
  scedCode: z.string().trim().max(20).nullable(),
  stateCode: z.string().trim().max(20).nullable(),
  pathwayCodes: z.array(PathwayCode).transform((p) => [...new Set(p)].sort()),
  /**
   * Retired: kept for the plans that hold it (shown, printed, counted), not offered for new
   * placements. Set only by retiring (courses.retire); adding or editing a course leaves it as is.
   */
  retired: z.boolean().default(false),
});
export type Course = z.infer<typeof Course>;
export type CourseInput = z.input<typeof Course>;

export const CREDENTIAL_TYPES = [
  'certificate',
  'technical_diploma',
  'associate',
  'bachelor',
  'apprenticeship',
  'industry_certification',
] as const;
export const CredentialType = z.enum(CREDENTIAL_TYPES);
export type CredentialType = z.infer<typeof CredentialType>;

export const CREDENTIAL_TYPE_LABELS: Record<CredentialType, string> = {
  certificate: 'Certificate',
  technical_diploma: 'Technical diploma',
  associate: 'Associate degree',
  bachelor: "Bachelor's degree",
  apprenticeship: 'Registered apprenticeship',
  industry_certification: 'Industry certification',
};

/**
 * A postsecondary step a program of study leads into: a course or a whole credential at a
 * technical college, university or apprenticeship. `code` is its key in the store and in plans
 * ("MATC-EMT-1"); the institution's own numbering goes into `course` text.
 */
export const PostsecondaryEntry = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9 _.:-]{0,39}$/, 'a code of letters, digits, spaces, dots, colons or dashes'),
  institution: z.string().trim().min(1).max(200),
  program: z.string().trim().min(1).max(200),
  course: z.string().trim().min(1).max(200),
  credentialType: CredentialType,
  /** College credits for the entry (a semester's block runs 12–18). */
  credits: z.number().min(0).max(60).refine((n) => Number.isInteger(n * 4), 'credits in quarter-credit steps').nullable(),
});
export type PostsecondaryEntry = z.infer<typeof PostsecondaryEntry>;

/** The catalog as one value: what plan checks and program application read. */
export interface Catalog {
  courses: ReadonlyMap<string, Course>;
  postsecondary: ReadonlyMap<string, PostsecondaryEntry>;
}
