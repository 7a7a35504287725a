import { describe, expect, it } from 'vitest';
import { resolvePlan } from '../../../src/main/core/plans/resolve';
import { readPlan } from '../../../src/main/core/plans/repository';
import { updatePlan } from '../../../src/main/core/plans/update';
import type { PlanView, PlanViewCourse } from '../../../src/shared/domain/plan-view';
import { useTempDir } from '../../helpers/temp';
import { TODAY } from '../plans/stores';
import { STUDENT, storeWithTranscript as withTranscript } from './transcripts';

const tempDir = useTempDir();
const storeWithTranscript = () => withTranscript(tempDir());

const inYear = (view: PlanView, year: string) => view.years.find((y) => y.year === year)!.courses;
const find = (courses: PlanViewCourse[], number: string) => courses.filter((c) => c.courseNumber === number);

describe('the plan view stands on the transcript', () => {
  it('puts semester and quarter rows of one course together, with credits summed and every grade kept in term order', async () => {
    const store = await storeWithTranscript();
    const view = resolvePlan(store.db, STUDENT, TODAY);
    const [english] = find(inYear(view, '9'), 'ENG101');
    expect(english).toMatchObject({ status: 'completed', grade: 'B+/A', creditsEarned: 1, source: 'transcript', term: 'full_year', title: 'English 9' });
    expect(english!.transcript).toMatchObject({ schoolYear: '2024-25', gradeLevel: 9, attempt: 1, matchedBy: 'number' });
    expect(english!.transcript!.grades).toEqual([{ term: 'Q1', grade: 'B' }, { term: 'S1', grade: 'B+' }, { term: 'S2', grade: 'A' }]);
    expect(view.gpa).toBe('3.42');
    store.close();
  });

  it('leaves out a row excluded from transcripts, and counts a transfer course toward its credit type', async () => {
    const store = await storeWithTranscript();
    const view = resolvePlan(store.db, STUDENT, TODAY);
    expect(view.years.flatMap((y) => y.courses).map((c) => c.courseNumber)).not.toContain('SCI111');
    const [transfer] = find(inYear(view, '9'), 'T-9001');
    expect(transfer).toMatchObject({ status: 'completed', area: 'social_studies', creditsEarned: 1, inCatalog: false, title: 'World History (transfer)' });
    expect(transfer!.transcript!.matchedBy).toBe('none');
    expect(view.requirements.areas.find((a) => a.area === 'social_studies')!.earned).toBe(1);
    expect(view.requirements.areas.find((a) => a.area === 'science')!.earned).toBe(1); // SCI101 in grade 8; SCI111 excluded, SCI201 withdrawn
    expect(view.warnings.filter((w) => w.kind === 'unmatched_course').map((w) => w.courseNumber)).toEqual(['T-9001']);
    store.close();
  });

  it('shows a failed course and its retake as two attempts, the failed one earning nothing', async () => {
    const store = await storeWithTranscript();
    const view = resolvePlan(store.db, STUDENT, TODAY);
    const [failed] = find(inYear(view, '9'), 'MTH101');
    const [retake] = find(inYear(view, '10'), 'MTH101');
    expect([failed!.status, failed!.creditsEarned, failed!.grade, failed!.transcript!.attempt]).toEqual(['failed', 0, 'F', 1]);
    expect([retake!.status, retake!.creditsEarned, retake!.transcript!.attempt]).toEqual(['completed', 1, 2]);
    const pe = find(inYear(view, '9'), 'PED101');
    expect(pe.map((c) => [c.term, c.status, c.creditsEarned, c.transcript!.attempt])).toEqual([['S1', 'failed', 0, 1], ['S2', 'completed', 0.5, 2]]);
    const [withdrawn] = find(inYear(view, '10'), 'SCI201');
    expect([withdrawn!.status, withdrawn!.creditsEarned]).toEqual(['withdrawn', 0]);
    expect(view.warnings.filter((w) => w.kind === 'duplicate_course')).toEqual([]);
    // Math: the retake (1) and Geometry (1); the failed attempt counts nothing, earned or planned.
    const math = view.requirements.areas.find((a) => a.area === 'math')!;
    expect([math.earned, math.planned]).toEqual([2, 2]);
    store.close();
  });

  it('places a course taken in grade 8 in grade 9 and keeps the grade it was taken in', async () => {
    const store = await storeWithTranscript();
    const [science] = find(inYear(resolvePlan(store.db, STUDENT, TODAY), '9'), 'SCI101');
    expect([science!.status, science!.transcript!.gradeLevel, science!.transcript!.schoolYear]).toEqual(['completed', 8, '2023-24']);
    // Planned again later: the warning names the grade it was taken in, not the plan column it sits in.
    const again = await updatePlan(store.db, STUDENT, { op: 'placeCourse', courseNumber: 'SCI101', year: '10' }, TODAY);
    const warning = again.warnings.find((w) => w.courseNumber === 'SCI101' && w.year === '10')!;
    expect(warning.message).toContain('2023-24 (grade 8)');
    store.close();
  });

  it('shows the current year as in progress, planned at its catalog credits and earning nothing yet', async () => {
    const store = await storeWithTranscript();
    const view = resolvePlan(store.db, STUDENT, TODAY);
    const [lit] = find(inYear(view, '11'), 'ENG301');
    expect([lit!.status, lit!.creditsEarned, lit!.grade, lit!.term]).toEqual(['in_progress', 0, null, 'full_year']);
    const english = view.requirements.areas.find((a) => a.area === 'english')!;
    expect([english.earned, english.planned]).toEqual([1, 2]);
    expect(view.years.find((y) => y.year === '11')!.credits).toEqual({ planned: 1, earned: 0 });
    store.close();
  });

  it('lets the counselor acknowledge a transcript warning, and the note stays with it', async () => {
    const store = await storeWithTranscript();
    const warning = resolvePlan(store.db, STUDENT, TODAY).warnings.find((w) => w.kind === 'unmatched_course')!;
    const view = await updatePlan(store.db, STUDENT, { op: 'acknowledgeWarning', warningId: warning.id, note: 'Transfer from Madison East; counts as social studies.' }, TODAY);
    expect(view.warnings.find((w) => w.id === warning.id)!.acknowledged).toEqual({ note: 'Transfer from Madison East; counts as social studies.', date: '2026-11-28' });
    store.close();
  });

  it('flags rows a later file no longer lists, and keeps counting them', async () => {
    const store = await storeWithTranscript();
    const view = resolvePlan(store.db, STUDENT, TODAY);
    const missing = view.warnings.filter((w) => w.kind === 'history_missing');
    expect(missing.map((w) => [w.courseNumber, w.year])).toEqual([['HLT101', '10']]);
    expect(missing[0]!.message).toContain('no longer in the latest course history file');
    expect(view.requirements.areas.find((a) => a.area === 'health')!.earned).toBe(0.5);
    // 1 + 1 + 1 + 1 + 1 + 0.5 + 0.5 + 0.5 (ENG101, MTH101 retake, MTH201, transfer, SCI101, PED101, ART101, HLT101)
    expect(view.requirements.total.earned).toBe(6.5);
    store.close();
  });

  it('replaces the course planned for the year it was taken, warns of one planned later, and keeps a hand-completed one counted once', async () => {
    const store = await storeWithTranscript();
    const db = store.db;
    await updatePlan(db, STUDENT, { op: 'placeCourse', courseNumber: 'MTH101', year: '10' }, TODAY); // c-1: taken that year
    await updatePlan(db, STUDENT, { op: 'placeCourse', courseNumber: 'MTH201', year: '11' }, TODAY); // c-2: passed in grade 10
    await updatePlan(db, STUDENT, { op: 'placeCourse', courseNumber: 'ART101', year: '9', status: 'completed', grade: 'A' }, TODAY); // c-3: also on the transcript
    const view = await updatePlan(db, STUDENT, { op: 'placeCourse', courseNumber: 'FCS101', year: '9', status: 'completed', grade: 'B' }, TODAY); // c-4: by hand only

    expect(find(inYear(view, '10'), 'MTH101').map((c) => c.source)).toEqual(['transcript']);
    expect(readPlan(db, STUDENT)!.courses.map((c) => c.id)).toEqual(['c-1', 'c-2', 'c-3', 'c-4']); // nothing removed from the store

    expect(find(inYear(view, '11'), 'MTH201').map((c) => [c.source, c.status])).toEqual([['counselor', 'planned']]);
    const passed = view.warnings.filter((w) => w.kind === 'already_passed');
    expect(passed.map((w) => [w.courseNumber, w.year])).toEqual([['MTH201', '11']]);
    expect(passed[0]!.message).toContain('passed in 2025-26');

    expect(find(inYear(view, '9'), 'ART101').map((c) => c.source).sort()).toEqual(['counselor', 'transcript']);
    expect(view.warnings.filter((w) => w.kind === 'duplicate_course').map((w) => w.courseNumber)).toEqual(['ART101']);
    const [byHand] = find(inYear(view, '9'), 'FCS101');
    expect([byHand!.source, byHand!.status, byHand!.transcript]).toEqual(['counselor', 'completed', null]);

    // Planned for grade 9 but taken (and passed) in grade 10: stays where it was put, counted once.
    const stale = await updatePlan(db, STUDENT, { op: 'placeCourse', courseNumber: 'MTH201', year: '9' }, TODAY);
    expect(find(inYear(stale, '9'), 'MTH201').map((c) => c.source)).toEqual(['counselor']);
    expect(stale.warnings.filter((w) => w.kind === 'duplicate_course').map((w) => [w.courseNumber, w.year])).toEqual([['ART101', '9'], ['MTH201', '9']]);
    expect(stale.warnings.find((w) => w.courseNumber === 'MTH201' && w.kind === 'duplicate_course')!.message).toContain('taken in 2025-26 (grade 10)');
    expect(stale.requirements.areas.find((a) => a.area === 'math')!.planned).toBe(2);

    // Math 2 (MTH201 planned again counts once), fine arts 0.5 (ART101 once), CTE 0.5 by hand.
    expect(view.requirements.areas.find((a) => a.area === 'math')!.planned).toBe(2);
    expect(view.requirements.total.earned).toBe(7);
    expect(view.years.find((y) => y.year === '9')!.credits.earned).toBe(4.5);
    store.close();
  });
});
