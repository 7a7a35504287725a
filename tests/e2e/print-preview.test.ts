import { describe, expect, it } from 'vitest';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp } from './fixtures/app';
import { PlanEditorPage } from './pages/plan-page';

/** The plan editor shows the pages as they will print, drawn from the printout's own layout. */
describe('the print preview in the plan editor', () => {
  const session = useApp({ sample: true });

  it('draws each page, follows the language chosen, and follows a change to the plan', async () => {
    const app = session.app();
    const { students } = await app.value<{ students: CaseloadRow[] }>('students.list');
    const student = students.find((s) => s.lastName === 'Żółć')!;
    const page = session.page();
    const plan = new PlanEditorPage(page);
    await plan.open(app.url, student.studentNumber);

    const firstPage = page.getByRole('img', { name: /^Page 1 of \d+ as it will print$/ });
    await expect.poll(() => firstPage.count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => firstPage.textContent()).toContain('Academic and Career Plan');
    expect(await firstPage.textContent()).toContain('Żółć');
    await firstPage.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/print-ui-preview-en.png' });

    const language = page.getByRole('combobox', { name: /^Language/ }).first();
    await language.focus();
    await language.selectOption('es');
    await expect.poll(() => firstPage.textContent(), { timeout: 15_000 }).toContain('Plan Académico y Profesional');
    await firstPage.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/print-ui-preview-es.png' });
  });
});
