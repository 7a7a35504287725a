import { describe, expect, it } from 'vitest';
import type { PlanView } from '../../src/shared/domain/plan-view';
import { schoolYearEnd } from '../../src/shared/domain/school-year';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp } from './fixtures/app';
import { CaseloadPage } from './pages/caseload-page';
import { PlanEditorPage } from './pages/plan-page';
import { PrintControls } from './pages/print-page';

/** Course request sheets from the caseload's print panel: the plans' run, another page. */
describe('printing course request sheets', () => {
  const session = useApp({ sample: true });

  it('prints grade 10 as one file of request sheets by keyboard: one page per student, each with next year’s courses', async () => {
    const app = session.app();
    const { students } = await app.value<{ students: CaseloadRow[] }>('students.list');
    const end = schoolYearEnd(new Date());
    const nextYear = `${end}-${String((end + 1) % 100).padStart(2, '0')}`;
    const tenth = students.filter((s) => s.status === 'active' && s.classYear !== null && 12 - (s.classYear - end) === 10);
    expect(tenth.length).toBeGreaterThan(1);

    const page = session.page();
    const caseload = new CaseloadPage(page);
    await caseload.open(app.url);
    await caseload.waitForCount(students.length, students.length);
    const print = new PrintControls(page);
    const keys = new PlanEditorPage(page);
    await keys.tabTo(print.openPanelButton);
    await page.keyboard.press('Enter');
    await print.panel.waitFor();
    await keys.tabTo(print.gradeSelect);
    await print.gradeSelect.selectOption('10');
    expect(await print.target('A grade').isChecked()).toBe(true);
    const sheets = print.panel.getByRole('radio', { name: /^Course request sheets/ });
    await keys.tabTo(print.panel.getByRole('radio', { name: 'Plans', exact: true }));
    await page.keyboard.press('ArrowDown');
    expect(await sheets.isChecked()).toBe(true);
    expect(await print.panel.getByRole('combobox', { name: 'School year of the requests' }).inputValue()).toBe(nextYear);
    await page.screenshot({ path: '/tmp/requests-3-print-panel.png', fullPage: true });
    await keys.tabTo(print.printButton);
    const saved = await print.download(app.dir, () => page.keyboard.press('Enter'));
    expect(saved.fileName).toMatch(new RegExp(`^course-request-sheets-${nextYear}-grade-10-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    expect(saved.pages).toBe(tenth.length);
    const pages = saved.text.split('\f');
    for (const s of tenth) {
      const text = pages.find((t) => t.includes(`#${s.studentNumber}`) || t.includes(`n.º ${s.studentNumber}`));
      expect(text, `${s.studentNumber} has a page`).toBeDefined();
      const view = await app.value<PlanView>('plans.get', { studentNumber: s.studentNumber });
      for (const c of view.years.find((y) => y.year === '11')!.courses.filter((x) => x.source === 'counselor' && x.status === 'planned')) {
        expect(text, `${s.studentNumber} requests ${c.courseNumber}`).toContain(c.courseNumber);
      }
    }
    await expect.poll(() => print.panelStatus.textContent()).toBe(`Saved ${saved.fileName}: ${tenth.length} students, ${saved.pages} pages.`);
  });
});
