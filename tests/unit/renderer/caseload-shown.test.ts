import { describe, expect, it } from 'vitest';
import { ALL_OPTION, BLANK_OPTION, queryTokens, toEntries } from '../../../src/renderer/src/caseload/entries';
import { narrows, shownEntries, sortOrder, visibleStudentNumbers, type CaseloadFilters } from '../../../src/renderer/src/caseload/visible';
import type { CaseloadRow } from '../../../src/shared/domain/student';

function row(studentNumber: string, lastName: string, firstName: string, grade: number | null, over: Partial<CaseloadRow> = {}): CaseloadRow {
  return {
    studentNumber, firstName, middleName: null, lastName, preferredName: null, grade, classYear: null,
    counselor: 'Ms. Alvarez', homeroom: null, status: 'active', planStatus: 'none', clusterCode: null,
    creditsEarned: null, onTrack: 'unknown', lastConference: null, conferencesThisYear: 0, ...over,
  };
}

// As the list arrives: by name.
const rows = [
  row('0105', 'García López', 'María', 11),
  row('0101', 'Nguyễn', 'Thị Ánh', 9, { preferredName: 'Annie' }),
  row('0103', 'Peña', 'Mateo', null, { counselor: null }),
  row('0102', 'Żółć', 'Zoë', 9),
];
const entries = toEntries(rows);
const none: CaseloadFilters = { tokens: [], grade: ALL_OPTION, counselor: ALL_OPTION, planStatus: ALL_OPTION, cluster: ALL_OPTION, onTrack: ALL_OPTION, conference: ALL_OPTION };
const numbers = (shown: readonly { row: CaseloadRow }[]) => shown.map((e) => e.row.studentNumber);
const search = (q: string) => numbers(shownEntries(entries, { ...none, tokens: queryTokens(q) }, null));

describe('the rows the caseload shows', () => {
  it('finds students by any part of their names or number, accents and case aside', () => {
    expect(search('nguyen')).toEqual(['0101']);
    expect(search('ANNIE')).toEqual(['0101']);
    expect(search('anh')).toEqual(['0101']);
    expect(search('pena mat')).toEqual(['0103']);
    expect(search('zolc')).toEqual(['0102']);
    expect(search('010')).toEqual(['0105', '0101', '0103', '0102']);
    expect(search('0102')).toEqual(['0102']);
    expect(search('maria lopez')).toEqual(['0105']);
    expect(search('maria peña')).toEqual([]);
  });

  it('hands back the list itself when nothing filters or sorts it', () => {
    expect(shownEntries(entries, none, null)).toBe(entries);
    expect(visibleStudentNumbers(entries, none)).toBeNull();
  });

  it('sorts by a column either way, blanks last when ascending, ties in the order the list came', () => {
    const by = (sorting: { id: string; desc: boolean }[]) => numbers(shownEntries(entries, none, sortOrder(entries, sorting)));
    expect(by([{ id: 'grade', desc: false }])).toEqual(['0101', '0102', '0105', '0103']);
    expect(by([{ id: 'grade', desc: true }])).toEqual(['0103', '0105', '0101', '0102']);
    expect(by([{ id: 'studentNumber', desc: false }])).toEqual(['0101', '0102', '0103', '0105']);
    expect(by([{ id: 'grade', desc: false }, { id: 'studentNumber', desc: true }])).toEqual(['0102', '0101', '0105', '0103']);
    expect(sortOrder(entries, [])).toBeNull();
  });

  it('filters in the sorted order, and a status view (part of the list) sorts by its own positions', () => {
    const sorted = sortOrder(entries, [{ id: 'studentNumber', desc: true }]);
    expect(numbers(shownEntries(entries, { ...none, grade: '9' }, sorted))).toEqual(['0102', '0101']);
    expect(numbers(shownEntries(entries, { ...none, counselor: BLANK_OPTION }, sorted))).toEqual(['0103']);
    const part = entries.slice(1);
    expect(numbers(shownEntries(part, none, sortOrder(part, [{ id: 'studentNumber', desc: false }])))).toEqual(['0101', '0102', '0103']);
  });
});

describe('typing on narrows the rows shown', () => {
  const f = (q: string, grade: string = ALL_OPTION): CaseloadFilters => ({ ...none, grade, tokens: queryTokens(q) });

  it('knows when a search can only show fewer rows', () => {
    expect(narrows(f('mari'), f('maria'))).toBe(true);
    expect(narrows(f('maria'), f('maria g'))).toBe(true);
    expect(narrows(f(''), f('n'))).toBe(true);
    expect(narrows(f('maria'), f('mari'))).toBe(false);
    expect(narrows(f('maria g'), f('maria'))).toBe(false);
    expect(narrows(f('pena'), f('lopez'))).toBe(false);
    expect(narrows(f('pena'), f('pena', '9'))).toBe(false);
  });

  it('finds the same rows from the rows shown before as from the whole list', () => {
    const wide = shownEntries(entries, f('a'), null);
    expect(numbers(shownEntries(wide, f('an'), null))).toEqual(numbers(shownEntries(entries, f('an'), null)));
  });
});
