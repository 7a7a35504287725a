import { describe, expect, it } from 'vitest';
import type { PlanOperation } from '../../../src/shared/domain/plan-operation';
import type { PlanView } from '../../../src/shared/domain/plan-view';
import { listCaseload } from '../../../src/main/core/plans/caseload';
import { planStandings } from '../../../src/main/core/plans/caseload-status';
import { resolvePlan } from '../../../src/main/core/plans/resolve';
import { applyProgramToPlan, updatePlan } from '../../../src/main/core/plans/update';
import type { Store } from '../../../src/main/core/store/connection';
import { useTempDir } from '../../helpers/temp';
import { sampleStore, TODAY } from './stores';

const tempDir = useTempDir();
const STUDENT = '900009';

/** The plan view and the caseload, asked the same question: they must agree. */
async function both(store: Store) {
  const view = resolvePlan(store.db, STUDENT, TODAY);
  const row = (await listCaseload(store.db, TODAY)).find((s) => s.studentNumber === STUDENT)!;
  const standing = (await planStandings(store.db, TODAY)).get(STUDENT)!;
  return { view, row, standing };
}

const area = (view: Pick<PlanView, 'requirements'>, name: string) => view.requirements.areas.find((a) => a.area === name)!;
const change = (store: Store, op: PlanOperation) => updatePlan(store.db, STUDENT, op, TODAY);
const idOf = (view: PlanView, courseNumber: string, year: string) => view.years.flatMap((y) => y.courses).find((c) => c.courseNumber === courseNumber && c.year === year)!.id;

/** A grade-9 student with the nursing program applied: complete, no warnings; English planned 4 of 4. */
async function completePlan() {
  const store = await sampleStore(tempDir());
  const view = await applyProgramToPlan(store.db, STUDENT, 'nursing', TODAY);
  expect(view.status).toBe('complete');
  expect(view.warnings).toEqual([]);
  expect(area(view, 'english')).toMatchObject({ planned: 4, required: 4 });
  return { store, view };
}

describe('a plan is complete only when no warning is open', () => {
  it('is complete, with warnings while one is open, in the plan and the caseload; acknowledged it is complete, and only then reviewed', async () => {
    const { store } = await completePlan();
    // English 9 again in grade 10: a duplicate (and a grade it is not offered in), every requirement still planned.
    await change(store, { op: 'placeCourse', courseNumber: 'ENG101', year: '10' });
    let now = await both(store);
    expect(now.view.requirements.allPlanned).toBe(true);
    const open = now.view.warnings.filter((w) => w.acknowledged === null);
    expect(open.map((w) => w.kind).sort()).toEqual(['duplicate_course', 'not_offered_in_grade']);
    expect(now.view.status).toBe('complete_with_warnings');
    expect(now.row.planStatus).toBe('complete_with_warnings');

    // A review does not close a warning: still complete, with warnings.
    await change(store, { op: 'markReviewed', date: '2026-11-20' });
    expect((await both(store)).row.planStatus).toBe('complete_with_warnings');

    // One acknowledged, one open: still not complete.
    await change(store, { op: 'acknowledgeWarning', warningId: open[0]!.id, note: 'Retaking for a better grade' });
    now = await both(store);
    expect([now.view.status, now.row.planStatus]).toEqual(['complete_with_warnings', 'complete_with_warnings']);

    // Both acknowledged: nothing open, so the review counts.
    await change(store, { op: 'acknowledgeWarning', warningId: open[1]!.id, note: 'Counselor approved' });
    now = await both(store);
    expect([now.view.status, now.row.planStatus]).toEqual(['reviewed', 'reviewed']);

    // Withdrawn, it is open again.
    await change(store, { op: 'withdrawAcknowledgement', warningId: open[1]!.id });
    now = await both(store);
    expect([now.view.status, now.row.planStatus]).toEqual(['complete_with_warnings', 'complete_with_warnings']);
    store.close();
  });

  it('counts a warning on a course after high school in the caseload as the plan does', async () => {
    const { store } = await completePlan();
    // A course the postsecondary list does not have: unknown_course on a year the requirements never read.
    store.db.prepare("INSERT INTO plan_course (student_number, id, position, year, term, course_number, status) VALUES (?, 'c-99', 99, 'ps1', 'full_year', 'NOPE 101', 'planned')").run(STUDENT);
    const now = await both(store);
    expect(now.view.warnings.map((w) => w.kind)).toEqual(['unknown_course']);
    expect([now.view.status, now.row.planStatus]).toEqual(['complete_with_warnings', 'complete_with_warnings']);
    store.close();
  });
});

