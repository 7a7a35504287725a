import { describe, expect, it } from 'vitest';
import { evaluateRequirements } from '../../../src/main/core/requirements/evaluate';
import { WISCONSIN_MINIMUMS, type RequirementSet } from '../../../src/shared/domain/requirements';
import { catalogOf, course, placed } from './fixtures';

const catalog = catalogOf([
  course('ENG9', { area: 'english' }),
  course('ENG10', { area: 'english' }),
  course('ALG1', { area: 'math' }),
  course('GEOM', { area: 'math' }),
  course('ALG2', { area: 'math' }),
  course('BIO', { area: 'science' }),
  course('CHEM', { area: 'science' }),
  course('CSP', { area: 'cte', tags: ['computer_science'] }),
  course('CSA', { area: 'cte', tags: ['computer_science'] }),
  course('ANSCI', { area: 'cte', tags: ['agriculture_science'] }),
  course('VETSCI', { area: 'cte', tags: ['agriculture_science'] }),
  course('WELD', { area: 'cte', credits: 0.5, length: 'semester' }),
  course('PE9', { area: 'physical_education', credits: 0.5, length: 'semester' }),
]);

const area = (result: ReturnType<typeof evaluateRequirements>, name: string) => result.areas.find((a) => a.area === name)!;

describe('graduation requirements', () => {
  it('counts completed courses as earned and every high-school course as planned', () => {
    const result = evaluateRequirements(WISCONSIN_MINIMUMS, [
      placed('ENG9', '9', { status: 'completed', grade: 'B' }),
      placed('ENG10', '10', { status: 'in_progress' }),
      placed('ALG1', '9', { status: 'completed', grade: 'A' }),
      placed('GEOM', '10'),
    ], catalog);
    expect(area(result, 'english')).toMatchObject({ earned: 1, planned: 2, required: 4, met: false, earnedMet: false });
    expect(area(result, 'math')).toMatchObject({ earned: 1, planned: 2, required: 3 });
    expect(result.total).toMatchObject({ earned: 2, planned: 4, required: 24, met: false });
  });

  it('counts a failed attempt (0 credits earned) for nothing, and its retake in full', () => {
    const result = evaluateRequirements(WISCONSIN_MINIMUMS, [
      placed('ALG1', '9', { status: 'completed', grade: 'F', creditsEarned: 0 }),
      placed('ALG1', '10', { status: 'completed', grade: 'C' }),
    ], catalog);
    expect(area(result, 'math')).toMatchObject({ earned: 1, planned: 1 });
  });

  it('lets computer science count for math, but 2 computer-science credits give at most 1 math credit', () => {
    const result = evaluateRequirements(WISCONSIN_MINIMUMS, [placed('ALG1', '9'), placed('CSP', '10'), placed('CSA', '11')], catalog);
    const math = area(result, 'math');
    expect(math.planned).toBe(2);
    expect(math.countsAs).toEqual([expect.objectContaining({ ruleId: 'cs-math', planned: 1 })]);
    // each credit counts once in the total, whatever the rules moved
    expect(result.total.planned).toBe(3);
  });

  it('does not move computer-science credit into math once math is already met', () => {
    const result = evaluateRequirements(WISCONSIN_MINIMUMS, [placed('ALG1', '9'), placed('GEOM', '10'), placed('ALG2', '11'), placed('CSP', '12')], catalog);
    expect(area(result, 'math')).toMatchObject({ planned: 3, met: true, countsAs: [] });
  });

  it('counts a qualifying agriculture course as science, with no cap', () => {
    const result = evaluateRequirements(WISCONSIN_MINIMUMS, [placed('BIO', '9'), placed('ANSCI', '10'), placed('VETSCI', '11')], catalog);
    expect(area(result, 'science')).toMatchObject({ planned: 3, met: true });
    expect(area(result, 'science').countsAs).toEqual([expect.objectContaining({ ruleId: 'ag-science', planned: 2 })]);
    const untagged = evaluateRequirements(WISCONSIN_MINIMUMS, [placed('BIO', '9'), placed('WELD', '10')], catalog);
    expect(area(untagged, 'science').planned).toBe(1);
  });

  it('keeps earned and planned counts-as apart: a planned CS course is not earned math', () => {
    const result = evaluateRequirements(WISCONSIN_MINIMUMS, [
      placed('ALG1', '9', { status: 'completed' }),
      placed('GEOM', '10', { status: 'completed' }),
      placed('CSA', '11'),
    ], catalog);
    expect(area(result, 'math')).toMatchObject({ earned: 2, planned: 3, earnedMet: false, met: true });
  });

  it('honours a rule that names a source area and a cap of its own', () => {
    const set: RequirementSet = {
      ...WISCONSIN_MINIMUMS,
      rules: [{ id: 'half', fromTag: 'computer_science', fromArea: 'cte', toArea: 'math', maxCredits: 0.5, description: 'half a credit' }],
    };
    const result = evaluateRequirements(set, [placed('CSP', '10'), placed('CSA', '11')], catalog);
    expect(area(result, 'math').planned).toBe(0.5);
  });

  it('ignores postsecondary years and courses the catalog does not have', () => {
    const result = evaluateRequirements(WISCONSIN_MINIMUMS, [placed('ENG9', 'ps1'), placed('GONE', '9')], catalog);
    expect(result.total.planned).toBe(0);
  });

  it('is all planned only when every area and the total are', () => {
    const small: RequirementSet = { ...WISCONSIN_MINIMUMS, areas: [{ area: 'english', credits: 2 }], totalCredits: 2.5, rules: [] };
    const short = evaluateRequirements(small, [placed('ENG9', '9'), placed('ENG10', '10')], catalog);
    expect(short.allPlanned).toBe(false);
    const enough = evaluateRequirements(small, [placed('ENG9', '9'), placed('ENG10', '10'), placed('PE9', '9')], catalog);
    expect(enough.allPlanned).toBe(true);
  });

  it('reports the civics test as met only once recorded', () => {
    const notYet = evaluateRequirements(WISCONSIN_MINIMUMS, [], catalog);
    expect(notYet.nonCredit).toEqual([expect.objectContaining({ id: 'civics-test', met: false, date: null })]);
    const met = evaluateRequirements(WISCONSIN_MINIMUMS, [], catalog, [{ requirementId: 'civics-test', date: '2026-05-01' }]);
    expect(met.nonCredit[0]).toMatchObject({ met: true, date: '2026-05-01' });
  });
});
