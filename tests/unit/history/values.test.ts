import { describe, expect, it } from 'vitest';
import { isProgressRow, parseCredits, parseExcluded, parseGradeLevel, parseMark, parseResult, parseSchoolYear, schoolYearFromTermId } from '../../../src/main/core/history/values';

const value = <T>(p: { ok: true; value: T } | { ok: false; reason: string }) => (p.ok ? p.value : `refused: ${p.reason}`);

describe('transcript values as the systems write them', () => {
  it('reads school years in every common form as the year they end', () => {
    for (const text of ['2024-25', '2024-2025', '24-25', 'SY 2024-25', '2025', '2024/25', '2024–25']) expect(value(parseSchoolYear(text)), text).toBe(2025);
    expect(value(parseSchoolYear('1999-00'))).toBe(2000);
    expect(value(parseSchoolYear(''))).toBeNull();
    expect(value(parseSchoolYear('2024-26'))).toMatch(/refused: .*one year to the next/);
    expect(value(parseSchoolYear('someday'))).toMatch(/refused: School year "someday" is not a school year; write it as 2024-25/);
  });

  it('reads PowerSchool TermIDs: year ID 34 began in 2024, so 3400 and its terms are 2024-25', () => {
    expect(value(schoolYearFromTermId('3400'))).toBe(2025);
    expect(value(schoolYearFromTermId('3401'))).toBe(2025);
    expect(value(schoolYearFromTermId('3604'))).toBe(2027);
    expect(value(schoolYearFromTermId('S1'))).toMatch(/refused/);
  });

  it('reads grade levels as 9, 09, Grade 9, 9th; refuses 14', () => {
    for (const text of ['9', '09', 'Grade 9', '9th', 'Gr. 9', 'freshman']) expect(value(parseGradeLevel(text)), text).toBe(9);
    expect(value(parseGradeLevel('14'))).toMatch(/refused: .*not a grade from kindergarten to 12/);
  });

  it('reads letters with + and −, numbers (failing below 60), P/F, I, W/WP/WF, NC and IP', () => {
    expect(value(parseMark('B+'))).toEqual({ grade: 'B+', result: 'passed' });
    expect(value(parseMark('a−'))).toEqual({ grade: 'A-', result: 'passed' });
    expect(value(parseMark('F'))).toEqual({ grade: 'F', result: 'failed' });
    expect(value(parseMark('59'))).toEqual({ grade: '59', result: 'failed' });
    expect(value(parseMark('60'))).toEqual({ grade: '60', result: 'passed' });
    expect(value(parseMark('P'))).toEqual({ grade: 'P', result: 'passed' });
    expect(value(parseMark('I'))).toEqual({ grade: 'I', result: 'incomplete' });
    for (const w of ['W', 'WP', 'WF']) expect(value(parseMark(w))).toEqual({ grade: w, result: 'withdrawn' });
    expect(value(parseMark('NC'))).toEqual({ grade: 'NC', result: 'failed' });
    expect(value(parseMark('IP'))).toEqual({ grade: 'IP', result: 'in_progress' });
    expect(value(parseMark(''))).toEqual({ grade: null, result: null });
    expect(value(parseMark('101'))).toMatch(/refused: .*below 60 fails/);
    expect(value(parseMark('great'))).toMatch(/refused/);
  });

  it('reads a course attempt result, which wins over the mark', () => {
    expect(value(parseResult('Completed'))).toBe('passed');
    expect(value(parseResult('Failed'))).toBe('failed');
    expect(value(parseResult('Withdrawn'))).toBe('withdrawn');
    expect(value(parseResult('In Progress'))).toBe('in_progress');
    expect(value(parseResult('Incomplete'))).toBe('incomplete');
    expect(value(parseResult('maybe'))).toMatch(/refused/);
  });

  it('reads credits 0 to 10 and refuses the rest', () => {
    expect(value(parseCredits('0.5', 'Credits earned'))).toBe(0.5);
    expect(value(parseCredits('1,5', 'Credits earned'))).toBe(1.5);
    expect(value(parseCredits('lots', 'Credits earned'))).toMatch(/refused: Credits earned "lots" is not a number/);
    expect(value(parseCredits('-1', 'Credits earned'))).toMatch(/below 0/);
    expect(value(parseCredits('12', 'Credits earned'))).toMatch(/more than 10 credits/);
  });

  it('reads excluded flags as 1/0, Y/N, TRUE/FALSE', () => {
    for (const yes of ['1', 'Y', 'TRUE', 'yes']) expect(value(parseExcluded(yes))).toBe(true);
    for (const no of ['0', 'N', 'FALSE', '']) expect(value(parseExcluded(no))).toBe(false);
    expect(value(parseExcluded('maybe'))).toMatch(/refused/);
  });

  it('takes quarter rows without credit as progress grades, and a quarter with earned credit as a final', () => {
    expect(isProgressRow('Q1', 0, 0)).toBe(true);
    expect(isProgressRow('Q2', null, null)).toBe(true);
    expect(isProgressRow('Q3', 0.25, 0.25)).toBe(false);
    expect(isProgressRow('S1', 0, 0.5)).toBe(false);
  });
});
