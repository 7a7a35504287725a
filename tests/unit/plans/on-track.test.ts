import { describe, expect, it } from 'vitest';
import { currentGrade, expectedByGrade, finishedGrade, onTrack } from '../../../src/main/core/plans/on-track';
import { evaluateProgress, type CountedCourse } from '../../../src/main/core/requirements/evaluate';
import { WISCONSIN_MINIMUMS } from '../../../src/shared/domain/requirements';

const counted = (area: CountedCourse['area'], earned: number, planned = earned): CountedCourse => ({ area, tags: [], earned, planned });

/** A plan meeting every Wisconsin minimum (24 in all), with `earned` credits already earned. */
function fullPlan(earned: number) {
  const courses = [counted('english', 0, 4), counted('math', 0, 3), counted('science', 0, 3), counted('social_studies', 0, 3),
    counted('physical_education', 0, 1.5), counted('health', 0, 0.5), counted('personal_finance', 0, 0.5), counted('elective', earned, 8.5)];
  return evaluateProgress(WISCONSIN_MINIMUMS, courses);
}

describe('on track', () => {
  it('spreads the total evenly by default and uses the set’s own expectation when it has one', () => {
    expect(expectedByGrade(WISCONSIN_MINIMUMS)).toEqual({ '9': 6, '10': 12, '11': 18, '12': 24 });
    expect(expectedByGrade({ totalCredits: 22.5, expectedByGrade: null })).toEqual({ '9': 5.75, '10': 11.25, '11': 17, '12': 22.5 });
    expect(expectedByGrade({ totalCredits: 24, expectedByGrade: { '9': 5, '10': 11, '11': 17, '12': 24 } })['10']).toBe(11);
  });

  it('finishes the grade before the current one: none in grade 9, and the grade follows the class year through the school year', () => {
    expect([9, 10, 12, null].map(finishedGrade)).toEqual([null, 9, 11, null]);
    expect(currentGrade({ grade: 9, classYear: 2028 }, new Date('2026-12-01T12:00:00Z'))).toBe(11);
    expect(currentGrade({ grade: 10, classYear: 2028 }, new Date('2026-07-31T12:00:00Z'))).toBe(10);
    expect(currentGrade({ grade: 10, classYear: null }, new Date('2026-12-01T12:00:00Z'))).toBe(10);
  });

  it('is on track with the credits expected and a plan meeting every requirement; off track with a sentence per reason', () => {
    expect(onTrack({ grade: 12, set: WISCONSIN_MINIMUMS, progress: fullPlan(18), hasRecord: true })).toMatchObject({ verdict: 'on_track', expected: 18, reasons: [] });
    const short = onTrack({ grade: 12, set: WISCONSIN_MINIMUMS, progress: fullPlan(15.5), hasRecord: true });
    expect(short).toMatchObject({ verdict: 'off_track', reasons: ['2.5 credits short of the 18 expected by the end of grade 11'] });
    const noMath = evaluateProgress(WISCONSIN_MINIMUMS, [counted('english', 4), counted('math', 2, 2), counted('elective', 6)]);
    expect(onTrack({ grade: 10, set: WISCONSIN_MINIMUMS, progress: noMath, hasRecord: true }).reasons).toContain('the plan does not yet meet Mathematics: 2 of 3 planned');
  });

  it('judges a ninth grader by the plan alone, and nobody without a grade or a record', () => {
    expect(onTrack({ grade: 9, set: WISCONSIN_MINIMUMS, progress: fullPlan(0), hasRecord: true })).toMatchObject({ verdict: 'on_track', finishedGrade: null, expected: 0 });
    expect(onTrack({ grade: null, set: WISCONSIN_MINIMUMS, progress: fullPlan(0), hasRecord: true }).verdict).toBe('unknown');
    expect(onTrack({ grade: 12, set: WISCONSIN_MINIMUMS, progress: fullPlan(0), hasRecord: false }).verdict).toBe('unknown');
  });
});
