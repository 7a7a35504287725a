import { describe, expect, it } from 'vitest';
import { framework } from '../../src/main/core/framework/data';
import { findCluster, findPathway } from '../../src/main/core/framework/lookup';
import { indexFrameworks, searchFrameworks } from '../../src/shared/domain/framework-search';
import { frameworkChoices, searchFrameworkChoices } from '../../src/renderer/src/plan/frameworkChoices';

/**
 * One rule (shared/domain/framework-names.ts) for which spellings name a cluster or pathway: any
 * spelling an import or the command line accepts, the editor's framework page and plan search
 * find too, and the other way round.
 */
/** Another way a document writes the name: "&" and "and" swapped, words run together with dashes, in capitals. */
const respelled = (name: string) =>
  name
    .replace(/ & | and /g, (m) => (m === ' & ' ? ' and ' : ' & '))
    .replace(/ /g, '-')
    .toUpperCase();

describe('framework names on both sides', () => {
  const index = indexFrameworks(framework);
  const choices = frameworkChoices(framework, []);

  it('finds every cluster and pathway by each of its spellings, on the Node side and in the editor', () => {
    for (const c of framework.clusters) {
      for (const spelling of [c.name, ...c.aliases, respelled(c.name)]) {
        expect(findCluster(spelling)?.code, spelling).toBe(c.code);
        expect(searchFrameworks(index, spelling).legacy.map((m) => m.cluster.code), spelling).toContain(c.code);
        expect(searchFrameworkChoices(choices, spelling, 500).map((x) => x.id), spelling).toContain(`cluster:${c.code}`);
      }
      for (const p of c.pathways) {
        for (const spelling of [p.name, ...p.aliases, respelled(p.name)]) {
          expect(findPathway(spelling, c.code)?.code, spelling).toBe(p.code);
          expect(searchFrameworks(index, spelling).legacy.flatMap((m) => m.groups.map((g) => g.group.code)), spelling).toContain(p.code);
          expect(searchFrameworkChoices(choices, spelling, 500).map((x) => x.id), spelling).toContain(`pathway:${p.code}`);
        }
      }
    }
  });
});
