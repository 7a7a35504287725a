import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src/shared/domain/common';
import type { Conference } from '../../src/shared/domain/conference';
import type { PrintSnapshot } from '../../src/shared/domain/print';
import type { CaseloadRow, Student } from '../../src/shared/domain/student';
import { useApp, type RunningApp } from './fixtures/app';
import { CaseloadPage } from './pages/caseload-page';
import { ConferencesSection } from './pages/conferences-section';
import { PlanEditorPage } from './pages/plan-page';
import { PrintControls } from './pages/print-page';

/** Prints one student's plan through the print job, as Download PDF does, and waits for it to be kept. */
async function printPlan(app: RunningApp, studentNumber: string): Promise<PrintSnapshot> {
  const { jobId } = await app.value<{ jobId: string }>('print.start', { selection: { studentNumbers: [studentNumber] }, mode: 'separate' });
  await expect.poll(async () => (await app.value<{ state: string }>('print.status', { jobId })).state, { timeout: 30_000 }).toBe('done');
  return (await app.value<{ snapshots: PrintSnapshot[] }>('print.snapshots', { studentNumber })).snapshots[0]!;
}

describe('conferences, from the plan to the caseload', () => {
  const session = useApp({ sample: true });

  it('records a conference by keyboard from the plan, lists it, corrects it, and removes one after asking', async () => {
    const app = session.app();
    const page = session.page();
    const { students } = await app.value<{ students: CaseloadRow[] }>('students.list');
    const student = await app.value<Student>('students.get', { studentNumber: students.find((s) => s.lastName === 'Nguyễn')!.studentNumber });
    const guardian = student.guardians[0]!.name;
    const printed = await printPlan(app, student.studentNumber);

    const plan = new PlanEditorPage(page);
    await plan.open(app.url, student.studentNumber);
    const conferences = new ConferencesSection(page);
    await plan.tabTo(conferences.recordButton);
    await page.keyboard.press('Enter');

    // Today, the student and the first guardian, the student's home language, the newest printed copy.
    await conferences.dateHeld.waitFor();
    expect(await conferences.dateHeld.inputValue()).toBe(localIsoDate());
    expect(await conferences.attended('The student').isChecked()).toBe(true);
    expect(await conferences.attended(guardian).isChecked()).toBe(true);
    expect(await conferences.language.inputValue()).toBe(student.homeLanguage);
    await expect.poll(() => conferences.printedPlan.inputValue()).toBe(String(printed.id));

    await plan.tabTo(conferences.interpreter);
    await page.keyboard.press('Space');
    await plan.tabTo(conferences.interpreterName);
    await page.keyboard.type('Ms. Lê');
    await plan.tabTo(conferences.notes);
    await page.keyboard.type('Welding pathway; Start College Now next fall.');
    await conferences.region.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/conferences-form.png', fullPage: false });
    await plan.tabTo(conferences.submit);
    await page.keyboard.press('Enter');

    await expect.poll(() => conferences.status.textContent()).toMatch(/^Conference of .* recorded\.$/);
    await expect.poll(() => conferences.items.count()).toBe(1);
    expect(await conferences.items.first().textContent()).toContain(`the student and ${guardian}`);
    expect(await plan.focused()).toEqual({ role: 'button', name: 'Record a conference' });
    const [stored] = (await app.value<{ conferences: Conference[] }>('conferences.list', { studentNumber: student.studentNumber })).conferences;
    expect(stored).toMatchObject({
      heldOn: localIsoDate(),
      studentAttended: true,
      guardians: [guardian],
      language: student.homeLanguage,
      interpreter: true,
      interpreterName: 'Ms. Lê',
      notes: 'Welding pathway; Start College Now next fall.',
      printSnapshotId: printed.id,
    });
    await conferences.region.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/conferences-listed.png' });

    // The copy the family took home reprints through the snapshot, byte for byte.
    await plan.tabTo(conferences.button(/^Reprint the plan taken home/));
    const reprinted = await new PrintControls(page).download(app.dir, () => page.keyboard.press('Enter'));
    expect(reprinted.text).toContain(student.studentNumber);
    await expect.poll(() => conferences.status.textContent()).toMatch(/exactly as printed\.$/);

    // Correct it: the student did not come after all.
    await plan.tabTo(conferences.button(/^Edit conference of/));
    await page.keyboard.press('Enter');
    await plan.tabTo(conferences.attended('The student'));
    await page.keyboard.press('Space');
    await plan.tabTo(conferences.submit);
    await page.keyboard.press('Enter');
    await expect.poll(() => conferences.status.textContent()).toMatch(/saved\.$/);
    await expect.poll(() => conferences.items.first().textContent()).not.toContain('the student');

    // A record nobody attended is refused with the core's sentence, and nothing is saved.
    await plan.tabTo(conferences.button(/^Edit conference of/));
    await page.keyboard.press('Enter');
    await plan.tabTo(conferences.attended(guardian));
    await page.keyboard.press('Space');
    await plan.tabTo(conferences.submit);
    await page.keyboard.press('Enter');
    await expect.poll(() => conferences.alert.textContent()).toContain('Say who attended the conference');
    await plan.tabTo(conferences.form.getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => conferences.region.textContent()).not.toContain('Say who attended');

    // Remove asks first; focus starts on "Keep it".
    await plan.tabTo(conferences.button(/^Remove conference of/));
    await page.keyboard.press('Enter');
    await conferences.dialog.waitFor();
    expect(await plan.focused()).toEqual({ role: 'button', name: 'Keep it' });
    await page.screenshot({ path: '/tmp/conferences-remove-dialog.png' });
    await page.keyboard.press('Tab');
    expect(await plan.focused()).toEqual({ role: 'button', name: 'Remove the conference' });
    await page.keyboard.press('Enter');
    await expect.poll(() => conferences.status.textContent()).toMatch(/removed\.$/);
    await expect.poll(() => conferences.items.count()).toBe(0);
    expect((await app.value<{ conferences: Conference[] }>('conferences.list', { studentNumber: student.studentNumber })).conferences).toEqual([]);
  }, 90_000);

  it('filters the caseload to students with no conference this year and shows the last conference', async () => {
    const app = session.app();
    const { students } = await app.value<{ students: CaseloadRow[] }>('students.list');
    // Two students met this school year, one only last school year (the day before August 1 of this year's start).
    const today = localIsoDate();
    const [y, m] = today.split('-').map(Number) as [number, number];
    const lastYearsEnd = `${m >= 8 ? y : y - 1}-07-31`;
    const met = [students[0]!, students[1]!];
    const lastYear = students[2]!;
    const base = { guardians: [], others: null, language: null, interpreter: false, interpreterName: null, notes: null, printSnapshotId: null, studentAttended: true };
    for (const s of met) await app.value('conferences.add', { ...base, studentNumber: s.studentNumber, heldOn: today });
    await app.value('conferences.add', { ...base, studentNumber: lastYear.studentNumber, heldOn: lastYearsEnd });

    // Who has met this school year (August 1 – July 31), from every student's records and the calendar.
    const first = `${m >= 8 ? y : y - 1}-08-01`;
    let metThisYear = 0;
    for (const s of students) {
      const { conferences } = await app.value<{ conferences: Conference[] }>('conferences.list', { studentNumber: s.studentNumber });
      if (conferences.some((c) => c.heldOn >= first && c.heldOn <= today)) metThisYear++;
    }
    expect(metThisYear).toBeGreaterThanOrEqual(met.length);

    const caseload = new CaseloadPage(session.page());
    await caseload.open(app.url);
    const total = students.length;
    await caseload.waitForCount(total, total);
    await caseload.conferenceFilter.focus();
    await caseload.conferenceFilter.selectOption({ label: 'No conference this year' });
    await caseload.waitForCount(total - metThisYear, total);
    await caseload.search.fill(lastYear.studentNumber);
    await caseload.waitForCount(1, total);
    expect(await caseload.firstRow('Last conference')).toBe(lastYearsEnd);
    await session.page().screenshot({ path: '/tmp/conferences-caseload-none.png' });

    await caseload.search.fill('');
    await caseload.conferenceFilter.selectOption({ label: 'Conference this year' });
    await caseload.waitForCount(metThisYear, total);
    expect(await caseload.columnValues('Last conference')).toEqual(Array(metThisYear).fill(today));
  });

  it('works at 200% zoom: the form fits the width, nothing sideways', async () => {
    const app = session.app();
    const { students } = await app.value<{ students: CaseloadRow[] }>('students.list');
    const zoomed = await session.browser().newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    try {
      const page = await zoomed.newPage();
      const plan = new PlanEditorPage(page);
      await plan.open(app.url, students[5]!.studentNumber);
      const conferences = new ConferencesSection(page);
      await plan.tabTo(conferences.recordButton);
      await page.keyboard.press('Enter');
      await conferences.notes.waitFor();
      const overflow = await conferences.region.evaluate((el) => {
        const e = el as unknown as { scrollWidth: number; clientWidth: number };
        return e.scrollWidth - e.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
      await conferences.form.scrollIntoViewIfNeeded();
      await page.screenshot({ path: '/tmp/conferences-zoom.png' });
    } finally {
      await zoomed.close();
    }
  });
});
