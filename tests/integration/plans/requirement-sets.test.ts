import { describe, expect, it } from 'vitest';
import { resolvePlan } from '../../../src/main/core/plans/resolve';
import { applyProgramToPlan } from '../../../src/main/core/plans/update';
import { requirementSetFor, saveRequirementSet } from '../../../src/main/core/requirements/repository';
import { listCaseload } from '../../../src/main/core/plans/caseload';
import { WISCONSIN_MINIMUMS } from '../../../src/shared/domain/requirements';
import { useTempDir } from '../../helpers/temp';
import { sampleStore, TODAY } from './stores';

const tempDir = useTempDir();

describe('requirement sets per class year', () => {
  it('uses the state minimums until the district saves its own, then the class’s own set, else the default', async () => {
    const store = await sampleStore(tempDir());
    expect(requirementSetFor(store.db, 2030)).toEqual(WISCONSIN_MINIMUMS);
    await applyProgramToPlan(store.db, '900009', 'electro-mechanical', TODAY); // class of 2030, 25 credits planned
    expect(resolvePlan(store.db, '900009', TODAY).status).toBe('complete');

    const stricter = { ...WISCONSIN_MINIMUMS, classYear: 2030, name: 'Class of 2030: 26 credits', totalCredits: 26 };
    saveRequirementSet(store.db, stricter, TODAY);
    expect(requirementSetFor(store.db, 2030)).toEqual(stricter);
    expect(requirementSetFor(store.db, 2029)).toEqual(WISCONSIN_MINIMUMS);
    const view = resolvePlan(store.db, '900009', TODAY);
    expect(view.requirements).toMatchObject({ setName: 'Class of 2030: 26 credits', total: { required: 26, planned: 25, met: false } });
    expect(view.status).toBe('started');
    expect((await listCaseload(store.db, TODAY)).find((s) => s.studentNumber === '900009')!.planStatus).toBe('started');

    const localDefault = { ...WISCONSIN_MINIMUMS, name: 'Lincoln default: 22', totalCredits: 22 };
    saveRequirementSet(store.db, localDefault, TODAY);
    expect(requirementSetFor(store.db, 2029).name).toBe('Lincoln default: 22');
    // saving again replaces, never duplicates
    saveRequirementSet(store.db, { ...localDefault, areas: [{ area: 'english', credits: 4 }] }, TODAY);
    expect(requirementSetFor(store.db, null).areas).toEqual([{ area: 'english', credits: 4 }]);
    expect(store.db.prepare('SELECT count(*) FROM requirement_set').pluck().get()).toBe(2);
    store.close();
  });

  it('refuses an area listed twice', async () => {
    const store = await sampleStore(tempDir());
    const twice = { ...WISCONSIN_MINIMUMS, areas: [{ area: 'math' as const, credits: 3 }, { area: 'math' as const, credits: 2 }] };
    expect(() => saveRequirementSet(store.db, twice)).toThrow(/listed twice/);
    store.close();
  });
});
