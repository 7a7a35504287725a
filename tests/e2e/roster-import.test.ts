import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseloadRow } from '../../src/shared/domain/student';
import type { RunningApp } from './fixtures/app';
import { useApp } from './fixtures/app';
import { repoRoot } from './fixtures/browser-mode';
import { CaseloadPage } from './pages/caseload-page';
import { RosterPage } from './pages/roster-page';

const rosterFixture = (name: string) => join(repoRoot, 'tests/fixtures/roster', name);
const POWERSCHOOL = rosterFixture('powerschool.csv');
/** The student numbers in powerschool.csv, as written (leading zeros kept). */
const POWERSCHOOL_NUMBERS = ['000123', '000124', '100107', '000125'];

async function students(app: RunningApp): Promise<CaseloadRow[]> {
  return (await app.value<{ students: CaseloadRow[] }>('students.list')).students;
}

/** What the core says about a file, asked directly (the sentence the page must show as it is). */
async function previewError(app: RunningApp, path: string, fileName: string): Promise<string> {
  const { jobId } = await app.value<{ jobId: string }>('roster.preview', {
    fileName,
    base64: readFileSync(path).toString('base64'),
  });
  for (let i = 0; i < 200; i++) {
    const status = await app.value<{ state: string; error: { message: string } | null }>('roster.previewStatus', { jobId });
    if (status.state !== 'running') {
      expect(status.state).toBe('failed');
      return status.error!.message;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the preview of ${fileName} did not finish`);
}

/** Tabs from the top of the page until the roster file input has focus, as a keyboard user would. */
async function tabToFileInput(roster: RosterPage): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await roster.page.keyboard.press('Tab');
    if (await roster.fileInput.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement)) return;
  }
  throw new Error('Tab never reached the roster file input');
}

describe('importing a roster', () => {
  const session = useApp({ sample: false });

  it('imports a PowerSchool export by keyboard: columns, preview, import, report, then the student is in the caseload', async () => {
    const app = session.app();
    const before = await students(app);
    const known = new Set(before.map((s) => s.studentNumber));
    const inStore = POWERSCHOOL_NUMBERS.filter((n) => known.has(n));
    const absent = before.filter((s) => s.status === 'active' && !POWERSCHOOL_NUMBERS.includes(s.studentNumber));

    const roster = new RosterPage(session.page());
    await roster.open(app.url);
    await roster.waitForStep('Choose a roster file');
    await session.page().screenshot({ path: '/tmp/import-0-choose.png', fullPage: true });

    await tabToFileInput(roster);
    expect(await roster.focused()).toEqual({ role: 'button', name: 'Roster file (.xlsx, .csv, .tsv or .txt)' });
    await roster.fileInput.setInputFiles(POWERSCHOOL);

    // Step 2: each column with its header, samples and a labelled select; focus on the step heading.
    await roster.waitForStep('Match the columns');
    await roster.columnSelect('B', 'Student_Number').waitFor();
    expect(await roster.focused()).toEqual({ role: 'heading', name: 'Match the columns' });
    expect(await roster.columnChoice('B', 'Student_Number')).toBe('Student number (required)');
    expect(await roster.columnChoice('C', 'LastFirst')).toBe('Student name');
    expect(await roster.columnChoice('F', 'Home_Room')).toBe('Homeroom');
    expect(await roster.markAbsent.isChecked()).toBe(true);
    expect(await roster.main.getByText('García López, María José').count()).toBeGreaterThan(0);
    await session.page().screenshot({ path: '/tmp/import-1-mapping.png', fullPage: true });

    // Leave the homeroom out: the core recomputes the preview with that choice.
    await roster.columnSelect('F', 'Home_Room').selectOption({ label: 'Don’t import' });
    await expect.poll(() => roster.lastCheck.textContent()).toContain('You changed the choices since');
    await roster.button('Check again').focus();
    await session.page().keyboard.press('Enter');
    await expect.poll(() => roster.notice.textContent(), { timeout: 15_000 }).toMatch(/^Checked again: /);
    expect(await roster.columnChoice('F', 'Home_Room')).toBe('Don’t import');
    expect(await roster.focused()).toEqual({ role: 'heading', name: 'Match the columns' });

    await roster.button('Show the preview').focus();
    await session.page().keyboard.press('Enter');

    // Step 3: the counts, worked out here from the store and the file.
    await roster.waitForStep('Check the preview');
    expect(await roster.focused()).toEqual({ role: 'heading', name: 'Check the preview' });
    const counts = await roster.counts();
    expect(counts['New students']).toBe(POWERSCHOOL_NUMBERS.length - inStore.length);
    expect(counts['Changed students']! + counts['Unchanged students']!).toBe(inStore.length);
    expect(counts['Rejected rows']).toBe(0);
    expect(counts['Not in this roster (to be marked)']).toBe(absent.length);
    const added = await roster.tableRows('New students');
    expect(added).toHaveLength(POWERSCHOOL_NUMBERS.length - inStore.length);
    expect(added.some((r) => r.includes('000123') && r.includes('García López'))).toBe(true);
    expect(await roster.tableRows('Students not in this roster')).toHaveLength(absent.length);
    if (inStore.includes('100107')) {
      // The sample school's 100107 is someone else: the file renames that student.
      const changes = await roster.tableRows('Students who will change');
      expect(changes.some((r) => r.includes('Nguyễn'))).toBe(true);
    }
    await session.page().screenshot({ path: '/tmp/import-2-preview.png', fullPage: true });

    // A first roster into an empty caseload marks nobody, so there is nothing to confirm
    // (roster-safeguards.test.ts covers an import that would mark many students absent).
    expect(absent).toHaveLength(0);
    expect(await roster.confirmAbsent.count()).toBe(0);
    expect(await roster.importButton.isDisabled()).toBe(false);

    // Step 4: import, then the report.
    await roster.importButton.focus();
    expect((await roster.focused()).name).toBe(`Import ${POWERSCHOOL_NUMBERS.length} students`);
    await session.page().keyboard.press('Enter');
    await roster.waitForStep('Roster imported', 30_000);
    expect(await roster.focused()).toEqual({ role: 'heading', name: 'Roster imported' });
    const report = await roster.counts();
    expect(report['New students']).toBe(counts['New students']);
    expect(report['Changed students']).toBe(counts['Changed students']);
    expect(report['Marked “not in latest roster”']).toBe(absent.length);
    // The report names the students, each list folded under its count and opened by keyboard.
    const addedList = session.page().locator('details', { has: session.page().locator('summary', { hasText: /^New students \(\d+\)$/ }) });
    await addedList.locator('summary').focus();
    await session.page().keyboard.press('Enter');
    await expect.poll(() => addedList.getAttribute('open')).not.toBeNull();
    const named = (await addedList.getByRole('listitem').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(named).toHaveLength(report['New students']!);
    expect(named).toContain('García López, María José #000123');
    await session.page().screenshot({ path: '/tmp/import-4-report.png', fullPage: true });

    const download = await roster.download(roster.button('Save report as .xlsx'));
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const saved = join(app.dir, download.suggestedFilename());
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');

    // Back to the Caseload: the imported student is there, number as written, homeroom left out.
    await roster.caseloadLink.focus();
    await session.page().keyboard.press('Enter');
    const caseload = new CaseloadPage(session.page());
    await expect.poll(() => caseload.title.textContent()).toBe('Caseload');
    // The caseload lists the current students; those the file left out are behind "Show".
    const after = (await students(app)).filter((s) => s.status === 'active');
    await caseload.waitForCount(after.length, after.length);
    const maria = after.find((s) => s.studentNumber === '000123');
    expect(maria).toMatchObject({ firstName: 'María José', lastName: 'García López', homeroom: null });
    await caseload.search.fill('maria jose garcia lopez');
    await caseload.waitForCount(after.filter((s) => s.firstName === 'María José' && s.lastName === 'García López').length, after.length);
    await caseload.search.fill('000123');
    await caseload.waitForCount(1, after.length);
    expect(await caseload.firstRow('Student number')).toBe('000123');
    expect(await caseload.firstRow('Name')).toContain('García López');
    expect(await caseload.firstRow('Homeroom')).toBe('—not set');
    expect(await caseload.firstRow('Counselor')).toBe('Ms. Alvarez');
  });

  it('reports 0 new and 0 changed when the same file is imported again, with the columns remembered', async () => {
    const app = session.app();
    const before = await students(app);
    const roster = new RosterPage(session.page());
    await roster.open(app.url);
    await roster.fileInput.setInputFiles(POWERSCHOOL);
    await roster.waitForStep('Match the columns');
    await roster.rememberedNote.waitFor();
    expect(await roster.columnChoice('F', 'Home_Room')).toBe('Don’t import');

    await roster.button('Show the preview').click();
    await roster.waitForStep('Check the preview');
    const counts = await roster.counts();
    expect(counts['New students']).toBe(0);
    expect(counts['Changed students']).toBe(0);
    expect(counts['Unchanged students']).toBe(POWERSCHOOL_NUMBERS.length);

    await roster.importButton.click();
    await roster.waitForStep('Roster imported', 30_000);
    const report = await roster.counts();
    expect(report['New students']).toBe(0);
    expect(report['Changed students']).toBe(0);
    expect(report['Unchanged students']).toBe(POWERSCHOOL_NUMBERS.length);
    expect(await students(app)).toEqual(before);
  });

  it('shows the core’s sentence for a file it cannot read, changes nothing, and takes another file (dropped)', async () => {
    const app = session.app();
    const before = await students(app);
    const roster = new RosterPage(session.page());
    await roster.open(app.url);

    for (const name of ['legacy.xls', 'not-a-workbook.xlsx']) {
      const sentence = await previewError(app, rosterFixture(name), name);
      await roster.fileInput.setInputFiles(rosterFixture(name));
      await expect.poll(() => roster.alert.textContent(), { timeout: 15_000 }).toContain(sentence);
      await roster.waitForStep('Choose a roster file');
      expect(await roster.focused()).toEqual({ role: 'heading', name: 'Choose a roster file' });
      if (name === 'legacy.xls') await session.page().screenshot({ path: '/tmp/import-5-error.png', fullPage: true });
    }
    expect(await students(app)).toEqual(before);

    // Another file, dropped this time, goes on as usual and clears the alert.
    await roster.dropFile('clever.csv', readFileSync(rosterFixture('clever.csv'), 'utf8'));
    await roster.waitForStep('Match the columns');
    await roster.columnSelect('C', 'student_number').waitFor();
    expect(await roster.columnChoice('C', 'student_number')).toBe('Student number (required)');
    expect(await roster.alert.isVisible()).toBe(false);
  });

  it('shows progress for a 200,000-row roster, polls without blocking the window, and Cancel stops the check and the import with nothing written', async () => {
    const app = session.app();
    const before = await students(app);
    const rows = 200_000;
    const lines = ['Student Number,Last Name,First Name,Grade,Counselor'];
    for (let i = 0; i < rows; i++) lines.push(`${700000 + i},Lastname${i},First${i},${9 + (i % 4)},Ms. Lee`);
    const big = join(app.dir, 'large-roster.csv');
    writeFileSync(big, lines.join('\r\n'));

    const page = session.page();
    const roster = new RosterPage(page);
    await roster.open(app.url);
    await watchLongTasks(roster);

    // Cancel while the core checks the rows: the job stops on the Node side and nothing is kept.
    await roster.fileInput.setInputFiles(big);
    await roster.waitForStep('Match the columns');
    await roster.main.getByText(/^Checking rows$/).waitFor({ timeout: 15_000 });
    await roster.cancelButton.focus();
    await page.keyboard.press('Enter');
    await roster.waitForStep('Choose a roster file');
    expect(await roster.focused()).toEqual({ role: 'heading', name: 'Choose a roster file' });
    await expect.poll(() => roster.notice.textContent()).toMatch(/cancelled/i);

    // Again, to the end: a determinate bar once the core counts rows, and while it works the
    // window only polls, with no long stretch of work on its main thread.
    await roster.fileInput.setInputFiles(big);
    await roster.waitForStep('Match the columns');
    await roster.main.getByText(/^Checking rows$/).waitFor({ timeout: 15_000 });
    const from = await now(roster);
    const bar = page.getByRole('progressbar', { name: 'Reading large-roster.csv' });
    await expect.poll(() => bar.getAttribute('max')).toBe(String(rows));
    await page.waitForTimeout(300);
    expect(await longestTaskSince(roster, from)).toBeLessThan(150);
    await page.screenshot({ path: '/tmp/import-3-progress.png' });
    await roster.button('Show the preview').waitFor({ timeout: 30_000 });

    // The import: its own progress bar, and Cancel before it writes leaves the store as it was.
    await roster.button('Show the preview').click();
    await roster.waitForStep('Check the preview', 30_000);
    expect((await roster.counts())['New students']).toBe(rows);
    expect(await roster.main.getByText(/only their first rows/).count()).toBe(1);
    await roster.importButton.click();
    await roster.waitForStep('Importing the roster');
    await roster.main.getByText(/^Checking rows$/).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('progressbar', { name: 'Importing large-roster.csv' }).count()).toBe(1);
    await page.screenshot({ path: '/tmp/import-3b-importing.png' });
    await roster.cancelButton.click();
    await roster.waitForStep('Check the preview', 30_000);
    await expect.poll(() => roster.notice.textContent()).not.toBe('');
    expect(await students(app)).toEqual(before);
  }, 90_000);
});

/** Starts recording the page's long tasks (main-thread work over 50 ms). */
async function watchLongTasks(roster: RosterPage): Promise<void> {
  await roster.page.evaluate(`(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  })()`);
}

function now(roster: RosterPage): Promise<number> {
  return roster.page.evaluate<number>('performance.now()');
}

/** The longest task (ms) that began at or after `from` (page time), 0 when there was none. */
function longestTaskSince(roster: RosterPage, from: number): Promise<number> {
  return roster.page.evaluate<number>(
    `Math.max(0, ...window.__longTasks.filter((t) => t.start >= ${from}).map((t) => t.duration))`,
  );
}
