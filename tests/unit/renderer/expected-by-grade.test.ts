import { describe, expect, it } from 'vitest';
import {
  byGradeFromTotal,
  expectedDraftOf,
  expectedFromDraft,
  expectedProblem,
  type ExpectedDraft,
} from '../../../src/renderer/src/requirements/expected';

const byGrade = (g9: string, g10: string, g11: string, g12: string): ExpectedDraft => ({
  mode: 'by_grade',
  byGrade: { '9': g9, '10': g10, '11': g11, '12': g12 },
});

describe('credits expected by the end of each grade, as the requirements form checks them', () => {
  it('keeps the even spread as null, and starts "by grade" from the spread in quarter steps', () => {
    expect(expectedFromDraft(expectedDraftOf(null, 24))).toBeNull();
    expect(byGradeFromTotal(24)).toEqual({ '9': '6', '10': '12', '11': '18', '12': '24' });
    // 23.5 / 4 = 5.875: rounded to a quarter as the on-track verdict rounds it, so the prefilled figures are ones the set accepts.
    expect(byGradeFromTotal(23.5)).toEqual({ '9': '6', '10': '11.75', '11': '17.75', '12': '23.5' });
    expect(expectedDraftOf({ '9': 5, '10': 11, '11': 17, '12': 24 }, 24)).toEqual(byGrade('5', '11', '17', '24'));
  });

  it('takes cumulative quarter-step figures up to the total', () => {
    expect(expectedProblem(byGrade('5', '11', '17.25', '23.5'), 24)).toBeNull();
    expect(expectedFromDraft(byGrade('5', '11', '17.25', '23.5'))).toEqual({ '9': 5, '10': 11, '11': 17.25, '12': 23.5 });
  });

  it('names the grade and says what to do for each figure it refuses', () => {
    expect(expectedProblem(byGrade('6', '5', '18', '24'), 24)).toEqual({
      grade: '10',
      message:
        'Credits expected by the end of grade 10 (5) are fewer than by the end of grade 9 (6): the figures add up year by year, so each is at least the one before.',
    });
    expect(expectedProblem(byGrade('6', '12', '18.1', '24'), 24)?.grade).toBe('11');
    expect(expectedProblem(byGrade('6', '12', '18.1', '24'), 24)?.message).toMatch(/quarter-credit steps/);
    expect(expectedProblem(byGrade('', '12', '18', '24'), 24)?.message).toMatch(/^Credits expected by the end of grade 9: “” is not a number/);
    expect(expectedProblem(byGrade('6', '12', '18', 'six'), 24)?.grade).toBe('12');
    expect(expectedProblem(byGrade('6', '12', '18', '25'), 24)).toEqual({
      grade: '12',
      message: 'Credits expected by the end of grade 12 (25) are more than the 24 needed to graduate: lower it to 24 or less.',
    });
  });
});
