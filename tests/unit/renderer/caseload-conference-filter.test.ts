import { describe, expect, it } from 'vitest';
import { ALL_OPTION, conferenceOptions, toEntries } from '../../../src/renderer/src/caseload/entries';
import { visibleStudentNumbers, type CaseloadFilters } from '../../../src/renderer/src/caseload/visible';
import type { CaseloadRow } from '../../../src/shared/domain/student';

function row(studentNumber: string, lastConference: string | null, conferencesThisYear: number, grade = 10): CaseloadRow {
  return {
    studentNumber,
    firstName: 'Ánh',
    middleName: null,
    lastName: `Nguyễn ${studentNumber}`,
    preferredName: null,
    grade,
    classYear: 2028,
    counselor: 'Ms. Alvarez',
    homeroom: null,
    status: 'active',
    planStatus: 'none',
    clusterCode: null,
    creditsEarned: null,
    onTrack: 'unknown',
    lastConference,
    conferencesThisYear,
  };
}

const all: CaseloadFilters = { tokens: [], grade: ALL_OPTION, counselor: ALL_OPTION, planStatus: ALL_OPTION, cluster: ALL_OPTION, onTrack: ALL_OPTION, conference: ALL_OPTION };

describe('the caseload conference filter (what the export and the print run take)', () => {
  const entries = toEntries([row('1', null, 0), row('2', '2026-07-31', 0), row('3', '2026-10-14', 2), row('4', '2026-08-01', 1, 11)]);

  it('offers all, none this year, and this year', () => {
    expect(conferenceOptions().map((o) => o.label)).toEqual(['All', 'No conference this year', 'Conference this year']);
  });

  it('keeps students never met and those met only last school year under "No conference this year", and combines with other filters', () => {
    expect(visibleStudentNumbers(entries, all)).toBeNull();
    expect(visibleStudentNumbers(entries, { ...all, conference: 'none_this_year' })).toEqual(['1', '2']);
    expect(visibleStudentNumbers(entries, { ...all, conference: 'this_year' })).toEqual(['3', '4']);
    expect(visibleStudentNumbers(entries, { ...all, conference: 'this_year', grade: '11' })).toEqual(['4']);
  });

  it('sorts by last conference, the longest since first and never-met last', () => {
    const ranks = entries[0]!.ranks.of('lastConference');
    const order = [...entries].sort((a, b) => ranks[a.index]! - ranks[b.index]!).map((e) => e.row.studentNumber);
    expect(order).toEqual(['2', '4', '3', '1']);
  });
});
