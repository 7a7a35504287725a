import { describe, expect, it } from 'vitest';
import { framework } from '../../src/main/core/framework/data';
import { indexFrameworks, searchFrameworks, searchOccupations, type FrameworkSearchResult } from '../../src/shared/domain/framework-search';
import { editDistance, wordMatches } from '../../src/shared/domain/search-words';

const index = indexFrameworks(framework);

/** "cluster / pathway: occupation ids found" for each edition, the way a counselor reads the page. */
function found(result: FrameworkSearchResult) {
  const lines = (matches: FrameworkSearchResult['legacy'] | FrameworkSearchResult['modern']) =>
    matches.flatMap((m) => m.groups.map((g) => `${m.cluster.name} / ${g.group.name}: ${g.found.join(' ')}`));
  return { legacy: lines(result.legacy), modern: lines(result.modern) };
}

describe('the one search over both frameworks and their occupations', () => {
  it('finds "nurse" under Therapeutic Services (16) and Physical Health (2024), and nowhere else', () => {
    const r = found(searchFrameworks(index, 'nurse'));
    expect(r.legacy).toEqual([expect.stringMatching(/^Health Science \/ Therapeutic Services: .*registered-nurse/)]);
    expect(r.modern).toEqual([expect.stringMatching(/^Healthcare & Human Services \/ Physical Health: .*registered-nurse/)]);
  });

  it('forgives plurals, capitals and accents', () => {
    for (const q of ['nurses', 'NURSES', 'nursé', 'Registered Nurses']) {
      const r = searchFrameworks(index, q);
      expect(r.legacy.flatMap((m) => m.groups.map((g) => g.group.code)), q).toContain('HS-TS');
      expect(r.modern.flatMap((m) => m.groups.map((g) => g.group.code)), q).toContain('HHS-PHH');
    }
    expect(found(searchFrameworks(index, 'secretaries')).legacy.join('\n')).toMatch(/administrative-assistant/);
  });

  it('finds "electrition" (two letters wrong) as electrician, in Construction both times', () => {
    for (const q of ['electrician', 'electrition', 'electricians', 'elektrician']) {
      const r = searchFrameworks(index, q);
      expect(r.legacy.map((m) => m.cluster.code), q).toContain('AC');
      expect(r.modern.flatMap((m) => m.groups.filter((g) => g.found.includes('electrician')).map((g) => g.group.code)), q).toEqual(['CON-SKT']);
    }
  });

  it('finds occupations by a word people use and by SOC code', () => {
    expect(found(searchFrameworks(index, 'game designer')).modern).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Digital Technology \/ Software Solutions: game-designer/)]),
    );
    expect(searchFrameworks(index, '47-2111').modern.flatMap((m) => m.groups.flatMap((g) => g.found))).toEqual(['electrician']);
  });

  it('shows a whole cluster when the cluster matches, and every occupation of a matching sub-cluster', () => {
    const r = searchFrameworks(index, 'Hospitality, Events, and Tourism');
    expect(r.modern.map((m) => m.cluster.code)).toEqual(['HET']);
    expect(r.modern[0]?.groups).toHaveLength(4);
    const physical = searchFrameworks(index, 'physical health').modern.flatMap((m) => m.groups);
    expect(physical.map((g) => g.group.code)).toEqual(['HHS-PHH']);
    expect(physical[0]?.occupations.length).toBeGreaterThan(5);
  });

  it('keeps the 16-cluster answers it gave before: names, "and" for "&", codes', () => {
    expect(searchFrameworks(index, 'Health Sciences').legacy.map((m) => m.cluster.code)).toEqual(['HS']);
    expect(searchFrameworks(index, 'maintenance, installation and repair').legacy.flatMap((m) => m.groups.map((g) => g.group.code))).toEqual(['MN-MIR']);
    expect(searchFrameworks(index, 'MN-MIR').legacy.flatMap((m) => m.groups.map((g) => g.group.code))).toEqual(['MN-MIR']);
    expect(searchFrameworks(index, 'nothing like this exists')).toEqual({ legacy: [], modern: [] });
    const everything = searchFrameworks(index, '  ');
    expect(everything.legacy.flatMap((m) => m.groups)).toHaveLength(79);
    expect(everything.modern.flatMap((m) => m.groups)).toHaveLength(72);
  });
});

describe('word matching', () => {
  it('counts edits, a swap of neighbours as one, and stops past the bound', () => {
    expect(editDistance('electrition', 'electrician', 2)).toBe(2);
    expect(editDistance('nusre', 'nurse', 1)).toBe(1);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });

  it('allows no typo in a short word, one from five letters, two from eight', () => {
    expect(wordMatches('art', 'arm')).toBe(false);
    expect(wordMatches('nurse', 'purse')).toBe(true);
    expect(wordMatches('nurse', 'horse')).toBe(false);
    expect(wordMatches('welder', 'wilder')).toBe(true);
    expect(wordMatches('plumbre', 'plumber')).toBe(true);
    expect(wordMatches('electrition', 'electrician')).toBe(true);
    expect(wordMatches('electritoin', 'electrician')).toBe(false);
    expect(wordMatches('electr', 'electrician')).toBe(true);
    expect(wordMatches('nurses', 'nurse')).toBe(true);
    expect(wordMatches('nurses', 'nursing')).toBe(false);
  });
});

describe('occupations for a career interest', () => {
  const names = (query: string) => searchOccupations(query).map((o) => o.name);

  it('finds an occupation by a plural, a typo or its SOC code, names that start with the words first', () => {
    expect(names('nurses')).toContain('Registered Nurse');
    // Names that start with the words first, each part by name.
    expect(names('nurse')).toEqual(['Nurse Anesthetist', 'Nurse Midwife', 'Nurse Practitioner', 'Licensed Practical Nurse', 'Nursing Assistant', 'Registered Nurse']);
    expect(names('game design')).toEqual(['Video Game Designer']);
    expect(names('electrition')).toContain('Electrician');
    expect(names('electrition')[0]).toBe('Electrician');
    expect(names('29-1141')).toEqual(['Registered Nurse']);
    expect(searchOccupations('e', 3)).toHaveLength(3);
  });

  it('finds nothing for nothing, and nothing for words no occupation has', () => {
    expect(names('')).toEqual([]);
    expect(names('   ')).toEqual([]);
    expect(names('working with animals zzzz')).toEqual([]);
  });
});
