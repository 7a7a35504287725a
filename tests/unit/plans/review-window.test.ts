import { describe, expect, it } from 'vitest';
import { reviewWindow, statusFrom } from '../../../src/main/core/plans/status';
import { SchoolYearText, schoolYearEndOf } from '../../../src/shared/domain/year';

const at = (day: string) => new Date(`${day}T12:00:00Z`);
const complete = { hasContent: true, chosen: true, openWarnings: 0 };

describe('the review window: "reviewed this school year"', () => {
  it('is August–July by the calendar when no school year was started', () => {
    expect(reviewWindow(at('2026-12-02'), null)).toEqual({ first: '2026-08-01', last: '2027-07-31' });
    expect(reviewWindow(at('2027-07-31'), null)).toEqual({ first: '2026-08-01', last: '2027-07-31' });
    expect(reviewWindow(at('2027-08-01'), null)).toEqual({ first: '2027-08-01', last: '2028-07-31' });
  });

  it('starts on the day a school year was started early, and keeps that day once the calendar reaches the year', () => {
    const started = { schoolYear: 2028, startedOn: '2027-06-14' };
    expect(reviewWindow(at('2027-06-20'), started)).toEqual({ first: '2027-06-14', last: '2028-07-31' });
    expect(reviewWindow(at('2027-10-01'), started)).toEqual({ first: '2027-06-14', last: '2028-07-31' });
    // A year later the calendar's next year takes over.
    expect(reviewWindow(at('2028-08-01'), started)).toEqual({ first: '2028-08-01', last: '2029-07-31' });
  });

  it('makes a May review complete once the next year is started in June, and a review after the start count', () => {
    const started = { schoolYear: 2028, startedOn: '2027-06-14' };
    const today = at('2027-06-20');
    expect(statusFrom({ ...complete, lastReviewed: '2027-05-10' }, true, reviewWindow(today, null))).toBe('reviewed');
    expect(statusFrom({ ...complete, lastReviewed: '2027-05-10' }, true, reviewWindow(today, started))).toBe('complete');
    expect(statusFrom({ ...complete, lastReviewed: '2027-06-14' }, true, reviewWindow(today, started))).toBe('reviewed');
  });
});

describe('school years as written', () => {
  it('takes YYYY-YY with consecutive years only', () => {
    expect(SchoolYearText.safeParse('2027-28').success).toBe(true);
    expect(SchoolYearText.safeParse('2099-00').success).toBe(true);
    for (const bad of ['2027-29', '2027-2028', '27-28', '2027/28', '']) expect(SchoolYearText.safeParse(bad).success, bad).toBe(false);
    expect(schoolYearEndOf('2027-28')).toBe(2028);
  });
});
