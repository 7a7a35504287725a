import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp } from './fixtures/app';
import { CaseloadPage } from './pages/caseload-page';
import { PlanEditorPage } from './pages/plan-page';
import { PrintControls } from './pages/print-page';

/**
 * Printing plans for the family: one plan from the plan editor in English and in Spanish (real
 * PDFs, read back with pdftotext and pdfinfo), its printed copies listed and reprinted; a whole
 * grade from the caseload as one file with a progress bar; a print of everyone cancelled.
 */
describe('printing plans', () => {
  const session = useApp({ sample: true });
  let students: CaseloadRow[] = [];

  beforeAll(async () => {
    ({ students } = await session.app().value<{ students: CaseloadRow[] }>('students.list'));
  });

  async function openCaseload(): Promise<{ caseload: CaseloadPage; print: PrintControls; keys: PlanEditorPage }> {
    const page = session.page();
    const caseload = new CaseloadPage(page);
    await caseload.open(session.app().url);
    await caseload.waitForCount(students.length, students.length);
    return { caseload, print: new PrintControls(page), keys: new PlanEditorPage(page) };
  }

  it('downloads one plan in English and in Spanish on A4 by keyboard, lists each printed copy, and reprints one exactly', async () => {
    const page = session.page();
    const keyboard = page.keyboard;
    const student = students.find((s) => s.status === 'active' && /^[A-Za-zñé]+$/.test(s.lastName) && s.preferredName === null)!;
    const plan = new PlanEditorPage(page);
    await plan.open(session.app().url, student.studentNumber);
    const print = new PrintControls(page);
    await expect.poll(() => print.preview.textContent(), { timeout: 15_000 }).toMatch(/^\d+ pages? · /);
    const before = await print.snapshots.count();

    // English: the language select reached by Tab, changed with the arrow keys.
    await plan.tabTo(print.language);
    await keyboard.press('Home');
    expect(await print.language.inputValue()).toBe('en');
    await expect.poll(() => print.preview.textContent()).toMatch(/English labels · Letter, landscape$/);
    await plan.tabTo(print.downloadButton);
    const english = await print.download(session.app().dir, () => keyboard.press('Enter'));
    expect(english.fileName).toContain(student.studentNumber);
    expect(english.text).toContain(student.lastName);
    expect(english.text).toContain(student.firstName);
    expect(english.text).toContain('Academic and Career Plan');
    expect(english.text).toContain('Graduation requirements');
    expect(english.text).not.toContain('Plan Académico y Profesional');
    await expect.poll(() => print.status.textContent()).toMatch(/^Saved .*\(English, Letter, \d+ pages?\)/);
    await expect.poll(() => print.snapshots.count()).toBe(before + 1);

    // Spanish, on A4.
    await plan.tabTo(print.language);
    await keyboard.press('End');
    expect(await print.language.inputValue()).toBe('es');
    await plan.tabTo(print.paper);
    await keyboard.press('End');
    expect(await print.paper.inputValue()).toBe('a4');
    await expect.poll(() => print.preview.textContent()).toMatch(/Español labels · A4, landscape$/);
    await plan.tabTo(print.downloadButton);
    const spanish = await print.download(session.app().dir, () => keyboard.press('Enter'));
    expect(spanish.text).toContain(student.lastName);
    expect(spanish.text).toContain('Plan Académico y Profesional');
    expect(spanish.text).toContain('Requisitos de graduación');
    expect(spanish.text).not.toContain('Academic and Career Plan');
    await expect.poll(() => print.snapshots.count()).toBe(before + 2);
    expect(await print.snapshots.first().textContent()).toMatch(/Español · A4 · \d+ pages? · [0-9a-f]{10}/);
    await print.section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/print-ui-plan.png', fullPage: true });
    await print.section.screenshot({ path: '/tmp/print-ui-plan-section.png' });

    // The newest copy again, by keyboard: the same text as the Spanish download.
    await plan.tabTo(print.reprintButtons().first());
    const again = await print.download(session.app().dir, () => keyboard.press('Enter'));
    expect(again.pages).toBe(spanish.pages);
    expect(again.text).toBe(spanish.text);
    await expect.poll(() => print.status.textContent()).toMatch(/exactly as the family received it\.$/);
  }, 90_000); // three PDFs rendered and read back on a 2-core machine

  it('prints grade 9 as one combined PDF by keyboard, with a progress bar, each student on an odd page', async () => {
    const page = session.page();
    const keyboard = page.keyboard;
    const { print, keys } = await openCaseload();
    const ninth = students.filter((s) => s.status === 'active' && s.grade === 9);
    expect(ninth.length).toBeGreaterThan(1);

    await keys.tabTo(print.openPanelButton);
    await keyboard.press('Enter');
    await print.panel.waitFor();
    // Into the "what to print" radios (Tab stops on the checked one), then down to "A grade".
    await keys.tabTo(print.target('The students shown now'));
    await keyboard.press('ArrowDown');
    expect(await print.target('A grade').isChecked()).toBe(true);
    await keys.tabTo(print.gradeSelect);
    expect(await print.gradeSelect.inputValue()).toBe('9');
    await keys.tabTo(print.combinedMode);
    expect(await print.combinedMode.isChecked()).toBe(true);
    await page.screenshot({ path: '/tmp/print-ui-panel.png', fullPage: true });

    await keys.tabTo(print.printButton);
    let sawProgress = false;
    const saved = await print.download(session.app().dir, async () => {
      await keyboard.press('Enter');
      await print.progress.waitFor({ timeout: 10_000 });
      sawProgress = true;
      await page.screenshot({ path: '/tmp/print-ui-progress.png' });
    });
    expect(sawProgress).toBe(true);
    expect(saved.fileName).toMatch(/^plans-grade-9-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(saved.pages).toBeGreaterThanOrEqual(ninth.length);
    // Each student's plan starts on an odd page (pdftotext ends every page with a form feed).
    const pageTexts = saved.text.split('\f');
    for (const s of ninth) {
      const first = pageTexts.findIndex((t) => t.includes(s.studentNumber));
      expect(first, `${s.studentNumber} is in the file`).toBeGreaterThanOrEqual(0);
      expect((first + 1) % 2, `${s.studentNumber} starts on page ${first + 1}`).toBe(1);
    }
    await expect
      .poll(() => print.panelStatus.textContent())
      .toBe(`Saved ${saved.fileName}: ${ninth.length} students, ${saved.pages} pages.`);
  });

  it('prints pasted student numbers as one PDF per student by keyboard, each saved from its own button or all at once', async () => {
    const page = session.page();
    const keyboard = page.keyboard;
    const { print, keys } = await openCaseload();
    const two = students.filter((s) => s.status === 'active').slice(0, 2);
    await keys.tabTo(print.openPanelButton);
    await keyboard.press('Enter');
    // Choosing a counselor in its select chooses "A counselor's students".
    await keys.tabTo(print.counselorSelect);
    await keyboard.press('ArrowDown');
    expect(await print.target('A counselor’s students').isChecked()).toBe(true);
    // Typing numbers chooses "These student numbers".
    await keys.tabTo(print.pastedNumbers);
    await keyboard.type(`${two[0]!.studentNumber},`);
    await keyboard.press('Enter');
    await keyboard.type(` ${two[1]!.studentNumber}`);
    expect(await print.target('These student numbers').isChecked()).toBe(true);
    await keys.tabTo(print.combinedMode);
    await keyboard.press('ArrowDown');
    expect(await print.separateMode.isChecked()).toBe(true);
    await keys.tabTo(print.panelLanguage);
    await keyboard.press('End');
    expect(await print.panelLanguage.inputValue()).toBe('es');
    await keys.tabTo(print.panelPaper);
    await keyboard.press('End');
    await keys.tabTo(print.printButton);
    await keyboard.press('Enter');
    await expect.poll(() => print.panelStatus.textContent(), { timeout: 15_000 }).toBe('Printed 2 students as 2 files. Save them below.');

    await keys.tabTo(print.saveFileButtons.first());
    const one = await print.download(session.app().dir, () => keyboard.press('Enter'));
    expect(one.fileName.endsWith(`-#${two[0]!.studentNumber}.pdf`)).toBe(true);
    expect(one.pages).toBeGreaterThanOrEqual(1);
    expect(one.text).toContain('Plan Académico y Profesional');

    await keys.tabTo(print.saveAllButton);
    const names: string[] = [];
    page.on('download', (d) => names.push(d.suggestedFilename()));
    await keyboard.press('Enter');
    await expect.poll(() => names.length).toBe(2);
    expect(names[1]).toContain(two[1]!.studentNumber);
    await expect.poll(() => print.panelStatus.textContent()).toBe('Saved 2 files.');
  });

  it('cancels a print of every active student by keyboard and says so, then closes the panel', async () => {
    const page = session.page();
    const keyboard = page.keyboard;
    const { print, keys } = await openCaseload();
    await keys.tabTo(print.openPanelButton);
    await keyboard.press('Enter');
    await keys.tabTo(print.target('The students shown now'));
    // Up from the first radio wraps round to the last.
    await keyboard.press('ArrowUp');
    expect(await print.target('Every active student').isChecked()).toBe(true);
    await keys.tabTo(print.printButton);
    await keyboard.press('Enter');
    await print.progress.waitFor({ timeout: 10_000 });
    // Focus follows the Print button's place: Cancel has it while the job runs.
    expect(await print.focused()).toEqual({ role: 'button', name: 'Cancel' });
    await keyboard.press('Enter');
    await expect
      .poll(() => print.panelStatus.textContent(), { timeout: 15_000 })
      .toBe('Printing was cancelled. No plans were saved or recorded.');
    expect(await print.progress.count()).toBe(0);
    expect(await print.focused()).toEqual({ role: 'button', name: 'Print' });
    await page.screenshot({ path: '/tmp/print-ui-cancelled.png', fullPage: true });

    await keys.tabTo(print.closeButton);
    await keyboard.press('Enter');
    expect(await print.panel.count()).toBe(0);
    expect(await print.focused()).toEqual({ role: 'button', name: 'Print plans…' });
  });
});
