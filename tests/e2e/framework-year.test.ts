import { describe, expect, it } from 'vitest';
import { schoolYearText } from '../../src/shared/domain/framework-choice';
import type { PlanView } from '../../src/shared/domain/plan-view';
import type { ProgramOfStudy } from '../../src/shared/domain/program';
import { schoolYearEnd } from '../../src/shared/domain/school-year';
import type { SettingsView } from '../../src/shared/domain/settings';
import { useApp } from './fixtures/app';
import { CaseloadPage } from './pages/caseload-page';
import { CatalogPages } from './pages/catalog-page';
import { PlanEditorPage } from './pages/plan-page';

/**
 * Both frameworks (issue 15) by keyboard on a school laptop's 1366×768 at 200% zoom (683×384 CSS
 * pixels): the school sets the framework new plans use this school year; a new plan offers the
 * 2024 picker first and a program applied to it sets its 2024 choice; a program's 2024 tag is
 * edited on the Programs page.
 */
describe('the framework for new plans and programs tagged with both frameworks', () => {
  const session = useApp({ sample: true, viewport: { width: 683, height: 384 } });
  // The application's clock decides the school year; the test names the one it is in.
  const thisYear = schoolYearEnd(new Date());

  it('sets this school year to the 2024 framework on the Settings page; a new plan then offers the 2024 picker first and choosing its program sets its 2024 choice', async () => {
    const page = session.page();
    const app = session.app();
    const shell = new CaseloadPage(page);
    const walker = new PlanEditorPage(page);
    await shell.open(app.url);
    await shell.openFromNavigation('Settings');
    const year = shell.main.getByRole('combobox', { name: `${schoolYearText(thisYear)} (this school year)` });
    await walker.tabTo(year);
    expect(await walker.selectedText(year)).toBe('As the year before (16 Career Clusters (79 pathways))');
    await page.keyboard.type('2024');
    await walker.tabTo(shell.main.getByRole('button', { name: 'Save framework for new plans' }));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => shell.main.getByRole('form', { name: 'Framework for new plans' }).getByRole('status').textContent())
      .toBe(`Saved. A plan made this school year (${schoolYearText(thisYear)}) starts on the 2024 National Career Clusters Framework (14 clusters).`);
    expect((await app.value<SettingsView>('settings.get')).newPlans).toEqual({ schoolYear: thisYear, edition: '2024' });
    await page.screenshot({ path: '/tmp/fwyear/shots/settings-framework-years.png', fullPage: true });

    await app.value('students.add', { studentNumber: 'T-950', details: { firstName: 'Rosa', lastName: 'Quispe', grade: 9 } });
    const plan = new PlanEditorPage(page);
    await plan.open(app.url, 'T-950');
    const choice2024 = page.getByRole('combobox', { name: '2024 framework: cluster and sub-cluster' });
    const cluster16 = page.getByRole('combobox', { name: 'Career cluster', exact: true });
    await plan.tabTo(choice2024);
    // The 2024 picker comes first: the next stop is the 16-cluster one.
    await page.keyboard.press('Tab');
    expect(await plan.focused()).toEqual({ role: 'combobox', name: 'Career cluster' });
    expect(await cluster16.inputValue()).toBe('');
    await page.screenshot({ path: '/tmp/fwyear/shots/new-plan-2024-first.png' });

    await plan.tabTo(page.getByRole('combobox', { name: 'Program of study', exact: true }));
    await page.keyboard.type('Electro-Mechanical');
    await page.keyboard.press('Tab');
    await plan.waitForSaved('Program of study: Electro-Mechanical.');
    const chosen = await app.value<PlanView>('plans.get', { studentNumber: 'T-950' });
    expect(chosen.framework).toMatchObject({ edition: '2024', pathway: { code: 'MN-MIR' }, choice2024: { subCluster: { code: 'AMF-IMA', name: 'Industrial Machinery' } } });
    expect(await plan.selectedText(choice2024)).toBe('Industrial Machinery');
  });

  it('edits a program’s 2024 sub-cluster on the Programs page by keyboard; the list no longer marks it derived', async () => {
    const page = session.page();
    const p = new CatalogPages(page);
    const walker = new PlanEditorPage(page);
    await p.openPrograms(session.app().url);
    const row = p.programTable.getByRole('row').filter({ has: page.getByRole('button', { name: 'Electro-Mechanical', exact: true }) });
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('Advanced Manufacturing / Industrial Machinery (derived)');
    await walker.tabTo(p.programButton('Electro-Mechanical'));
    await page.keyboard.press('Enter');
    await walker.tabTo(p.button('Edit'));
    await page.keyboard.press('Enter');
    const tag = p.field('2024 cluster or sub-cluster');
    await walker.tabTo(tag);
    expect(await walker.selectedText(tag)).toBe('Derived from the pathway: Advanced Manufacturing / Industrial Machinery');
    await page.keyboard.type('Engineering');
    expect(await walker.selectedText(tag)).toBe('Engineering');
    await walker.tabTo(p.button('Save program'));
    await page.keyboard.press('Enter');
    await expect.poll(() => row.getByRole('cell').nth(1).textContent()).toBe('Advanced Manufacturing / Engineering');
    expect((await session.app().value<ProgramOfStudy>('programs.get', { id: 'electro-mechanical' })).framework2024).toEqual({ clusterCode: 'AMF', subClusterCode: 'AMF-ENG' });
    await page.screenshot({ path: '/tmp/fwyear/shots/programs-2024-column.png', fullPage: true });
  });
});
