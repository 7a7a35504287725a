import { describe, expect, it } from 'vitest';
import { ROSTER_FIELDS, type RosterField } from '../../../src/main/core/roster/fields';
import { buildStudent, type RowCells } from '../../../src/main/core/roster/student-row';
import { Student } from '../../../src/shared/domain/student';

const TODAY = '2026-11-22';

function cells(values: Partial<Record<RosterField, string>>): RowCells {
  return { get: (f) => values[f] ?? '', has: (f) => f in values, column: (f) => f };
}

/**
 * buildStudent checks the Student schema's limits itself instead of running zod on every row;
 * these cases sit on each limit, so the two cannot drift apart unnoticed.
 */
describe('what buildStudent accepts is exactly what the Student schema accepts', () => {
  const base = { studentNumber: '1', firstName: 'Ava', lastName: 'Ames' };
  const fullRow = Object.fromEntries(ROSTER_FIELDS.map((f) => [f, ''])) as Record<RosterField, string>;
  const at = (n: number) => 'x'.repeat(n);
  const cases: [string, Partial<Record<RosterField, string>>][] = [
    ['a plain row', base],
    ['every field filled', { ...fullRow, ...base, middleName: 'B', preferredName: 'Avi', grade: '12', classYear: '2027', dateOfBirth: '2008-01-01', email: 'a@b.org', counselor: 'C', homeroom: 'H', homeLanguage: 'L', guardian1Name: 'G', guardian1Relationship: 'R', guardian1Email: 'g@b.org', guardian1Phone: '1', guardian1Language: 'L', guardian2Phone: '2' }],
    ['student number of 32 characters', { ...base, studentNumber: at(32) }],
    ['student number of 33 characters', { ...base, studentNumber: at(33) }],
    ['first name of 200 characters', { ...base, firstName: at(200) }],
    ['last name of 201 characters', { ...base, lastName: at(201) }],
    ['middle name of 500 characters', { ...base, middleName: at(500) }],
    ['middle name of 501 characters', { ...base, middleName: at(501) }],
    ['preferred name of 201 characters', { ...base, preferredName: at(201) }],
    ['counselor of 501 characters', { ...base, counselor: at(501) }],
    ['guardian name of 201 characters', { ...base, guardian1Name: at(201) }],
    ['guardian phone of 501 characters', { ...base, guardian1Phone: at(501) }],
    ['grade 6', { ...base, grade: '6' }],
    ['grade 13', { ...base, grade: '13' }],
    ['class year 2100 with no grade', { ...base, classYear: '2100' }],
    ['class year 1989', { ...base, classYear: '1989' }],
    ['birth date 2012-02-29', { ...base, dateOfBirth: '2012-02-29' }],
    ['birth date 2011-02-29', { ...base, dateOfBirth: '2011-02-29' }],
    ['a guardian with an email and no name', { ...base, guardian2Email: 'x@y.org' }],
    ['spaces around everything', { studentNumber: '  7 ', firstName: ' Ava ', lastName: ' Ames ', homeroom: '   ' }],
  ];
  for (const [label, values] of cases) {
    it(label, () => {
      const { student, problems } = buildStudent(cells(values), TODAY);
      if (student) {
        expect(problems).toEqual([]);
        expect(Student.parse(student)).toEqual(student);
      } else {
        expect(problems.length).toBeGreaterThan(0);
      }
    });
  }

  it('rejects on the same side of every limit as the schema', () => {
    const accepted = (values: Partial<Record<RosterField, string>>) => buildStudent(cells(values), TODAY).student !== null;
    expect(accepted({ ...base, studentNumber: at(32) })).toBe(true);
    expect(accepted({ ...base, studentNumber: at(33) })).toBe(false);
    expect(accepted({ ...base, firstName: at(200) })).toBe(true);
    expect(accepted({ ...base, lastName: at(201) })).toBe(false);
    expect(accepted({ ...base, middleName: at(500) })).toBe(true);
    expect(accepted({ ...base, middleName: at(501) })).toBe(false);
    expect(accepted({ ...base, guardian1Phone: at(501) })).toBe(false);
  });
});
