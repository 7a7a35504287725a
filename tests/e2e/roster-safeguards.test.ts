import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp, type RunningApp } from './fixtures/app';
import { repoRoot } from './fixtures/browser-mode';
import { RosterPage } from './pages/roster-page';

const rosterFixture = (name: string) => join(repoRoot, 'tests/fixtures/roster', name);

/** The caseload the files below are compared with, imported through the API as the page would. */
async function importThroughApi(app: RunningApp, name: string): Promise<void> {
  const { jobId } = await app.value<{ jobId: string }>('roster.import', { fileName: name, base64: readFileSync(rosterFixture(name)).toString('base64') });
  for (let i = 0; i < 200; i++) {
    const status = await app.value<{ state: string }>('roster.importStatus', { jobId });
    if (status.state !== 'running') {
      expect(status.state).toBe('done');
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`importing ${name} did not finish`);
}

async function students(app: RunningApp): Promise<CaseloadRow[]> {
  return (await app.value<{ students: CaseloadRow[] }>('students.list')).students;
}

describe('imports that would flip a caseload, in the import pages', () => {
  const session = useApp({ sample: false });

  it('keeps a roster keyed on another ID column on the mapping screen until the number column is chosen', async () => {
    const app = session.app();
    await importThroughApi(app, 'caseload-100.csv');
    const roster = new RosterPage(session.page());
    await roster.open(app.url);
    await roster.waitForStep('Choose a roster file');
    await roster.fileInput.setInputFiles(rosterFixture('skyward-other-id.xlsx'));

    await roster.waitForStep('Match the columns');
    const problem = session.page().getByRole('alert').filter({ hasText: 'names match students you have under other numbers' });
    await expect.poll(() => problem.count(), { timeout: 15_000 }).toBe(1);
    expect(await problem.textContent()).toContain(
      'Only 0 of 120 student numbers in this file are in your caseload, but 60 names match students you have under other numbers: choose the column that holds your student numbers',
    );
    expect(await roster.columnChoice('A', 'Other ID')).toBe('Student number (required)');
    expect(await roster.button('Show the preview').isDisabled()).toBe(true);
    await session.page().screenshot({ path: '/tmp/import-other-id.png', fullPage: true });

    // The same columns checked again stay stopped; the right column goes through.
    await roster.button('Check again').press('Enter');
    await expect.poll(() => roster.notice.textContent(), { timeout: 15_000 }).toMatch(/^Checked again: /);
    expect(await problem.count()).toBe(1);
    await roster.columnSelect('B', 'Student ID').selectOption('studentNumber');
    await roster.button('Check again').press('Enter');
    await expect.poll(() => problem.count(), { timeout: 15_000 }).toBe(0);
    await roster.button('Show the preview').press('Enter');
    await roster.waitForStep('Check the preview');
    const counts = await roster.counts();
    expect(counts['New students']).toBe(60);
    expect(counts['Not in this roster (to be marked)']).toBe(40);
    expect(await students(app)).toHaveLength(100);
  });

  it('asks before marking more than the threshold absent: a warning with the rule, and a checkbox before Import', async () => {
    const app = session.app();
    const roster = new RosterPage(session.page());
    await roster.open(app.url);
    await roster.waitForStep('Choose a roster file');
    await roster.fileInput.setInputFiles(rosterFixture('missing-30-percent.csv'));
    await roster.waitForStep('Match the columns');
    await roster.button('Show the preview').waitFor();
    await roster.button('Show the preview').press('Enter');
    await roster.waitForStep('Check the preview');

    expect((await roster.counts())['Not in this roster (to be marked)']).toBe(30);
    const warning = roster.main.getByText(/^This import would mark 30 of your 100 active students/);
    expect(await warning.textContent()).toContain('An import marks at most 25 without asking (10% of the active caseload or 25 students, whichever is larger)');
    expect(await roster.importButton.isDisabled()).toBe(true);
    expect(await roster.confirmAbsent.isChecked()).toBe(false);
    await session.page().screenshot({ path: '/tmp/import-absent-confirm.png', fullPage: true });

    // The button stays focusable and says why it waits; pressed anyway, it does nothing.
    await roster.importButton.press('Enter');
    await new Promise((r) => setTimeout(r, 500));
    expect(await roster.stepTitle.textContent()).toBe('Check the preview');
    expect((await students(app)).filter((s) => s.status === 'not_in_latest_roster')).toHaveLength(0);

    // Keyboard only: focus the checkbox, tick it with Space, then the Import button works.
    await roster.confirmAbsent.focus();
    await session.page().keyboard.press('Space');
    await expect.poll(() => roster.importButton.isDisabled()).toBe(false);
    await roster.importButton.press('Enter');
    await roster.waitForStep('Roster imported', 30_000);
    expect((await roster.counts())['Marked “not in latest roster”']).toBe(30);
    expect((await students(app)).filter((s) => s.status === 'not_in_latest_roster')).toHaveLength(30);
  });

  it('offers a student under a new number as the same student, and renumbers only the pairs the counselor ticks', async () => {
    const app = session.app();
    const roster = new RosterPage(session.page());
    await roster.open(app.url);
    await roster.waitForStep('Choose a roster file');
    await roster.fileInput.setInputFiles(rosterFixture('new-numbers.csv'));
    await roster.waitForStep('Match the columns');
    await roster.button('Show the preview').waitFor();
    await roster.button('Show the preview').press('Enter');
    await roster.waitForStep('Check the preview');

    const rows = await roster.tableRows('Same student, new number?');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('100006');
    expect(rows[0]).toContain('900005');
    await roster.sameStudent('100006', '900005').focus();
    await session.page().keyboard.press('Space');
    expect(await roster.sameStudent('100006', '900005').isChecked()).toBe(true);
    await roster.importButton.press('Enter');
    await roster.waitForStep('Roster imported', 30_000);

    const byNumber = new Map((await students(app)).map((s) => [s.studentNumber, s]));
    expect(byNumber.has('100006')).toBe(false);
    expect(byNumber.get('900005')?.status).toBe('active');
    // Kept separate: the new number is a new student, the old one is marked.
    expect(byNumber.get('900040')?.status).toBe('active');
    expect(byNumber.get('100041')?.status).toBe('not_in_latest_roster');
  });

  it('says why a file in which every row is rejected cannot be imported, and offers no Import button', async () => {
    const app = session.app();
    const before = await students(app);
    const roster = new RosterPage(session.page());
    await roster.open(app.url);
    await roster.waitForStep('Choose a roster file');
    await roster.fileInput.setInputFiles(rosterFixture('all-rejected.csv'));
    await roster.waitForStep('Match the columns');
    await roster.button('Show the preview').waitFor();
    await roster.button('Show the preview').press('Enter');
    await roster.waitForStep('Check the preview');
    const sentence = session.page().getByRole('alert').filter({ hasText: 'was rejected, so there is nothing to import' });
    expect(await sentence.textContent()).toContain('"all-rejected.csv"');
    expect(await roster.importButton.count()).toBe(0);
    expect((await roster.counts())['Not in this roster (to be marked)']).toBe(0);
    expect(await students(app)).toEqual(before);
  });
});