describe('a course placed twice counts once toward the requirements', () => {
  it('counts English 9 in grades 9 and 10 once: 4 of 4, not 5, in the plan, its years and the caseload', async () => {
    const { store, view: before } = await completePlan();
    await change(store, { op: 'placeCourse', courseNumber: 'ENG101', year: '10' });
    const { view, standing, row } = await both(store);
    expect(view.warnings.some((w) => w.kind === 'duplicate_course')).toBe(true);
    expect(area(view, 'english')).toMatchObject({ planned: 4, required: 4 });
    expect(view.requirements.total.planned).toBe(before.requirements.total.planned);
    // The grade-10 year adds nothing for the repeat either.
    expect(view.years[1]!.credits.planned).toBe(before.years[1]!.credits.planned);
    // The caseload reads the same rule: the same progress, and the repeat is not among the courses that count.
    expect(standing.progress).toEqual(view.requirements);
    expect(standing.planCourses.filter((c) => c.courseNumber === 'ENG101')).toHaveLength(1);
    expect(row.planStatus).toBe('complete_with_warnings');
    store.close();
  });

  it('counts the completed attempt, not a planned one, even when the planned one is earlier', async () => {
    const { store } = await completePlan();
    // English 9 still planned in grade 9, and entered by hand as completed in grade 10.
    await change(store, { op: 'placeCourse', courseNumber: 'ENG101', year: '10', status: 'completed', grade: 'B', creditsEarned: 1 });
    const { view: after, standing } = await both(store);
    expect(after.warnings.some((w) => w.kind === 'duplicate_course')).toBe(true);
    expect(area(after, 'english')).toMatchObject({ earned: 1, planned: 4 });
    expect(standing.progress).toEqual(after.requirements);
    store.close();
  });

  it('counts a repeatable course each time it is placed', async () => {
    const { store, view: before } = await completePlan();
    await change(store, { op: 'placeCourse', courseNumber: 'MUS101', year: '9' });
    await change(store, { op: 'placeCourse', courseNumber: 'MUS101', year: '10' });
    await change(store, { op: 'placeCourse', courseNumber: 'MUS101', year: '11' });
    const { view, standing } = await both(store);
    expect(view.warnings.filter((w) => w.kind === 'duplicate_course')).toEqual([]);
    expect(view.requirements.total.planned).toBe(before.requirements.total.planned + 3);
    expect(standing.progress).toEqual(view.requirements);
    store.close();
  });

  it('counts a failed attempt nothing and its retake once', async () => {
    const { store, view } = await completePlan();
    // English 9 failed in grade 9 (0 earned), taken again in grade 10 with English 10 moved on a year.
    await change(store, { op: 'setCourseStatus', courseId: idOf(view, 'ENG101', '9'), status: 'completed', grade: 'F', creditsEarned: 0 });
    await change(store, { op: 'placeCourse', courseNumber: 'ENG101', year: '10' });
    const { view: after, standing, row } = await both(store);
    // Not a duplicate (the warnings left are about English 9 in grade 10 and English 10 beside it).
    expect(after.warnings.filter((w) => w.kind === 'duplicate_course')).toEqual([]);
    // English 9 (retake), 10, 11, 12 planned: 4 of 4, the failed attempt 0.
    expect(area(after, 'english')).toMatchObject({ earned: 0, planned: 4 });
    expect(standing.progress).toEqual(after.requirements);
    expect(standing.planCourses.filter((c) => c.courseNumber === 'ENG101')).toHaveLength(2);
    expect(row.planStatus).toBe('complete_with_warnings');
    store.close();
  });
});
