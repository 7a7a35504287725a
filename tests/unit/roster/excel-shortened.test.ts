import { describe, expect, it } from 'vitest';
import { EXCEL_SHORTENED_REASON, isExcelShortened, shortenedMatcher } from '../../../src/main/core/roster/excel-shortened';
import { buildStudent, type RowCells } from '../../../src/main/core/roster/student-row';
import type { RosterField } from '../../../src/main/core/roster/fields';

function cells(values: Partial<Record<RosterField, string>>): RowCells {
  return { get: (f) => values[f] ?? '', has: (f) => f in values, column: (f) => f };
}

describe('student numbers Excel shortened', () => {
  it('are recognised in the forms Excel writes, and real numbers are not', () => {
    for (const text of ['1.23457E+11', '1.23457e+11', '4.1235E+11', '1E+12', '9.87654E+15']) expect(isExcelShortened(text)).toBe(true);
    for (const text of ['123456789012', '000123', 'E12345', '1E5-A', 'S-100107']) expect(isExcelShortened(text)).toBe(false);
  });

  it('reject the row with the reason, instead of a new student numbered 1.23457E+11', () => {
    const built = buildStudent(cells({ studentNumber: '1.23457E+11', firstName: 'Ana', lastName: 'Peña' }), '2026-11-20');
    expect(built.student).toBeNull();
    expect(built.problems).toEqual([{ column: 'studentNumber', value: '1.23457E+11', reason: EXCEL_SHORTENED_REASON }]);
  });

  it('still stand for the students whose numbers round to them, so those are not marked absent', () => {
    const mayBe = shortenedMatcher(['1.23457E+11', '4.1235e+11']);
    expect(mayBe('123456789012')).toBe(true);
    expect(mayBe('123457000000')).toBe(true);
    expect(mayBe('412349999999')).toBe(true);
    expect(mayBe('123458000000')).toBe(false);
    expect(mayBe('100107')).toBe(false);
  });
});
