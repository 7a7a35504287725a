import { describe, expect, it } from 'vitest';
import { framework } from '../../src/main/core/framework/data';
import { framework2024 } from '../../src/shared/domain/framework-2024';
import { occupationById, occupationLists, occupations, occupationsOf } from '../../src/shared/domain/occupations';
import { occupations16 } from '../../src/shared/domain/occupations-16';
import { occupations2024 } from '../../src/shared/domain/occupations-2024';

const pathwayCodes = framework.clusters.flatMap((c) => c.pathways.map((p) => p.code));
const subClusterCodes = framework2024.clusters.flatMap((c) => c.subClusters.map((s) => s.code));

describe('sample occupations', () => {
  it('lists at least five for each of the 79 pathways and the 72 sub-clusters, and for nothing else', () => {
    expect(Object.keys(occupations16).sort()).toEqual([...pathwayCodes].sort());
    expect(Object.keys(occupations2024).sort()).toEqual([...subClusterCodes].sort());
    for (const code of [...pathwayCodes, ...subClusterCodes]) {
      expect(occupationsOf(code).length, code).toBeGreaterThanOrEqual(5);
    }
  });

  it('resolves every listed id, lists none twice in one place, and leaves no occupation unlisted', () => {
    for (const [code, ids] of Object.entries(occupationLists)) {
      for (const id of ids) expect(occupationById(id), `${code}: ${id}`).toBeDefined();
      expect(new Set(ids).size, code).toBe(ids.length);
    }
    const listed = new Set(Object.values(occupationLists).flat());
    expect(occupations.filter((o) => !listed.has(o.id)).map((o) => o.id)).toEqual([]);
  });

  it('gives each occupation a unique id and a well-formed 2018 SOC code (or none)', () => {
    const ids = occupations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of occupations) {
      expect(o.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (o.soc !== null) {
        // 2018 SOC: major groups are the odd numbers 11–53, and 55 (military); detailed codes end in 1–9.
        expect(o.soc, o.id).toMatch(/^(1[13579]|2[13579]|3[13579]|4[13579]|5[135])-\d{3}[1-9]$/);
      }
    }
    expect(occupations.filter((o) => o.soc === null).length).toBeLessThan(occupations.length / 20);
  });

  it('files nurses and electricians where a counselor looks for them', () => {
    expect(occupationsOf('HS-TS').map((o) => o.id)).toContain('registered-nurse');
    expect(occupationsOf('HHS-PHH').map((o) => o.id)).toContain('registered-nurse');
    expect(occupationById('registered-nurse')?.soc).toBe('29-1141');
    expect(occupationById('electrician')?.soc).toBe('47-2111');
    expect(occupationsOf('AC-CON').map((o) => o.id)).toContain('electrician');
    expect(occupationsOf('CON-SKT').map((o) => o.id)).toContain('electrician');
  });
});
