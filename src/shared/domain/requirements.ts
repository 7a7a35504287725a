import { z } from 'zod';
import { ClassYear } from './student';
import { CourseTag, Credits, SubjectArea } from './catalog';

/**
 * Graduation requirements (Wis. Stat. 118.33): credits by subject area, a total the district
 * sets, "counts as" rules, and requirements that are not credits (the civics test).
 */

export const RequirementArea = z.object({
  area: SubjectArea,
  credits: Credits,
});
export type RequirementArea = z.infer<typeof RequirementArea>;

/**
 * Surplus credits of matching courses may also count toward another area, up to a cap per rule:
 * "a computer-science course may count for up to 1 math credit", "a qualifying agriculture
 * course counts as science". A course matches when it carries the tag (and is in `fromArea`
 * when one is given). See evaluateRequirements for exactly how credits flow.
 */
export const CountsAsRule = z.object({
  id: z.string().trim().regex(/^[a-z0-9_-]{1,40}$/, 'a rule id of lowercase letters, digits, _ and -'),
  fromTag: CourseTag,
  fromArea: SubjectArea.nullable(),
  toArea: SubjectArea,
  /** null: no cap. */
  maxCredits: Credits.nullable(),
  description: z.string().trim().max(300),
});
export type CountsAsRule = z.infer<typeof CountsAsRule>;

export const NonCreditRequirement = z.object({
  id: z.string().trim().regex(/^[a-z0-9_-]{1,40}$/, 'an id of lowercase letters, digits, _ and -'),
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(500),
});
export type NonCreditRequirement = z.infer<typeof NonCreditRequirement>;

const ExpectedCredits = z.number().min(0).max(60).refine((n) => Number.isInteger(n * 4), 'credits in quarter-credit steps');
export const ExpectedByGrade = z.object({ '9': ExpectedCredits, '10': ExpectedCredits, '11': ExpectedCredits, '12': ExpectedCredits });
export type ExpectedByGrade = z.infer<typeof ExpectedByGrade>;

/**
 * The default when a set has no figures of its own: the total spread evenly, n quarters of it by
 * the end of the nth grade, rounded to quarter-credit steps as credits are written (24 → 6, 12, 18, 24).
 * Shared so the requirements page shows exactly the figures the on-track verdict uses.
 */
export function spreadEvenly(totalCredits: number): ExpectedByGrade {
  const share = (n: number) => Math.round(((totalCredits * n) / 4) * 4) / 4;
  return { '9': share(1), '10': share(2), '11': share(3), '12': totalCredits };
}

export const RequirementSet = z
  .object({
    /** The graduating class this set applies to; null is the default for every class without its own. */
    classYear: ClassYear.nullable(),
    name: z.string().trim().min(1).max(200),
    areas: z.array(RequirementArea),
    totalCredits: z.number().min(0).max(60).refine((n) => Number.isInteger(n * 4), 'credits in quarter-credit steps'),
    rules: z.array(CountsAsRule),
    nonCredit: z.array(NonCreditRequirement),
    /**
     * Credits a student is expected to have earned by the end of each grade (cumulative), for the
     * on-track verdict. null: the total spread evenly (a quarter of it per grade).
     */
    expectedByGrade: ExpectedByGrade.nullable().default(null),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    for (const a of set.areas) {
      if (seen.has(a.area)) ctx.addIssue({ code: 'custom', message: `the area ${a.area} is listed twice`, path: ['areas'] });
      seen.add(a.area);
    }
    const ids = new Set<string>();
    for (const r of [...set.rules, ...set.nonCredit]) {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', message: `the id ${r.id} is used twice`, path: ['rules'] });
      ids.add(r.id);
    }
  });
export type RequirementSet = z.infer<typeof RequirementSet>;

/**
 * Wisconsin's state minimums (Wis. Stat. 118.33(1)(a)): English 4, mathematics 3, science 3,
 * social studies 3, physical education 1.5, health 0.5, and — from the class of 2028 on —
 * personal financial literacy 0.5. The total of 24 is a common local choice, not state law;
 * districts set and edit it.
 */
export const WISCONSIN_MINIMUMS: RequirementSet = {
  classYear: null,
  name: 'Wisconsin state minimums (local total 24)',
  areas: [
    { area: 'english', credits: 4 },
    { area: 'math', credits: 3 },
    { area: 'science', credits: 3 },
    { area: 'social_studies', credits: 3 },
    { area: 'physical_education', credits: 1.5 },
    { area: 'health', credits: 0.5 },
    { area: 'personal_finance', credits: 0.5 },
  ],
  totalCredits: 24,
  rules: [
    {
      id: 'cs-math',
      fromTag: 'computer_science',
      fromArea: null,
      toArea: 'math',
      maxCredits: 1,
      description: 'A computer science course may count for up to 1 mathematics credit (Wis. Stat. 118.33(1)(a)1.b).',
    },
    {
      id: 'ag-science',
      fromTag: 'agriculture_science',
      fromArea: null,
      toArea: 'science',
      maxCredits: null,
      description: 'A qualifying agriculture course counts as science (Wis. Stat. 118.33(1)(a)1.c).',
    },
  ],
  nonCredit: [
    {
      id: 'civics-test',
      name: 'Civics test',
      description: 'Answer at least 65 of the 100 questions of the U.S. citizenship civics test correctly (Wis. Stat. 118.33(1m)).',
    },
  ],
  expectedByGrade: null,
};
