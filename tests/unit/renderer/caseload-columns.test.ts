import { describe, expect, it } from 'vitest';
import { decodeCaseload, encodeCaseload } from '../../../src/shared/caseload-columns';
import { CaseloadColumnsOutput } from '../../../src/shared/methods/caseload';
import type { CaseloadRow } from '../../../src/shared/domain/student';

function row(studentNumber: string, over: Partial<CaseloadRow> = {}): CaseloadRow {
  return {
    studentNumber,
    firstName: 'Ánh',
    middleName: null,
    lastName: 'Nguyễn',
    preferredName: null,
    grade: 10,
    classYear: 2028,
    counselor: 'Ms. Alvarez',
    homeroom: null,
    status: 'active',
    planStatus: 'none',
    clusterCode: null,
    creditsEarned: null,
    onTrack: 'unknown',
    lastConference: null,
    conferencesThisYear: 0,
    ...over,
  };
}

const rows: CaseloadRow[] = [
  row('000123'),
  row('2', { firstName: 'Mateo', middleName: 'Luis', lastName: 'Peña', preferredName: 'Teo', grade: null, classYear: null, homeroom: 'B-12', status: 'not_in_latest_roster', planStatus: 'complete_with_warnings', clusterCode: 'HLTH', creditsEarned: 7.25, onTrack: 'off_track', lastConference: '2026-10-14', conferencesThisYear: 2 }),
  row('3', { counselor: null, creditsEarned: 0 }),
];

describe('the caseload as columns (students.caseload)', () => {
  it('gives back every row as it was, in order, nulls and zeros kept apart', () => {
    expect(decodeCaseload(encodeCaseload(rows))).toEqual(rows);
    expect(decodeCaseload(encodeCaseload([]))).toEqual([]);
  });

  it('sends each repeated text once, and meets its contract', () => {
    const columns = encodeCaseload([...rows, row('4'), row('5')]);
    expect(columns.text.filter((t) => t === 'Nguyễn')).toHaveLength(1);
    expect(columns.text.filter((t) => t === 'Ms. Alvarez')).toHaveLength(1);
    expect(columns.lastName).toEqual([0, columns.text.indexOf('Peña'), 0, 0, 0].map((i, n) => (n === 1 ? i : columns.text.indexOf('Nguyễn'))));
    expect(CaseloadColumnsOutput.safeParse(columns).success).toBe(true);
  });

  it('is far smaller than the row list for a school', () => {
    const school = Array.from({ length: 2000 }, (_, i) => row(String(100_000 + i), { firstName: ['Ánh', 'Mateo', 'Zoë'][i % 3]!, grade: 9 + (i % 4) }));
    const compact = JSON.stringify(encodeCaseload(school)).length;
    expect(compact * 4).toBeLessThan(JSON.stringify(school).length);
  });

  it('refuses columns of different lengths or codes past the text', () => {
    const columns = encodeCaseload(rows);
    expect(CaseloadColumnsOutput.safeParse({ ...columns, grade: columns.grade.slice(1) }).success).toBe(false);
    expect(CaseloadColumnsOutput.safeParse({ ...columns, counselor: [0, 0, columns.text.length] }).success).toBe(false);
  });
});
