import { describe, expect, it } from 'vitest';
import type { PlanView } from '../../src/shared/domain/plan-view';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp } from './fixtures/app';
import { PlanEditorPage } from './pages/plan-page';

/** A plan's 2024 choice and career interests from the occupations, set by keyboard (issue 15). */
describe('the plan in the 2024 framework, with occupations as career interests', () => {
  const session = useApp({ sample: true });

  it('chooses a 2024 sub-cluster beside the 16-cluster choice and takes it back', async () => {
    const app = session.app();
    const { students } = await app.value<{ students: CaseloadRow[] }>('students.list');
    const student = students.find((s) => s.grade === 10)!;
    const page = session.page();
    const plan = new PlanEditorPage(page);
    await plan.open(app.url, student.studentNumber);
    const before = await app.value<PlanView>('plans.get', { studentNumber: student.studentNumber });

    const select = page.getByRole('combobox', { name: '2024 framework: cluster and sub-cluster' });
    await plan.tabTo(select);
    expect(await plan.selectedText(select)).toBe('Not chosen (the 16-cluster choice stands)');
    await page.keyboard.type('Physical Health');
    await page.keyboard.press('Tab');
    await plan.waitForSaved('2024 choice: Healthcare & Human Services / Physical Health.');
    const after = await app.value<PlanView>('plans.get', { studentNumber: student.studentNumber });
    expect(after.framework.choice2024).toEqual({ cluster: { code: 'HHS', name: 'Healthcare & Human Services' }, subCluster: { code: 'HHS-PHH', name: 'Physical Health' } });
    expect(after.framework.cluster).toEqual(before.framework.cluster);

    await plan.tabTo(select);
    await page.keyboard.type('Not chosen');
    await page.keyboard.press('Tab');
    await plan.waitForSaved('2024 choice taken back; the 16-cluster choice stands.');
    expect((await app.value<PlanView>('plans.get', { studentNumber: student.studentNumber })).framework.choice2024).toBeUndefined();
  });

  it('adds an occupation found by a misspelling, and the student’s own words', async () => {
    const app = session.app();
    const { students } = await app.value<{ students: CaseloadRow[] }>('students.list');
    const student = students.find((s) => s.grade === 11)!;
    const page = session.page();
    const plan = new PlanEditorPage(page);
    await plan.open(app.url, student.studentNumber);
    const interests = plan.section('Career interests');
    const input = page.getByRole('combobox', { name: 'Add a career interest' });

    await plan.tabTo(input);
    await page.keyboard.type('electrition');
    await expect.poll(() => interests.getByRole('option').first().textContent()).toMatch(/^ElectricianSOC 47-2111$/);
    await page.keyboard.press('Enter');
    await plan.waitForSaved('Career interest added: Electrician.');
    expect(await input.inputValue()).toBe('');

    // Own words no occupation matches: Enter keeps them.
    await page.keyboard.type('working with horses');
    await expect.poll(() => interests.getByRole('status').textContent()).toBe('No sample occupation matches; Add interest keeps these words.');
    await page.keyboard.press('Enter');
    await plan.waitForSaved('Career interest added: working with horses.');
    // Own words that match occupations: Escape closes the list, then Enter keeps them as typed.
    await page.keyboard.type('nurse');
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await plan.waitForSaved('Career interest added: nurse.');
    const saved = await app.value<PlanView>('plans.get', { studentNumber: student.studentNumber });
    expect(saved.careerInterests.slice(-3)).toEqual(['Electrician', 'working with horses', 'nurse']);
  });
});
