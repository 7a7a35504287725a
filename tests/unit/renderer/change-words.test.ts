import { describe, expect, it } from 'vitest';
import { actionWords, changedFieldsText } from '../../../src/renderer/src/plan/change-words';
import { STUDENT_AUDIT_ACTIONS } from '../../../src/shared/methods/audit';

const entry = (action: string, detail: unknown) => ({ at: '2026-12-03T15:00:00.000Z', userName: 'lead', action, detail });

describe("the plan's change log in words", () => {
  it("names every change to a student's record, and what it changed", () => {
    for (const action of STUDENT_AUDIT_ACTIONS) expect(actionWords(action)).not.toBe(action);
    expect(changedFieldsText(entry('roster.update', { importId: 4, fileName: 'roster.xlsx', row: 7, changes: { grade: { from: 10, to: 11 }, homeroom: { from: null, to: '204' } } }))).toBe(
      'Grade: 10 → 11; Homeroom: — → 204, from roster.xlsx',
    );
    expect(changedFieldsText(entry('roster.absent', { importId: 4, fileName: 'roster.csv', changes: { status: { from: 'active', to: 'not_in_latest_roster' } } }))).toBe(
      'Status: active → not in latest roster, from roster.csv',
    );
    expect(changedFieldsText(entry('roster.add', { importId: 4, fileName: 'roster.csv', row: 2 }))).toBe('from roster.csv');
    // A change by hand keeps its fields at the top of its detail; a reassignment its counselor.
    expect(changedFieldsText(entry('students.update', { preferredName: { from: null, to: 'Annie' } }))).toBe('Preferred name: — → Annie');
    expect(changedFieldsText(entry('students.reassign', { counselor: { from: 'Ms. Alvarez', to: 'Mr. Chen' }, undo: true }))).toBe('Counselor: Ms. Alvarez → Mr. Chen');
  });

  it("says nothing more for a plan's own operations, and an unknown action as stored", () => {
    expect(changedFieldsText(entry('setNotes', { notes: 'x', revision: 3 }))).toBeNull();
    expect(actionWords('setNotes')).toBe('Notes changed');
    expect(actionWords('something.new')).toBe('something.new');
  });
});

describe("a course history import's entry in words", () => {
  it('counts what it added, names each course it changed with its fields, and the GPA', () => {
    const detail = {
      importId: 2,
      fileName: 'StoredGrades.csv',
      added: 3,
      changed: [{ course: { schoolYear: '2025-26', courseNumber: 'MA101', title: 'Algebra I' }, changes: { grade: { label: 'Grade', from: 'B', to: 'A' } } }],
      missing: 1,
      gpa: '3.40',
    };
    expect(changedFieldsText(entry('history.import', detail))).toBe('3 courses added; Algebra I (2025-26): Grade: B → A; 1 no longer listed; GPA 3.40, from StoredGrades.csv');
    expect(changedFieldsText(entry('history.import', { importId: 2, fileName: 'x.csv', added: 1, changed: [], missing: 0 }))).toBe('1 course added, from x.csv');
  });
});

describe("a school year's entries in words", () => {
  it('names the fields a start moved, a review it closed, and the year; an undo the reverse; a reactivation the start', () => {
    expect(actionWords('year.start')).toBe('School year started');
    expect(changedFieldsText(entry('year.start', { schoolYear: '2027-28', changes: { grade: { from: 10, to: 11 } }, reviewReset: { lastReviewed: '2026-05-04' } }))).toBe(
      'Grade: 10 → 11; the review of 2026-05-04 now counts for the year before, school year 2027-28',
    );
    expect(changedFieldsText(entry('year.start', { schoolYear: '2027-28', changes: { status: { from: 'not_in_latest_roster', to: 'graduated' } } }))).toBe(
      'Status: not in latest roster → graduated, school year 2027-28',
    );
    expect(changedFieldsText(entry('year.undo', { schoolYear: '2027-28', changes: { grade: { from: 11, to: 10 } }, reviewRestored: { lastReviewed: '2026-05-04' } }))).toBe(
      'Grade: 11 → 10; the review of 2026-05-04 counts again, school year 2027-28',
    );
    expect(
      changedFieldsText(entry('year.reactivate', { graduatedBy: { schoolYear: '2027-28', startedOn: '2026-06-20' }, changes: { status: { from: 'graduated', to: 'active' } } })),
    ).toBe('Status: graduated → active, graduated by the start of 2027-28 on 2026-06-20');
  });
});
