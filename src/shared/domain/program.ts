import { z } from 'zod';
import { CredentialType } from './catalog';
import { PathwayCode } from './framework';
import { Choice2024 } from './framework-choice';

/**
 * The years of a plan and of a program of study, in order: four high-school grades, then two
 * postsecondary years. High-school years hold catalog course numbers; postsecondary years hold
 * postsecondary entry codes.
 */
export const PLAN_YEARS = ['9', '10', '11', '12', 'ps1', 'ps2'] as const;
export const PlanYear = z.enum(PLAN_YEARS);
export type PlanYear = z.infer<typeof PlanYear>;

export const HIGH_SCHOOL_YEARS = ['9', '10', '11', '12'] as const satisfies readonly PlanYear[];

export function isHighSchoolYear(year: PlanYear): year is (typeof HIGH_SCHOOL_YEARS)[number] {
  return year !== 'ps1' && year !== 'ps2';
}

export const PLAN_YEAR_LABELS: Record<PlanYear, string> = {
  '9': 'Grade 9',
  '10': 'Grade 10',
  '11': 'Grade 11',
  '12': 'Grade 12',
  ps1: 'After high school, year 1',
  ps2: 'After high school, year 2',
};

export const ProgramId = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a program id of lowercase letters, digits and dashes');

const Codes = z.array(z.string().trim().min(1).max(40));

export const ProgramYears = z.object({
  '9': Codes,
  '10': Codes,
  '11': Codes,
  '12': Codes,
  ps1: Codes,
  ps2: Codes,
});
export type ProgramYears = z.infer<typeof ProgramYears>;

/** What the program leads to: the certificate or degree at the end of the sequence. */
export const ProgramOutcome = z.object({
  credentialType: CredentialType,
  title: z.string().trim().min(1).max(200),
  institution: z.string().trim().min(1).max(200),
});
export type ProgramOutcome = z.infer<typeof ProgramOutcome>;

const Words = z.array(z.string().trim().min(1).max(300));

/**
 * A program of study (Wisconsin DPI): a local, sequenced set of academic and CTE courses within
 * one career pathway, from grade 9 into postsecondary, leading to an industry-recognised
 * credential, a certificate, or an associate or bachelor's degree.
 */
export const ProgramOfStudy = z.object({
  id: ProgramId,
  pathwayCode: PathwayCode,
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000),
  /** Recommended courses per year, in the order the program lists them. */
  years: ProgramYears,
  /** Dual-credit opportunities in words ("Start College Now: MATC Electricity 1"). */
  dualCreditOptions: Words,
  /** Industry credentials a student can earn on the way (OSHA 10, CNA, AWS D1.1 ...). */
  credentials: Words,
  leadsTo: ProgramOutcome,
  occupations: Words,
  /**
   * Its 2024 cluster/sub-cluster as a lead set it (issue 15). Left out, it is derived from the
   * 16-cluster pathway through the crosswalk (framework-choice.ts programTag2024), and a program
   * from before reads as it did.
   */
  framework2024: Choice2024.optional(),
});
export type ProgramOfStudy = z.infer<typeof ProgramOfStudy>;
export type ProgramInput = z.input<typeof ProgramOfStudy>;

export function emptyProgramYears(): ProgramYears {
  return { '9': [], '10': [], '11': [], '12': [], ps1: [], ps2: [] };
}
