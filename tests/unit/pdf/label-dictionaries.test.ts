import { describe, expect, it } from 'vitest';
import { framework } from '../../../src/main/core/framework/data';
import { buildLabels, framework2024LabelKey, frameworkLabelKey, LABELS, placeholdersOf } from '../../../src/main/core/pdf/labels';
import { framework2024 } from '../../../src/shared/domain/framework-2024';
import { EN_DICTIONARY } from '../../../src/main/core/pdf/labels-en';
import { ES_DICTIONARY } from '../../../src/main/core/pdf/labels-es';

/**
 * The shipped languages are data: Spanish has every English key with the same placeholders, and the
 * shipped framework's names by code; the one builder fills placeholders once and falls back to the
 * store's name where a dictionary has none.
 */
const frameworkCodes = framework.clusters.flatMap((c) => [c.code, ...c.pathways.map((p) => p.code)]);

describe('the label dictionaries', () => {
  it('give Spanish every English key, with the same placeholders', () => {
    for (const [key, english] of Object.entries(EN_DICTIONARY)) {
      expect(ES_DICTIONARY[key], key).toBeTruthy();
      expect(placeholdersOf(ES_DICTIONARY[key]!), key).toEqual(placeholdersOf(english));
    }
  });

  it('name in Spanish the 16 clusters, the 79 pathways, the 2024 framework and the civics test, and nothing else beyond English', () => {
    expect(frameworkCodes).toHaveLength(95);
    const codes2024 = framework2024.clusters.flatMap((c) => [c.code, ...c.subClusters.map((s) => s.code)]);
    const extra = Object.keys(ES_DICTIONARY).filter((k) => !(k in EN_DICTIONARY)).sort();
    expect(extra).toEqual(['nonCredit.civics-test', ...frameworkCodes.map(frameworkLabelKey), ...codes2024.map(framework2024LabelKey)].sort());
    expect(frameworkLabelKey('AG')).toBe('cluster.AG');
    expect(frameworkLabelKey('AG-ABS')).toBe('pathway.AG-ABS');
  });

  it('print English framework names and the civics test as the store has them', () => {
    expect(LABELS.en.frameworkName('IT-PSD', 'Our renamed pathway')).toBe('Our renamed pathway');
    expect(LABELS.en.nonCreditName('civics-test', 'Civics exam')).toBe('Civics exam');
    expect(LABELS.es.frameworkName('IT-PSD', 'x')).toBe('Programación y Desarrollo de Software');
    expect(LABELS.es.nonCreditName('civics-test', 'x')).toBe('Examen de educación cívica');
    expect(LABELS.es.framework2024Name('HHS-PHH', 'x')).toBe('Salud Física');
    expect(LABELS.en.framework2024Name('HHS-PHH', 'Physical Health')).toBe('Physical Health');
  });

  it('fill each placeholder once, so a value holding braces prints as it is', () => {
    const labels = buildLabels({ ...EN_DICTIONARY, alternateFor: 'For {title} ({title})' });
    expect(labels.alternateFor('Art {rank}', 1)).toBe('For Art {rank} (Art {rank})');
    expect(LABELS.es.longDate('2026-12-01')).toBe('1 de diciembre de 2026');
    expect(LABELS.en.longDate('2026-12-01')).toBe('December 1, 2026');
    expect(LABELS.en.longDate('someday')).toBe('someday');
    expect(LABELS.es.alternateFor('Arte', 2)).toBe('Alternativa 2 para Arte');
    expect(LABELS.en.yearHead('ps1', '2030-31')).toEqual({ label: 'After high school', sub: 'year 1 · 2030-31' });
  });
});
