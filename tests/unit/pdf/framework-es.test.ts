import { describe, expect, it } from 'vitest';
import { framework } from '../../../src/main/core/framework/data';
import { FRAMEWORK_2024_ES } from '../../../src/main/core/pdf/framework-2024-es';
import { FRAMEWORK_ES, frameworkNameEs } from '../../../src/main/core/pdf/framework-es';
import { framework2024 } from '../../../src/shared/domain/framework-2024';

/** Issue 14: every cluster and pathway the app ships has a Spanish name, marked own or published. */
describe('the framework in Spanish', () => {
  const codes = framework.clusters.flatMap((c) => [c.code, ...c.pathways.map((p) => p.code)]);

  it('names all 16 clusters and 79 pathways, and nothing else', () => {
    expect(framework.clusters).toHaveLength(16);
    expect(codes).toHaveLength(16 + 79);
    expect(Object.keys(FRAMEWORK_ES).sort()).toEqual([...codes].sort());
  });

  it('gives each a Spanish name that is not the English one, and says whose translation it is', () => {
    const english = new Map(framework.clusters.flatMap((c) => [[c.code, c.name], ...c.pathways.map((p) => [p.code, p.name] as const)]));
    for (const code of codes) {
      const name = FRAMEWORK_ES[code]!;
      expect(name.es.trim(), code).not.toBe('');
      expect(name.es, code).not.toBe(english.get(code));
      expect(['own', 'published']).toContain(name.source);
    }
  });

  it('falls back to the English name for a code it does not know', () => {
    expect(frameworkNameEs('IT-PSD', 'Programming & Software Development')).toBe('Programación y Desarrollo de Software');
    expect(frameworkNameEs('XX-LOCAL', 'Our Own Pathway')).toBe('Our Own Pathway');
  });

  it('names all 14 clusters and 72 sub-clusters of 2024, each in Spanish and marked whose translation it is', () => {
    const named = framework2024.clusters.flatMap((c) => [c, ...c.subClusters]);
    expect(named).toHaveLength(14 + 72);
    expect(Object.keys(FRAMEWORK_2024_ES).sort()).toEqual(named.map((n) => n.code).sort());
    for (const n of named) {
      const name = FRAMEWORK_2024_ES[n.code]!;
      expect(name.es.trim(), n.code).not.toBe('');
      expect(name.es, n.code).not.toBe(n.name);
      expect(['own', 'published']).toContain(name.source);
    }
  });
});
