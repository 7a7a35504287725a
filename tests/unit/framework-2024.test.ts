import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framework2024 } from '../../src/shared/domain/framework-2024';
import { clusterCrosswalk, pathwayCrosswalk } from '../../src/shared/domain/framework-crosswalk';
import { framework } from '../../src/main/core/framework/data';

/** The reference's table, parsed here so the data is checked against the source, not a copy. */
function referenceTable() {
  const text = readFileSync(join(__dirname, '../../docs/reference/career-clusters-2024.md'), 'utf8');
  const rows: { grouping: string; cluster: string; subs: string[] }[] = [];
  let grouping = '';
  for (const line of text.split('\n')) {
    const [group, cluster, subs, ...rest] = line.split('|').slice(1, -1).map((c) => c.trim());
    if (cluster === undefined || subs === undefined || rest.length > 0 || cluster === 'cluster' || cluster.startsWith('---')) continue;
    if (group) grouping = group;
    rows.push({ grouping, cluster, subs: subs.split(';').map((s) => s.trim()) });
  }
  const crossCutting = /also "cross-cutting"\s*\(([^)]+)\)/.exec(text.replace(/\n\s*/g, ' '))?.[1];
  return { rows, crossCutting: crossCutting?.split(/, /) ?? [] };
}

const reference = referenceTable();
const subClusters = framework2024.clusters.flatMap((c) => c.subClusters);

describe('the 2024 framework', () => {
  it('has 14 clusters, 72 sub-clusters and 3 cross-cutting clusters, as the reference counts them', () => {
    expect(reference.rows).toHaveLength(14);
    expect(framework2024.clusters).toHaveLength(14);
    expect(subClusters).toHaveLength(72);
    expect(reference.rows.flatMap((r) => r.subs)).toHaveLength(72);
    expect(framework2024.clusters.filter((c) => c.crossCutting).map((c) => c.name)).toEqual(reference.crossCutting);
    expect(reference.crossCutting).toHaveLength(3);
  });

  it('names every cluster, grouping and sub-cluster exactly as the reference, in its order', () => {
    const ours = framework2024.clusters.map((c) => ({ grouping: c.grouping, cluster: c.name, subs: c.subClusters.map((s) => s.name) }));
    const theirs = reference.rows.map((r) => ({ ...r, grouping: r.grouping.replace(/\s*\(cross-cutting\)$/, '') }));
    expect(ours).toEqual(theirs);
  });

  it('gives every cluster and sub-cluster a unique code that no 16-cluster code can be mistaken for', () => {
    const codes = [...framework2024.clusters.map((c) => c.code), ...subClusters.map((s) => s.code)];
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of framework2024.clusters) expect(c.code).toMatch(/^[A-Z]{3}$/);
    for (const s of subClusters) expect(s.code).toMatch(new RegExp(`^${s.clusterCode}-[A-Z]{3}$`));
  });

  it('keeps the spelling variants official pages use as aliases', () => {
    const het = framework2024.clusters.find((c) => c.code === 'HET');
    expect(het?.aliases).toEqual(expect.arrayContaining(['Hospitality, Events, & Tourism', 'Hospitality, Events and Tourism']));
    const lsf = subClusters.find((s) => s.code === 'PSS-LSF');
    expect(lsf?.aliases).toContain('Local, State and Federal Services');
  });
});

describe('the crosswalk from the 16 clusters to the 2024 framework', () => {
  const clusterCodes = new Set(framework2024.clusters.map((c) => c.code));
  const subCodes = new Set(subClusters.map((s) => s.code));

  it('covers every shipped cluster and pathway exactly once', () => {
    expect(clusterCrosswalk.map((e) => e.from).sort()).toEqual(framework.clusters.map((c) => c.code).sort());
    const pathways = framework.clusters.flatMap((c) => c.pathways.map((p) => p.code));
    expect(pathways).toHaveLength(79);
    expect(pathwayCrosswalk.map((e) => e.from).sort()).toEqual(pathways.sort());
  });

  it('leads every entry to codes the 2024 framework has', () => {
    for (const e of clusterCrosswalk) {
      expect(e.to.length, e.from).toBeGreaterThan(0);
      for (const to of e.to) expect(clusterCodes.has(to), `${e.from} → ${to}`).toBe(true);
    }
    for (const e of pathwayCrosswalk) {
      expect(e.to.length, e.from).toBeGreaterThan(0);
      for (const to of e.to) expect(subCodes.has(to), `${e.from} → ${to}`).toBe(true);
    }
  });

  it('sends each pathway into a cluster its own cluster maps to, save the few that cross on purpose', () => {
    const clusterTargets = new Map(clusterCrosswalk.map((e) => [e.from, e.to]));
    // Derived links that cross clusters on purpose: the field moved (early childhood to Education),
    // or science goes beyond the three clusters the reference names for STEM as examples.
    const crossing = new Set(['AR-TEL', 'GV-REG', 'HU-ECD', 'MN-LIC', 'TR-SS', 'ST-SM']);
    for (const e of pathwayCrosswalk) {
      if (crossing.has(e.from)) continue;
      const allowed = clusterTargets.get(e.from.slice(0, 2)) ?? [];
      for (const to of e.to) expect(allowed, `${e.from} → ${to}`).toContain(to.slice(0, 3));
    }
  });

  it('marks clusters stated or inferred as the reference does, and every pathway derived', () => {
    const basis = Object.fromEntries(clusterCrosswalk.map((e) => [e.from, e.basis]));
    expect(basis).toMatchObject({ IT: 'stated', LW: 'stated', GV: 'stated', HS: 'stated', HU: 'stated', AG: 'inferred', MN: 'inferred', FN: 'inferred' });
    expect(new Set(pathwayCrosswalk.map((e) => e.basis))).toEqual(new Set(['derived']));
  });
});
