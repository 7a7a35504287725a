import { describe, expect, it } from 'vitest';
import { HEAVY_LOAD_CREDITS, comesBefore, planWarnings } from '../../../src/main/core/plans/warnings';
import { catalogOf, course, placed } from './fixtures';

const catalog = catalogOf([
  course('ALG1', { area: 'math', grades: [9, 10] }),
  course('IM1', { area: 'math', grades: [9] }),
  course('GEOM', { area: 'math', prerequisites: [['ALG1', 'IM1']] }),
  course('ALG2', { area: 'math', prerequisites: [['ALG1', 'IM1'], ['GEOM']], grades: [10, 11, 12] }),
  course('WELD1', { area: 'cte', credits: 0.5, length: 'semester' }),
  course('WELD2', { area: 'cte', credits: 0.5, length: 'semester', prerequisites: [['WELD1']] }),
  course('APLIT', { area: 'english', grades: [12] }),
  course('BAND', { area: 'fine_arts', repeatable: true }),
  course('BIG', { area: 'cte', credits: 3 }),
]);

const kinds = (list: ReturnType<typeof planWarnings>) => list.map((w) => w.kind);

describe('plan warnings', () => {
  it('finds nothing wrong with a sound plan', () => {
    const plan = [placed('ALG1', '9'), placed('GEOM', '10'), placed('ALG2', '11'), placed('BAND', '9'), placed('BAND', '10')];
    expect(planWarnings(plan, catalog)).toEqual([]);
  });

  it('flags a missing prerequisite, and accepts either course of an "or"', () => {
    const missing = planWarnings([placed('GEOM', '10')], catalog);
    expect(kinds(missing)).toEqual(['prerequisite_missing']);
    expect(missing[0]!.message).toContain('Course ALG1 (ALG1) or Course IM1 (IM1)');
    expect(planWarnings([placed('IM1', '9'), placed('GEOM', '10')], catalog)).toEqual([]);
  });

  it('checks each "and" group of prerequisites on its own', () => {
    const warnings = planWarnings([placed('ALG1', '9'), placed('ALG2', '10')], catalog);
    expect(warnings).toEqual([expect.objectContaining({ kind: 'prerequisite_missing', id: 'prerequisite_missing:ALG2:10:GEOM' })]);
  });

  it('flags a prerequisite planned later, or alongside it in the same year', () => {
    expect(kinds(planWarnings([placed('GEOM', '10'), placed('ALG1', '10', { term: 'full_year' })], catalog))).toEqual(['prerequisite_later']);
    expect(kinds(planWarnings([placed('GEOM', '9'), placed('ALG1', '10')], catalog))).toEqual(['prerequisite_later']);
  });

  it('accepts a prerequisite in an earlier term of the same year, not the same or a later one', () => {
    expect(planWarnings([placed('WELD1', '10', { term: 'S1' }), placed('WELD2', '10', { term: 'S2' })], catalog)).toEqual([]);
    expect(planWarnings([placed('WELD1', '10', { term: 'Q2' }), placed('WELD2', '10', { term: 'S2' })], catalog)).toEqual([]);
    expect(kinds(planWarnings([placed('WELD1', '10', { term: 'S1' }), placed('WELD2', '10', { term: 'Q2' })], catalog))).toEqual(['prerequisite_later']);
    expect(kinds(planWarnings([placed('WELD1', '10', { term: 'S2' }), placed('WELD2', '10', { term: 'S1' })], catalog))).toEqual(['prerequisite_later']);
    expect(comesBefore({ year: '9', term: 'full_year' }, { year: '10', term: 'Q1' })).toBe(true);
  });

  it('does not let a failed attempt satisfy a prerequisite', () => {
    const plan = [placed('ALG1', '9', { status: 'completed', grade: 'F', creditsEarned: 0 }), placed('GEOM', '10')];
    expect(kinds(planWarnings(plan, catalog))).toEqual(['prerequisite_missing']);
  });

  it('leaves completed and in-progress courses alone: they are history', () => {
    const plan = [placed('GEOM', '9', { status: 'completed', grade: 'B' }), placed('APLIT', '11', { status: 'in_progress' })];
    expect(planWarnings(plan, catalog)).toEqual([]);
  });

  it('flags a course planned in a grade it is not offered in', () => {
    const warnings = planWarnings([placed('APLIT', '11')], catalog);
    expect(warnings).toEqual([expect.objectContaining({ kind: 'not_offered_in_grade', courseNumber: 'APLIT', year: '11' })]);
    expect(warnings[0]!.message).toContain('grades 12, not in grade 11');
    expect(planWarnings([placed('APLIT', '12')], catalog)).toEqual([]);
  });

  it('flags a course placed twice unless it is repeatable or the first attempt was failed', () => {
    expect(kinds(planWarnings([placed('ALG1', '9'), placed('ALG1', '10')], catalog))).toEqual(['duplicate_course']);
    expect(planWarnings([placed('BAND', '9'), placed('BAND', '10'), placed('BAND', '11')], catalog)).toEqual([]);
    const retake = [placed('ALG1', '9', { status: 'completed', grade: 'F', creditsEarned: 0 }), placed('ALG1', '10')];
    expect(planWarnings(retake, catalog)).toEqual([]);
  });

  it(`flags more than ${HEAVY_LOAD_CREDITS} credits in a year, and not exactly ${HEAVY_LOAD_CREDITS}`, () => {
    const exactly = [placed('BIG', '11'), ...[1, 2, 3, 4].map(() => placed('BAND', '11')), placed('WELD1', '11', { term: 'S1' })];
    expect(3 + 4 + 0.5).toBe(HEAVY_LOAD_CREDITS);
    expect(planWarnings(exactly, catalog)).toEqual([]);
    const heavy = [...exactly, placed('WELD2', '11', { term: 'S2' })];
    expect(planWarnings(heavy, catalog)).toEqual([expect.objectContaining({ kind: 'heavy_load', id: 'heavy_load:11', year: '11' })]);
    expect(planWarnings(heavy.map((c) => ({ ...c, status: 'completed' as const })), catalog)).toHaveLength(1);
  });

  it('flags a course number the catalog does not have', () => {
    expect(planWarnings([placed('GONE', '10'), placed('NOPE-1', 'ps1')], catalog).map((w) => w.id)).toEqual(['unknown_course:GONE:10', 'unknown_course:NOPE-1:ps1']);
  });

  it('attaches an acknowledgement to the warning with the same id, and only to it', () => {
    const plan = [placed('GEOM', '10'), placed('APLIT', '11')];
    const [first] = planWarnings(plan, catalog);
    const acknowledged = planWarnings(plan, catalog, [{ warningId: first!.id, note: 'Took Algebra 1 in summer school', date: '2026-09-01' }]);
    expect(acknowledged.map((w) => w.acknowledged)).toEqual([{ note: 'Took Algebra 1 in summer school', date: '2026-09-01' }, null]);
  });
});
