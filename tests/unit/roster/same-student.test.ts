import { describe, expect, it } from 'vitest';
import { absentLimit } from '../../../src/shared/domain/roster';
import type { Student } from '../../../src/shared/domain/student';
import { findSameStudents, MIN_NAME_MATCHES, nameKey, numberColumnProblem } from '../../../src/main/core/roster/same-student';

function student(studentNumber: string, firstName: string, lastName: string, extra: Partial<Student> = {}): Student {
  return {
    studentNumber, firstName, lastName, middleName: null, preferredName: null, grade: 10, classYear: 2029, dateOfBirth: null,
    email: null, counselor: null, homeroom: null, homeLanguage: null, guardians: [], status: 'active', ...extra,
  };
}
const rows = (students: Student[]) => students.map((s, i) => ({ rowNumber: i + 2, student: s }));
const store = (students: Student[]) => new Map(students.map((s) => [s.studentNumber, s]));
const numbers = (list: { student: Student }[]) => new Set(list.map((r) => r.student.studentNumber));

describe('name keys', () => {
  it('fold case, accents and punctuation, so an export in capitals finds the student', () => {
    expect(nameKey({ firstName: 'JOSÉ', lastName: 'PEÑA' })).toBe(nameKey({ firstName: 'José', lastName: 'Peña' }));
    expect(nameKey({ firstName: 'Zoe', lastName: 'Muller' })).toBe(nameKey({ firstName: 'Zoë', lastName: 'Müller' }));
    expect(nameKey({ firstName: 'Siobhan', lastName: 'OBrien' })).toBe(nameKey({ firstName: 'Siobhán', lastName: "O'Brien" }));
    expect(nameKey({ firstName: 'Ana', lastName: 'Lee' })).not.toBe(nameKey({ firstName: 'Lee', lastName: 'Ana' }));
  });
});

describe('a student-number column that holds another ID', () => {
  const caseload = Array.from({ length: 20 }, (_, i) => student(String(100 + i), `First${i}`, `Last${i}`));

  it('is found when few numbers match and many names match under other numbers, with the counts', () => {
    const file = rows(caseload.slice(0, 10).map((s, i) => ({ ...s, studentNumber: `WI${i}` })));
    expect(numberColumnProblem(file, store(caseload), numbers(file), 'state.csv')).toBe(
      '"state.csv": Only 0 of 10 student numbers in this file are in your caseload, but 10 names match students you have under other numbers: choose the column that holds your student numbers (on the command line: --map studentNumber=<header>).',
    );
  });

  it('is not claimed for a handful of namesakes, a file whose numbers mostly match, or an empty store', () => {
    const few = rows(caseload.slice(0, MIN_NAME_MATCHES - 1).map((s, i) => ({ ...s, studentNumber: `WI${i}` })));
    expect(numberColumnProblem(few, store(caseload), numbers(few), 'f.csv')).toBeNull();
    const mostly = rows([...caseload.slice(0, 12), ...caseload.slice(12).map((s, i) => ({ ...s, studentNumber: `WI${i}` }))]);
    expect(numberColumnProblem(mostly, store(caseload), numbers(mostly), 'f.csv')).toBeNull();
    const first = rows(caseload);
    expect(numberColumnProblem(first, new Map(), numbers(first), 'f.csv')).toBeNull();
  });
});

describe('same student, new number?', () => {
  it('pairs a new number with the one unlisted student of the same name and birth date (or grade)', () => {
    const current = store([
      student('1', 'Ana', 'Peña', { dateOfBirth: '2010-01-01' }),
      student('2', 'Luis', 'Soto', { grade: 11 }),
      student('3', 'Kim', 'Lee', { dateOfBirth: '2010-02-02' }),
    ]);
    const file = rows([
      student('91', 'ANA', 'PENA', { dateOfBirth: '2010-01-01', grade: 12 }),
      student('92', 'Luis', 'Soto', { grade: 11 }),
      student('93', 'Kim', 'Lee', { dateOfBirth: '2011-02-02' }),
    ]);
    const pairs = findSameStudents(file, current, numbers(file));
    expect(pairs.map((p) => [p.previousNumber, p.studentNumber, p.matchedOn])).toEqual([
      ['1', '91', 'dateOfBirth'],
      ['2', '92', 'grade'],
    ]);
  });

  it('offers nothing ambiguous: two rows for one student, or a student still listed under the old number', () => {
    const current = store([student('1', 'Ana', 'Peña', { dateOfBirth: '2010-01-01' })]);
    const twice = rows([student('91', 'Ana', 'Peña', { dateOfBirth: '2010-01-01' }), student('92', 'Ana', 'Peña', { dateOfBirth: '2010-01-01' })]);
    expect(findSameStudents(twice, current, numbers(twice))).toEqual([]);
    const listed = rows([student('1', 'Ana', 'Peña', { dateOfBirth: '2010-01-01' }), student('91', 'Ana', 'Peña', { dateOfBirth: '2010-01-01' })]);
    expect(findSameStudents(listed, current, numbers(listed))).toEqual([]);
  });
});

describe('the absent threshold', () => {
  it('is 10% of the active caseload or 25 students, whichever is larger', () => {
    expect(absentLimit(0)).toBe(25);
    expect(absentLimit(100)).toBe(25);
    expect(absentLimit(259)).toBe(25);
    expect(absentLimit(260)).toBe(26);
    expect(absentLimit(400)).toBe(40);
  });
});
