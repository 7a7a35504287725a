import { describe, expect, it } from 'vitest';
import { ClassYear } from '../../../src/shared/domain/student';
import { parseBirthDate } from '../../../src/main/core/roster/dates';
import { classYearForGrade, gradeForClassYear, parseClassYear, parseEmail, parseGrade, schoolYearEnd } from '../../../src/main/core/roster/values';

const TODAY = '2026-11-22';

describe('grades as schools write them', () => {
  it('numbers, ordinals, prefixes and class names', () => {
    const cases: [string, number][] = [
      ['9', 9], ['09', 9], ['9th', 9], ['9th Grade', 9], ['Grade 9', 9], ['Gr 9', 9], ['Gr. 9', 9], ['GR9', 9], ['12.0', 12], ['6', 6],
      ['Freshman', 9], ['FR', 9], ['Fr.', 9], ['Sophomore', 10], ['SO', 10], ['Junior', 11], ['JR', 11], ['Senior', 12], ['sr', 12],
    ];
    for (const [text, grade] of cases) expect(parseGrade(text), text).toEqual({ ok: true, value: grade });
  });

  it('blank is no grade; out of range and nonsense are explained', () => {
    expect(parseGrade('  ')).toEqual({ ok: true, value: null });
    expect(parseGrade('15')).toEqual({ ok: false, reason: 'Grade "15" is not a high-school grade (6–12).' });
    expect(parseGrade('5th')).toEqual({ ok: false, reason: 'Grade "5th" is not a high-school grade (6–12).' });
    expect(parseGrade('K')).toEqual({ ok: false, reason: 'Grade "K" is not a high-school grade (6–12).' });
    expect(parseGrade('ninth')).toEqual({ ok: false, reason: 'Grade "ninth" is not a grade; write it as a number from 6 to 12.' });
  });
});

describe('class year and grade from each other', () => {
  it('a school year starts in August', () => {
    expect(schoolYearEnd('2026-07-31')).toBe(2026);
    expect(schoolYearEnd('2026-08-01')).toBe(2027);
    expect(schoolYearEnd(TODAY)).toBe(2027);
  });

  it('in 2026–27 grade 9 is the class of 2030 and the class of 2027 is in grade 12', () => {
    expect(classYearForGrade(9, TODAY)).toBe(2030);
    expect(classYearForGrade(12, TODAY)).toBe(2027);
    expect(gradeForClassYear(2027, TODAY)).toBe(12);
    expect(gradeForClassYear(2030, '2027-03-01')).toBe(9);
    expect(gradeForClassYear(2030, '2027-09-01')).toBe(10);
  });

  it('reads class years as written', () => {
    expect(parseClassYear('2029')).toEqual({ ok: true, value: 2029 });
    expect(parseClassYear('Class of 2029')).toEqual({ ok: true, value: 2029 });
    expect(parseClassYear("'29")).toEqual({ ok: true, value: 2029 });
    expect(parseClassYear('2029.0')).toEqual({ ok: true, value: 2029 });
    expect(parseClassYear('')).toEqual({ ok: true, value: null });
    expect(parseClassYear('next year').ok).toBe(false);
    expect(parseClassYear('1850')).toEqual({ ok: false, reason: 'Class year "1850" is not a plausible graduation year.' });
  });

  it('keeps class years inside the ClassYear schema, at both ends', () => {
    for (const text of ['1989', '1990', '2100', '2101', '9999']) {
      const schema = ClassYear.safeParse(Number(text)).success;
      expect(parseClassYear(text).ok, text).toBe(schema);
    }
    expect(parseClassYear('2100')).toEqual({ ok: true, value: 2100 });
    expect(parseClassYear('2101').ok).toBe(false);
  });
});

describe('birth dates', () => {
  it('YYYY-MM-DD, and US month/day order for slashes and dashes', () => {
    expect(parseBirthDate('2010-03-04', TODAY)).toEqual({ ok: true, value: '2010-03-04' });
    expect(parseBirthDate('2010/3/4', TODAY)).toEqual({ ok: true, value: '2010-03-04' });
    expect(parseBirthDate('3/4/2010', TODAY)).toEqual({ ok: true, value: '2010-03-04' });
    expect(parseBirthDate('03-04-2010', TODAY)).toEqual({ ok: true, value: '2010-03-04' });
    expect(parseBirthDate('12/31/2008 0:00', TODAY)).toEqual({ ok: true, value: '2008-12-31' });
    expect(parseBirthDate('2010-03-04T00:00:00Z', TODAY)).toEqual({ ok: true, value: '2010-03-04' });
  });

  it('what Excel writes to CSV for its text-month formats', () => {
    expect(parseBirthDate('4-Mar-10', TODAY)).toEqual({ ok: true, value: '2010-03-04' });
    expect(parseBirthDate('Mar 4, 2010', TODAY)).toEqual({ ok: true, value: '2010-03-04' });
    expect(parseBirthDate('September 12 2011', TODAY)).toEqual({ ok: true, value: '2011-09-12' });
  });

  it('two-digit years fall in the past century when this one would be in the future', () => {
    expect(parseBirthDate('03/04/10', TODAY)).toEqual({ ok: true, value: '2010-03-04' });
    expect(parseBirthDate('03/04/98', TODAY)).toEqual({ ok: true, value: '1998-03-04' });
    expect(parseBirthDate('11/22/26', TODAY)).toEqual({ ok: true, value: '2026-11-22' });
    expect(parseBirthDate('11/23/26', TODAY)).toEqual({ ok: true, value: '1926-11-23' });
  });

  it('rejects impossible, future and unreadable dates with a reason', () => {
    expect(parseBirthDate('2/30/2010', TODAY)).toEqual({ ok: false, reason: 'Birth date "2/30/2010" is not a real date on the calendar.' });
    expect(parseBirthDate('2/29/2011', TODAY).ok).toBe(false);
    expect(parseBirthDate('2/29/2012', TODAY)).toEqual({ ok: true, value: '2012-02-29' });
    expect(parseBirthDate('13/1/2010', TODAY).ok).toBe(false);
    expect(parseBirthDate('1/1/2030', TODAY)).toEqual({ ok: false, reason: 'Birth date "1/1/2030" is in the future.' });
    expect(parseBirthDate('38718', TODAY)).toEqual({ ok: false, reason: 'Birth date "38718" is not a date this app can read; write it as MM/DD/YYYY or YYYY-MM-DD.' });
    expect(parseBirthDate('4.3.2010', TODAY).ok).toBe(false);
    expect(parseBirthDate('', TODAY)).toEqual({ ok: true, value: null });
  });
});

describe('emails', () => {
  it('lightly checked', () => {
    expect(parseEmail(' ana.pena@example.org ', 'Email')).toEqual({ ok: true, value: 'ana.pena@example.org' });
    expect(parseEmail('mailto:ana@example.org', 'Email')).toEqual({ ok: true, value: 'ana@example.org' });
    expect(parseEmail('', 'Email')).toEqual({ ok: true, value: null });
    expect(parseEmail('Ana Peña', 'Parent/guardian email')).toEqual({ ok: false, reason: 'Parent/guardian email "Ana Peña" is not an email address.' });
    expect(parseEmail('a@b', 'Email').ok).toBe(false);
    expect(parseEmail('a@x.org; b@y.org', 'Email').ok).toBe(false);
  });
});
