import { describe, expect, it } from 'vitest';
import { applyProgramToPlan, updatePlan } from '../../../src/main/core/plans/update';
import { resolvePlan } from '../../../src/main/core/plans/resolve';
import { saveStudents } from '../../../src/main/core/students/repository';
import { listCaseload } from '../../../src/main/core/plans/caseload';
import { useTempDir } from '../../helpers/temp';
import { sampleStore, student, TODAY } from './stores';

const tempDir = useTempDir();

describe('plan status in the caseload', () => {
  it('goes none → started → complete → reviewed as the plan fills, and shows the cluster', async () => {
    const store = await sampleStore(tempDir());
    const row = async () => (await listCaseload(store.db, TODAY)).find((s) => s.studentNumber === '900009')!;
    expect(await row()).toMatchObject({ planStatus: 'none', clusterCode: null });

    await updatePlan(store.db, '900009', { op: 'setFramework', clusterCode: 'HS', pathwayCode: null, programId: null }, TODAY);
    expect(await row()).toMatchObject({ planStatus: 'started', clusterCode: 'HS' });

    await applyProgramToPlan(store.db, '900009', 'nursing', TODAY);
    expect(await row()).toMatchObject({ planStatus: 'complete', clusterCode: 'HS' });

    // a review last school year (before August 1) does not count for this one
    await updatePlan(store.db, '900009', { op: 'markReviewed', date: '2026-07-31' }, TODAY);
    expect((await row()).planStatus).toBe('complete');
    await updatePlan(store.db, '900009', { op: 'markReviewed', date: '2026-08-01' }, TODAY);
    expect((await row()).planStatus).toBe('reviewed');
    expect(resolvePlan(store.db, '900009', TODAY).status).toBe('reviewed');
    // on August 1 next year the same review is last year's
    expect((await listCaseload(store.db, new Date('2027-08-01T12:00:00Z'))).find((s) => s.studentNumber === '900009')!.planStatus).toBe('complete');
    store.close();
  });

  it('is none again once everything placed has been removed', async () => {
    const store = await sampleStore(tempDir());
    await updatePlan(store.db, '900009', { op: 'placeCourse', courseNumber: 'ENG101', year: '9' }, TODAY);
    expect((await listCaseload(store.db, TODAY)).find((s) => s.studentNumber === '900009')!.planStatus).toBe('started');
    await updatePlan(store.db, '900009', { op: 'removeCourse', courseId: 'c-1' }, TODAY);
    expect((await listCaseload(store.db, TODAY)).find((s) => s.studentNumber === '900009')!.planStatus).toBe('none');
    expect(resolvePlan(store.db, '900009', TODAY).status).toBe('none');
    store.close();
  });

  it('is started by a 2024 choice alone, in the caseload and the plan view alike, and none again when it is taken back', async () => {
    const store = await sampleStore(tempDir());
    const status = async () => [(await listCaseload(store.db, TODAY)).find((s) => s.studentNumber === '900009')!.planStatus, resolvePlan(store.db, '900009', TODAY).status];
    await updatePlan(store.db, '900009', { op: 'setFramework2024', choice: { clusterCode: 'HHS', subClusterCode: null } }, TODAY);
    expect(await status()).toEqual(['started', 'started']);
    await updatePlan(store.db, '900009', { op: 'setFramework2024', choice: null }, TODAY);
    expect(await status()).toEqual(['none', 'none']);
    store.close();
  });

  it('is started, not complete, while one requirement area is planned short or the program is open', async () => {
    const store = await sampleStore(tempDir());
    const view = await applyProgramToPlan(store.db, '900009', 'accounting', TODAY);
    const english12 = view.years[3]!.courses.find((c) => c.area === 'english')!;
    await updatePlan(store.db, '900009', { op: 'removeCourse', courseId: english12.id }, TODAY);
    expect((await listCaseload(store.db, TODAY)).find((s) => s.studentNumber === '900009')!.planStatus).toBe('started');
    await updatePlan(store.db, '900009', { op: 'placeCourse', courseNumber: 'ENG411', year: '12' }, TODAY);
    expect(resolvePlan(store.db, '900009', TODAY).status).toBe('complete');
    await updatePlan(store.db, '900009', { op: 'setFramework', clusterCode: 'FN', pathwayCode: 'FN-ACC', programId: null }, TODAY);
    expect(resolvePlan(store.db, '900009', TODAY).status).toBe('started');
    store.close();
  });

  it('keeps the plan when the student is saved again, as a roster import does', async () => {
    const store = await sampleStore(tempDir());
    await applyProgramToPlan(store.db, '900011', 'welding', TODAY);
    const before = resolvePlan(store.db, '900011', TODAY);
    saveStudents(store.db, [{ ...student('900011', 11, 'Żółć'), homeroom: '215' }], TODAY);
    expect(resolvePlan(store.db, '900011', TODAY)).toEqual({ ...before, student: { ...before.student, homeroom: '215' } });
    // and a student with a plan cannot be deleted out from under it
    expect(() => store.db.prepare("DELETE FROM student WHERE student_number = '900011'").run()).toThrow(/FOREIGN KEY/);
    store.close();
  });
});
