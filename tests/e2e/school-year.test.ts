import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src/shared/domain/common';
import { schoolYearEnd } from '../../src/shared/domain/school-year';
import { schoolYearText } from '../../src/shared/domain/year';
import { useApp } from './fixtures/app';
import { CaseloadPage } from './pages/caseload-page';
import { SchoolYearPage } from './pages/school-year-page';

interface Listed {
  students: { studentNumber: string; grade: number | null; classYear: number | null; status: string; planStatus: string }[];
}

describe('the School year page', () => {
  const session = useApp({ sample: true });

  it('starts the next school year by keyboard after a preview and a confirmation, shows graduates apart, and undoes it', async () => {
    const app = session.app();
    const page = session.page();
    // The application runs on today's calendar: the next school year is the one after today's.
    const end = schoolYearEnd(localIsoDate()) + 1;
    const next = schoolYearText(end);
    const before = await app.value<Listed>('students.list');
    const graduates = before.students.filter((s) => s.status === 'active' && s.classYear !== null && s.classYear <= end - 1);
    const advancing = before.students.filter((s) => s.status === 'active' && !graduates.includes(s) && s.grade !== null && s.grade < 12);
    expect(graduates.length).toBeGreaterThan(0);
    expect(advancing.length).toBeGreaterThan(0);
    // The sample's reviews were made this fall, before today: each one belongs to the year that ends.
    const reviewed = before.students.filter((s) => s.planStatus === 'reviewed').map((s) => s.studentNumber);
    expect(reviewed.length).toBeGreaterThan(0);

    const year = new SchoolYearPage(page);
    await year.openByKeyboard(app.url);

    // The bulk change is counted before anything happens.
    const preview = year.previewList(next);
    await preview.waitFor();
    const said = (await preview.textContent()) ?? '';
    expect(said).toContain(`${graduates.length} students will graduate (class of ${end - 1} and earlier)`);
    expect(said).toContain(`${advancing.length} students will move up one grade`);

    // From the heading the next stop is the Start button; Escape in the confirmation changes nothing.
    await page.keyboard.press('Tab');
    expect(await year.focused()).toEqual({ role: 'button', name: `Start school year ${next}…` });
    expect((await year.focusIsVisible()).focusVisible).toBe(true);
    await page.keyboard.press('Enter');
    await year.dialog.waitFor();
    await expect.poll(() => year.focused()).toEqual({ role: 'button', name: 'Cancel' });
    expect(await year.dialog.textContent()).toContain(`${graduates.length} students will graduate`);
    await page.screenshot({ path: '/tmp/yearend-confirm.png' });
    await page.keyboard.press('Escape');
    await year.dialog.waitFor({ state: 'detached' });
    await expect.poll(() => year.focused()).toEqual({ role: 'button', name: `Start school year ${next}…` });
    expect((await app.value<Listed>('students.list')).students).toEqual(before.students);

    // Enter, Shift+Tab from Cancel to Start, Enter.
    await page.keyboard.press('Enter');
    await year.dialog.waitFor();
    await expect.poll(() => year.focused()).toEqual({ role: 'button', name: 'Cancel' });
    await page.keyboard.press('Shift+Tab');
    expect(await year.focused()).toEqual({ role: 'button', name: `Start ${next}` });
    await page.keyboard.press('Enter');
    await year.status.waitFor();
    expect(await year.status.textContent()).toBe(
      `Started school year ${next}: ${graduates.length} graduated, ${advancing.length} moved up a grade, ${reviewed.length} reviewed plans show as complete again.`,
    );
    await expect.poll(() => year.focused().then((f) => f.role)).toBe('status');
    await expect.poll(() => year.title.textContent()).toBe('School year');
    expect(await year.main.textContent()).toContain(`Current school year: ${next}`);
    await year.undoButton(next).waitFor();
    await page.screenshot({ path: '/tmp/yearend-started.png', fullPage: true });

    const after = new Map((await app.value<Listed>('students.list')).students.map((s) => [s.studentNumber, s]));
    for (const g of graduates) expect(after.get(g.studentNumber)?.status).toBe('graduated');
    for (const a of advancing) expect(after.get(a.studentNumber)?.grade).toBe(a.grade! + 1);
    for (const n of reviewed) expect(after.get(n)?.planStatus).toBe('complete');

    // The caseload lists current students; graduates only in the Graduated view.
    const caseload = new CaseloadPage(page);
    await caseload.navLink('Caseload').click();
    const current = before.students.length - graduates.length;
    await caseload.waitForCount(current, current);
    const show = page.getByRole('combobox', { name: 'Show', exact: true });
    await show.selectOption({ label: 'Graduated' });
    await caseload.waitForCount(graduates.length, graduates.length);
    await page.screenshot({ path: '/tmp/yearend-graduated.png' });

    // A graduate's plan opens read-only, and still prints.
    const graduate = graduates[0]!;
    await page.goto(`${app.url}#/plan/${encodeURIComponent(graduate.studentNumber)}`);
    await page.getByText(`Graduated with the class of ${graduate.classYear}: this plan is kept read-only.`).waitFor();
    expect(await page.getByLabel('Notes from meetings').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Mark reviewed today' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Download PDF' }).isEnabled()).toBe(true);
    await page.screenshot({ path: '/tmp/yearend-graduate-plan.png' });
    await page.goto(`${app.url}#/caseload`);
    await expect.poll(() => caseload.title.textContent()).toBe('Caseload');

    // Undo by keyboard: everything as it was.
    await caseload.navLink('School year').focus();
    await page.keyboard.press('Enter');
    await year.waitForTitle();
    await year.undoButton(next).focus();
    await page.keyboard.press('Enter');
    await year.dialog.waitFor();
    await expect.poll(() => year.focused()).toEqual({ role: 'button', name: 'Cancel' });
    await page.keyboard.press('Shift+Tab');
    expect(await year.focused()).toEqual({ role: 'button', name: 'Undo the start' });
    await page.keyboard.press('Enter');
    await year.status.waitFor();
    expect(await year.status.textContent()).toBe(
      `Undid the start of ${next}: ${graduates.length} students are active again and ${advancing.length} grades are back as they were.`,
    );
    expect((await app.value<Listed>('students.list')).students).toEqual(before.students);
    await year.startButton(next).waitFor();
  });

  it('reads at 200% zoom on a 1366×768 screen: no sideways scroll, the preview and the Start button in reach', async () => {
    const next = schoolYearText(schoolYearEnd(localIsoDate()) + 1);
    const zoomed = await session.browser().newContext({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });
    try {
      const page = await zoomed.newPage();
      const year = new SchoolYearPage(page);
      await page.goto(`${session.app().url}#/year`);
      await year.waitForTitle();
      await year.previewList(next).waitFor();
      const overflow = await page.evaluate(() => {
        const root = (globalThis as unknown as { document: { scrollingElement: { scrollWidth: number; clientWidth: number } } }).document.scrollingElement;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      await year.startButton(next).scrollIntoViewIfNeeded();
      expect(await year.startButton(next).isVisible()).toBe(true);
      await page.screenshot({ path: '/tmp/yearend-zoom.png', fullPage: true });
    } finally {
      await zoomed.close();
    }
  });
});
