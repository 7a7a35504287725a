import { z } from 'zod';
import { framework2024 } from './framework-2024';
import { pathwayCrosswalk } from './framework-crosswalk';

/**
 * Which framework a plan's career choice is in, and the school's rule for new plans (issue 15,
 * "The school chooses which framework new plans use, per school year"). The one place the rule
 * lives: the store keeps a row per school year (migration 22, `framework_year`), the plan keeps its
 * edition (plan.framework_edition), and everything that asks "which picker first, which choice
 * does a program set, which names does the printout carry" asks here.
 */

export const FRAMEWORK_EDITIONS = ['2016', '2024'] as const;
export const FrameworkEdition = z.enum(FRAMEWORK_EDITIONS);
export type FrameworkEdition = z.infer<typeof FrameworkEdition>;

export const FRAMEWORK_EDITION_LABELS: Record<FrameworkEdition, string> = {
  '2016': '16 Career Clusters (79 pathways)',
  '2024': '2024 National Career Clusters Framework (14 clusters)',
};

/**
 * A choice in the 2024 framework: a cluster alone or one of its sub-clusters (a plan's, or the tag
 * of a program of study). Codes are checked against the shipped 2024 framework; the stores only
 * check their shape.
 */
export const Choice2024 = z
  .object({ clusterCode: z.string().regex(/^[A-Z]{3}$/), subClusterCode: z.string().regex(/^[A-Z]{3}-[A-Z]{3}$/).nullable() })
  .superRefine((c, ctx) => {
    const cluster = framework2024.clusters.find((k) => k.code === c.clusterCode);
    if (!cluster) ctx.addIssue({ code: 'custom', path: ['clusterCode'], message: `no 2024 cluster ${c.clusterCode}` });
    else if (c.subClusterCode !== null && !cluster.subClusters.some((s) => s.code === c.subClusterCode)) {
      ctx.addIssue({ code: 'custom', path: ['subClusterCode'], message: `${c.subClusterCode} is not a sub-cluster of ${cluster.name}` });
    }
  });
export type Choice2024 = z.infer<typeof Choice2024>;

/** One school year's framework for new plans; the year by its end (2027 for 2026-27), as school_year_start stores it. */
export const FrameworkYear = z.object({
  schoolYear: z.number().int().min(2000).max(2200),
  edition: FrameworkEdition,
});
export type FrameworkYear = z.infer<typeof FrameworkYear>;

/** The school's list: one entry a year at most, in year order. */
export const FrameworkYears = z
  .array(FrameworkYear)
  .max(200)
  .superRefine((years, ctx) => {
    const seen = new Set<number>();
    for (const [i, y] of years.entries()) {
      if (seen.has(y.schoolYear)) ctx.addIssue({ code: 'custom', path: [i, 'schoolYear'], message: `${schoolYearText(y.schoolYear)} is listed twice` });
      seen.add(y.schoolYear);
    }
  })
  .transform((years) => [...years].sort((a, b) => a.schoolYear - b.schoolYear));

/** "2026-27" for the school year ending in 2027. */
export function schoolYearText(end: number): string {
  return `${end - 1}-${String(end).slice(-2)}`;
}

/**
 * The framework new plans use in the school year ending `schoolYearEnd`: that year's entry, else
 * the latest earlier year's (a school that moved to 2024 stays there until it says otherwise),
 * else the 16 clusters (what every plan used before the setting existed).
 */
export function editionForYear(years: readonly FrameworkYear[], schoolYearEnd: number): FrameworkEdition {
  let edition: FrameworkEdition = '2016';
  for (const y of [...years].sort((a, b) => a.schoolYear - b.schoolYear)) if (y.schoolYear <= schoolYearEnd) edition = y.edition;
  return edition;
}

/** The framework a plan's choice is in: 2024 once it has a 2024 choice or was made on the 2024 framework. */
export function planEdition(plan: { choice2024?: Choice2024 | undefined; edition?: '2024' | undefined }): FrameworkEdition {
  return plan.choice2024 !== undefined || plan.edition === '2024' ? '2024' : '2016';
}

/** A program's 2024 tag and whether it was set by hand or derived from its pathway (the crosswalk's first sub-cluster). */
export interface ProgramTag2024 {
  choice: Choice2024 | null;
  derived: boolean;
}

/**
 * A program of study's 2024 cluster/sub-cluster: the one a lead set, else the crosswalk's first
 * sub-cluster for its 16-cluster pathway, marked derived (the crosswalk's pathway links are derived:
 * framework-crosswalk.ts). null only for a pathway the crosswalk does not reach.
 */
export function programTag2024(program: { pathwayCode: string; framework2024?: Choice2024 | undefined }): ProgramTag2024 {
  if (program.framework2024) return { choice: program.framework2024, derived: false };
  const sub = pathwayCrosswalk.find((e) => e.from === program.pathwayCode)?.to[0];
  return { choice: sub ? { clusterCode: sub.slice(0, 3), subClusterCode: sub } : null, derived: true };
}

/** "Healthcare & Human Services / Physical Health" for a 2024 choice (its codes where a name is unknown). */
export function choice2024Name(choice: Choice2024): string {
  const cluster = framework2024.clusters.find((c) => c.code === choice.clusterCode);
  const sub = cluster?.subClusters.find((s) => s.code === choice.subClusterCode);
  return [cluster?.name ?? choice.clusterCode, choice.subClusterCode === null ? null : (sub?.name ?? choice.subClusterCode)].filter(Boolean).join(' / ');
}

/** A choice written as one code, as the programs file and the pickers carry it: "HHS" (a cluster) or "HHS-PHH" (a sub-cluster). */
export function choice2024Code(choice: Choice2024): string {
  return choice.subClusterCode ?? choice.clusterCode;
}

/** choice2024Code's inverse: the codes are checked when the result is parsed (Choice2024). */
export function choice2024FromCode(code: string): Choice2024 {
  const text = code.trim().toUpperCase();
  return { clusterCode: text.slice(0, 3), subClusterCode: text.length > 3 ? text : null };
}
