import { describe, expect, it } from 'vitest';
import { frameworkLine } from '../../../src/main/core/pdf/page-parts';
import { LABELS } from '../../../src/main/core/pdf/labels';
import { readPlan } from '../../../src/main/core/plans/repository';
import { resolvePlan } from '../../../src/main/core/plans/resolve';
import { applyProgramToPlan, updatePlan } from '../../../src/main/core/plans/update';
import { getProgram, saveProgram } from '../../../src/main/core/programs/repository';
import { saveSettings, settingsView } from '../../../src/main/core/settings/settings';
import { editionForYear, programTag2024 } from '../../../src/shared/domain/framework-choice';
import { useTempDir } from '../../helpers/temp';
import { sampleStore, TODAY } from './stores';

const tempDir = useTempDir();

/** TODAY falls in 2026-27 (the school year ending in 2027). */
const keep = { schoolName: null, defaultPaper: 'letter', familyLanguage: 'family' } as const;

describe('the framework new plans use, per school year (issue 15)', () => {
  it('is the 16 clusters until the school says otherwise; a year without its own entry follows the latest earlier one', async () => {
    const store = await sampleStore(tempDir());
    expect(settingsView(store.db, TODAY)).toMatchObject({ frameworkYears: [], newPlans: { schoolYear: 2027, edition: '2016' } });
    const saved = saveSettings(store.db, { ...keep, frameworkYears: [{ schoolYear: 2027, edition: '2024' }, { schoolYear: 2026, edition: '2016' }] }, TODAY, 'Ms. Lead');
    expect(saved.frameworkYears).toEqual([{ schoolYear: 2026, edition: '2016' }, { schoolYear: 2027, edition: '2024' }]);
    expect(saved.newPlans).toEqual({ schoolYear: 2027, edition: '2024' });
    expect([2025, 2026, 2027, 2030].map((y) => editionForYear(saved.frameworkYears, y))).toEqual(['2016', '2016', '2024', '2024']);
    // Who set the year is kept with it; a save without the list leaves it as it was.
    expect(store.db.prepare('SELECT changed_by FROM framework_year WHERE school_year = 2027').pluck().get()).toBe('Ms. Lead');
    expect(saveSettings(store.db, { ...keep, schoolName: 'Lakeside' }, TODAY).frameworkYears).toHaveLength(2);
    expect(() => saveSettings(store.db, { ...keep, frameworkYears: [{ schoolYear: 2027, edition: '2024' }, { schoolYear: 2027, edition: '2016' }] }, TODAY)).toThrow(/2026-27 is listed twice/);
    store.close();
  });

  it('starts a plan made in a 2024 year on the 2024 framework: the view says so before the first change, the store after it', async () => {
    const store = await sampleStore(tempDir());
    expect(resolvePlan(store.db, '900009', TODAY).framework.edition).toBe('2016');
    saveSettings(store.db, { ...keep, frameworkYears: [{ schoolYear: 2027, edition: '2024' }] }, TODAY);
    const before = resolvePlan(store.db, '900009', TODAY);
    expect(before.framework.edition).toBe('2024');
    // The printout names the framework the plan uses, its choice not made yet.
    expect(frameworkLine(before, LABELS.en)).toMatch(/^Career cluster \(2024\): not chosen yet → Sub-cluster: not chosen yet → Program/);

    await updatePlan(store.db, '900009', { op: 'setNotes', notes: 'Likes fixing things.' }, TODAY);
    expect(readPlan(store.db, '900009')).toMatchObject({ edition: '2024' });
    expect(store.db.prepare("SELECT framework_edition FROM plan WHERE student_number = '900009'").pluck().get()).toBe('2024');
    // An existing plan stays on its framework whatever the year's setting says.
    const sampled = store.db.prepare("SELECT student_number FROM plan WHERE framework_edition = '2016' AND cluster_code IS NOT NULL LIMIT 1").pluck().get() as string;
    expect(resolvePlan(store.db, sampled, TODAY).framework.edition).toBe('2016');

    // Taking the 2024 choice back ("Not chosen") leaves a plan made on 2024 there, nothing chosen yet.
    await updatePlan(store.db, '900009', { op: 'setFramework2024', choice: { clusterCode: 'AMF', subClusterCode: null } }, TODAY);
    const cleared = await updatePlan(store.db, '900009', { op: 'setFramework2024', choice: null }, TODAY);
    expect(cleared.framework.edition).toBe('2024');
    expect(readPlan(store.db, '900009')).toMatchObject({ edition: '2024' });
    // A plan with a 16-cluster choice (one moved to 2024 keeps it) goes back to that choice.
    await updatePlan(store.db, sampled, { op: 'setFramework2024', choice: { clusterCode: 'AMF', subClusterCode: null } }, TODAY);
    const back = await updatePlan(store.db, sampled, { op: 'setFramework2024', choice: null }, TODAY);
    expect(back.framework.edition).toBe('2016');
    store.close();
  });

  it('gives a plan on the 2024 framework the program’s 2024 tag when the program is applied or chosen, and a 16-cluster plan only its pathway', async () => {
    const store = await sampleStore(tempDir());
    const program = getProgram(store.db, 'electro-mechanical');
    expect(programTag2024(program)).toEqual({ choice: { clusterCode: 'AMF', subClusterCode: 'AMF-IMA' }, derived: true });

    const on2016 = await applyProgramToPlan(store.db, '900011', 'electro-mechanical', TODAY);
    expect(on2016.framework).toMatchObject({ edition: '2016', pathway: { code: 'MN-MIR' } });
    expect(on2016.framework.choice2024).toBeUndefined();

    saveSettings(store.db, { ...keep, frameworkYears: [{ schoolYear: 2027, edition: '2024' }] }, TODAY);
    const applied = await applyProgramToPlan(store.db, '900009', 'electro-mechanical', TODAY);
    expect(applied.framework).toMatchObject({
      edition: '2024',
      pathway: { code: 'MN-MIR' },
      choice2024: { cluster: { code: 'AMF' }, subCluster: { code: 'AMF-IMA', name: 'Industrial Machinery' } },
    });
    expect(frameworkLine(applied, LABELS.en)).toMatch(/^Career cluster \(2024\): Advanced Manufacturing → Sub-cluster: Industrial Machinery → Program of study: Electro-Mechanical/);

    // A tag a lead set wins over the derived one, for the program chosen on the plan too.
    saveProgram(store.db, { ...program, framework2024: { clusterCode: 'AMF', subClusterCode: 'AMF-ENG' } });
    expect(programTag2024(getProgram(store.db, 'electro-mechanical'))).toEqual({ choice: { clusterCode: 'AMF', subClusterCode: 'AMF-ENG' }, derived: false });
    await updatePlan(store.db, '900009', { op: 'setFramework', clusterCode: null, pathwayCode: null, programId: null }, TODAY);
    const chosen = await updatePlan(store.db, '900009', { op: 'setFramework', clusterCode: null, pathwayCode: null, programId: 'electro-mechanical' }, TODAY);
    expect(chosen.framework.choice2024?.subCluster?.code).toBe('AMF-ENG');
    store.close();
  });
});
