import { describe, expect, it } from 'vitest';
import { framework } from '../../src/main/core/framework/data';
import { migrateChoice, previewMigration } from '../../src/shared/domain/framework-migration';

const names = new Map(framework.clusters.flatMap((c) => [[c.code, c.name] as const, ...c.pathways.map((p) => [p.code, p.name] as const)]));
const plan = (clusterCode: string | null, pathwayCode: string | null) => ({ studentNumber: '1', name: 'Doe, Jo', clusterCode, pathwayCode });

describe('the preview of moving plans to the 2024 framework', () => {
  it('proposes the sub-cluster (and its cluster) a pathway leads to', () => {
    expect(migrateChoice(plan('HS', 'HS-TS'), names)).toMatchObject({
      from: { cluster: { code: 'HS', name: 'Health Science' }, pathway: { code: 'HS-TS', name: 'Therapeutic Services' } },
      to: { cluster: { code: 'HHS', name: 'Healthcare & Human Services' }, subCluster: { code: 'HHS-PHH', name: 'Physical Health' } },
      basis: 'derived',
      needsPick: false,
      options: [],
    });
    // A pathway that crosses clusters on purpose follows its sub-cluster, not its old cluster's link.
    expect(migrateChoice(plan('HU', 'HU-ECD'), names).to.cluster?.code).toBe('EDU');
  });

  it('proposes nothing where the crosswalk gives several targets, and lists them for the counselor', () => {
    const pathway = migrateChoice(plan('AC', 'AC-DPC'), names);
    expect(pathway).toMatchObject({ needsPick: true, to: { cluster: null, subCluster: null } });
    expect(pathway.options.map((o) => o.code)).toEqual(['CON-ACE', 'CON-CPD']);
    const cluster = migrateChoice(plan('AG', null), names);
    expect(cluster).toMatchObject({ needsPick: true, basis: 'inferred', to: { cluster: null, subCluster: null } });
    expect(cluster.options.map((o) => o.name)).toEqual(['Agriculture', 'Energy & Natural Resources']);
  });

  it('gives a cluster alone its one cluster, and counts the plans with nothing chosen', () => {
    expect(migrateChoice(plan('IT', null), names)).toMatchObject({ to: { cluster: { code: 'DGT' }, subCluster: null }, basis: 'stated', needsPick: false });
    const preview = previewMigration([plan('IT', null), plan(null, null), plan('AG', null)], names);
    expect(preview.counts).toEqual({ plans: 3, proposed: 1, needsPick: 1, nothingChosen: 1 });
    expect(preview.rows).toHaveLength(2);
  });
});
