import { describe, expect, it } from 'vitest';
import { listCaseload } from '../../../src/main/core/plans/caseload';
import { resolvePlan } from '../../../src/main/core/plans/resolve';
import { updatePlan } from '../../../src/main/core/plans/update';
import { saveRequirementSet } from '../../../src/main/core/requirements/repository';
import type { Store } from '../../../src/main/core/store/connection';
import { saveStudents } from '../../../src/main/core/students/repository';
import { WISCONSIN_MINIMUMS } from '../../../src/shared/domain/requirements';
import { useTempDir } from '../../helpers/temp';
import { adoptSampleAsOwn, sampleStore, student, TODAY } from '../plans/stores';
import { writeHistory } from './records';
import { transcriptOf } from './scale';

const tempDir = useTempDir();

/** A senior (class of 2027) with grades 9–11 on the transcript and grade 12 under way (first-quarter progress grades only). */
const SENIOR = '500000';

async function storeWithSenior(): Promise<Store> {
  const store = adoptSampleAsOwn(await sampleStore(tempDir()));
  saveStudents(store.db, [student(SENIOR, 12, 'Senior')], TODAY);
  const rows = transcriptOf(2027, 0).filter((r) => r.grade! < 12 || r.term === 'Q1');
  writeHistory(store.db, SENIOR, rows);
  return store;
}

const caseloadRow = async (store: Store, number: string) => (await listCaseload(store.db, TODAY)).find((r) => r.studentNumber === number)!;

describe('on track: credits earned by the end of the finished grade, and a plan that meets every requirement', () => {
  it('says why a senior is off track, then on track once the plan meets every requirement', async () => {
    const store = await storeWithSenior();
    let view = resolvePlan(store.db, SENIOR, TODAY);
    expect(view.onTrack).toEqual({
      verdict: 'off_track',
      finishedGrade: 11,
      expected: 18, // 24 spread evenly: 6, 12, 18, 24
      earned: 18,
      planMeetsRequirements: false,
      reasons: [
        'the plan does not yet meet Personal Financial Literacy: 0 of 0.5 planned',
        'the plan does not yet reach the 24 credits required: 22 planned',
      ],
    });
    expect(await caseloadRow(store, SENIOR)).toMatchObject({ creditsEarned: 18, onTrack: 'off_track' });

    await updatePlan(store.db, SENIOR, { op: 'placeCourse', courseNumber: 'FIN201', year: '12', term: 'S2' }, TODAY);
    await updatePlan(store.db, SENIOR, { op: 'placeCourse', courseNumber: 'SCI311', year: '12' }, TODAY);
    view = await updatePlan(store.db, SENIOR, { op: 'placeCourse', courseNumber: 'ART201', year: '12', term: 'S2' }, TODAY);
    expect(view.onTrack).toMatchObject({ verdict: 'on_track', planMeetsRequirements: true, reasons: [] });
    expect(await caseloadRow(store, SENIOR)).toMatchObject({ creditsEarned: 18, onTrack: 'on_track' });
    store.close();
  });

  it('judges credits by the expectation per grade the requirement set is edited to', async () => {
    const store = await storeWithSenior();
    await updatePlan(store.db, SENIOR, { op: 'placeCourse', courseNumber: 'FIN201', year: '12', term: 'S2' }, TODAY);
    await updatePlan(store.db, SENIOR, { op: 'placeCourse', courseNumber: 'SCI311', year: '12' }, TODAY);
    await updatePlan(store.db, SENIOR, { op: 'placeCourse', courseNumber: 'ART201', year: '12', term: 'S2' }, TODAY);
    saveRequirementSet(store.db, { ...WISCONSIN_MINIMUMS, expectedByGrade: { '9': 6, '10': 12.5, '11': 19.5, '12': 24 } });
    const view = resolvePlan(store.db, SENIOR, TODAY);
    expect(view.onTrack).toMatchObject({ verdict: 'off_track', expected: 19.5, reasons: ['1.5 credits short of the 19.5 expected by the end of grade 11'] });
    expect((await caseloadRow(store, SENIOR)).onTrack).toBe('off_track');
    store.close();
  });

  it('judges nobody before a course history, and gives no credits earned to a student without one', async () => {
    const store = await storeWithSenior();
    expect(await caseloadRow(store, '900009')).toMatchObject({ creditsEarned: null, onTrack: 'unknown' });
    expect(resolvePlan(store.db, '900009', TODAY).onTrack.verdict).toBe('unknown');
    store.close();
  });

  it('counts a failed course as nothing earned in the caseload', async () => {
    const store = await storeWithSenior();
    writeHistory(store.db, '900011', [
      { course: 'ENG101', year: 2025, grade: 9, term: 'Y1', mark: 'F', result: 'failed', earned: 0, attempted: 1 },
      { course: 'MTH101', year: 2025, grade: 9, term: 'Y1', mark: 'B', earned: 1 },
    ]);
    // Grade 11: 12 expected by the end of grade 10; 1 earned.
    expect(await caseloadRow(store, '900011')).toMatchObject({ creditsEarned: 1, onTrack: 'off_track' });
    expect(resolvePlan(store.db, '900011', TODAY).onTrack.reasons[0]).toBe('11 credits short of the 12 expected by the end of grade 10');
    store.close();
  });
});
