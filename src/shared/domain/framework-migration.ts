import { z } from 'zod';
import { BulkStep, BulkStudentOutcome } from './bulk';
import { framework2024 } from './framework-2024';
import { StudentNumber } from './student';
import { clusterCrosswalk, pathwayCrosswalk, type CrosswalkBasis, type NamedCode } from './framework-crosswalk';

/**
 * Moving plans from the 16 clusters to the 2024 framework, as a preview: for each plan's legacy
 * choice, the 2024 cluster and sub-cluster the crosswalk proposes. A pathway decides (it is the
 * more specific choice, and a few pathways cross into another cluster on purpose); a plan with a
 * cluster but no pathway gets a cluster only. Where the crosswalk gives more than one target the
 * preview proposes nothing and lists the options: a counselor picks, the application never guesses.
 * Applying the move (one transaction, undoable) is core/plans/framework-move.ts.
 */

export interface LegacyChoice {
  studentNumber: string;
  /** "Last, First", for the reader. */
  name: string;
  clusterCode: string | null;
  pathwayCode: string | null;
}

export interface MigrationRow {
  studentNumber: string;
  name: string;
  from: { cluster: NamedCode | null; pathway: NamedCode | null };
  /** The proposal: null where the counselor must pick (or, for the sub-cluster, where no pathway was chosen). */
  to: { cluster: NamedCode | null; subCluster: NamedCode | null };
  /** The crosswalk's targets when there is more than one: what the counselor picks from. */
  options: NamedCode[];
  basis: CrosswalkBasis | null;
  needsPick: boolean;
}

export interface MigrationPreview {
  to: '2024';
  rows: MigrationRow[];
  counts: { plans: number; proposed: number; needsPick: number; nothingChosen: number };
}

const clusters2024 = new Map(framework2024.clusters.map((c) => [c.code, { code: c.code, name: c.name }]));
const subClusters2024 = new Map(
  framework2024.clusters.flatMap((c) => c.subClusters.map((s) => [s.code, { code: s.code, name: s.name, clusterCode: c.code }] as const)),
);
const byPathway = new Map(pathwayCrosswalk.map((e) => [e.from, e]));
const byCluster = new Map(clusterCrosswalk.map((e) => [e.from, e]));

const named = (code: string, names: ReadonlyMap<string, { code: string; name: string }>): NamedCode => {
  const found = names.get(code);
  return { code, name: found?.name ?? code };
};

/** One plan's proposal; `names` gives the legacy names (from the store). */
export function migrateChoice(choice: LegacyChoice, names: ReadonlyMap<string, string>): MigrationRow {
  const legacy = (code: string | null) => (code === null ? null : { code, name: names.get(code) ?? code });
  const base = { studentNumber: choice.studentNumber, name: choice.name, from: { cluster: legacy(choice.clusterCode), pathway: legacy(choice.pathwayCode) } };
  const viaPathway = choice.pathwayCode === null ? undefined : byPathway.get(choice.pathwayCode);
  if (viaPathway) {
    const options = viaPathway.to.map((code) => named(code, subClusters2024));
    const only = viaPathway.to.length === 1 ? subClusters2024.get(viaPathway.to[0] ?? '') : undefined;
    return {
      ...base,
      to: { cluster: only ? named(only.clusterCode, clusters2024) : null, subCluster: only ? { code: only.code, name: only.name } : null },
      options: options.length > 1 ? options : [],
      basis: viaPathway.basis,
      needsPick: options.length > 1,
    };
  }
  const viaCluster = choice.clusterCode === null ? undefined : byCluster.get(choice.clusterCode);
  if (viaCluster) {
    const options = viaCluster.to.map((code) => named(code, clusters2024));
    return {
      ...base,
      to: { cluster: options.length === 1 ? (options[0] ?? null) : null, subCluster: null },
      options: options.length > 1 ? options : [],
      basis: viaCluster.basis,
      needsPick: options.length > 1,
    };
  }
  return { ...base, to: { cluster: null, subCluster: null }, options: [], basis: null, needsPick: false };
}

/** Every plan's proposal, in the order given; plans with nothing chosen are counted, not listed. */
export function previewMigration(choices: readonly LegacyChoice[], names: ReadonlyMap<string, string>): MigrationPreview {
  const chosen = choices.filter((c) => c.clusterCode !== null || c.pathwayCode !== null);
  const rows = chosen.map((c) => migrateChoice(c, names));
  return {
    to: '2024',
    rows,
    counts: {
      plans: choices.length,
      proposed: rows.filter((r) => !r.needsPick && r.to.cluster !== null).length,
      needsPick: rows.filter((r) => r.needsPick).length,
      nothingChosen: choices.length - chosen.length,
    },
  };
}

/** The preview as the contract carries it (framework.migratePreview). */
const Named = z.object({ code: z.string(), name: z.string() });
export const MigrationPreviewSchema = z.object({
  to: z.literal('2024'),
  rows: z.array(
    z.object({
      studentNumber: z.string(),
      name: z.string(),
      from: z.object({ cluster: Named.nullable(), pathway: Named.nullable() }),
      to: z.object({ cluster: Named.nullable(), subCluster: Named.nullable() }),
      options: z.array(Named),
      basis: z.enum(['stated', 'inferred', 'derived']).nullable(),
      needsPick: z.boolean(),
    }),
  ),
  counts: z.object({ plans: z.number().int(), proposed: z.number().int(), needsPick: z.number().int(), nothingChosen: z.number().int() }),
}) satisfies z.ZodType<MigrationPreview>;

/**
 * The counselor's picks where the crosswalk gives more than one target: student number → one of
 * that row's option codes (a 2024 sub-cluster "HHS-PHS" or, for a plan with a cluster only, a
 * 2024 cluster "HHS").
 */
export const MigrationPicks = z.record(StudentNumber, z.string().trim().min(1).max(20));
export type MigrationPicks = z.infer<typeof MigrationPicks>;

/** One move to 2024: its id (when it was applied) names it for the undo. */
export const MigrationResult = z.object({ migration: z.string(), results: z.array(BulkStudentOutcome), undo: z.array(BulkStep) });
export type MigrationResult = z.infer<typeof MigrationResult>;
export const MigrationUndoResult = z.object({ migration: z.string(), results: z.array(BulkStudentOutcome) });
export type MigrationUndoResult = z.infer<typeof MigrationUndoResult>;

/** The 2024 choice a row moves to, given the counselor's pick where one is needed; null = nothing to move. */
export function choiceFor(row: MigrationRow, pick: string | undefined): { clusterCode: string; subClusterCode: string | null } | null {
  if (!row.needsPick) {
    if (row.to.cluster === null) return null;
    return { clusterCode: row.to.cluster.code, subClusterCode: row.to.subCluster?.code ?? null };
  }
  if (pick === undefined || !row.options.some((o) => o.code === pick)) return null;
  const sub = subClusters2024.get(pick);
  return sub ? { clusterCode: sub.clusterCode, subClusterCode: sub.code } : { clusterCode: pick, subClusterCode: null };
}
