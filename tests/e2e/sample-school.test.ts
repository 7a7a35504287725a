import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApp } from './fixtures/app';
import { repoRoot } from './fixtures/browser-mode';
import { CaseloadPage } from './pages/caseload-page';
import { RosterPage } from './pages/roster-page';
import { SampleBanner } from './pages/sample-banner';

const REFUSAL =
  'This store holds the sample school (Lincoln High School). Remove the sample school first ("Remove sample school" at the top of every page, or the command counselor demo --remove), then import your roster.';

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(caseload: CaseloadPage, target: { role: string; name: string }, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await caseload.page.keyboard.press('Tab');
    const f = await caseload.focused();
    if (f.role === target.role && f.name === target.name) return;
  }
  throw new Error(`Tab never reached ${target.role} "${target.name}"`);
}

describe('the sample school', () => {
  const session = useApp();

  it('offers the sample school, and loading it by keyboard fills the caseload under a banner saying so', async () => {
    const caseload = new CaseloadPage(session.page());
    const banner = new SampleBanner(session.page());
    await caseload.open(session.app().url);

    await caseload.waitForCount(0, 0);
    await expect.poll(() => caseload.loadSampleButton.isVisible()).toBe(true);
    expect(await banner.region.count()).toBe(0);

    await caseload.loadSampleButton.focus();
    await session.page().keyboard.press('Enter');

    const info = await session.app().value<{ studentCount: number }>('store.info');
    expect(info.studentCount).toBeGreaterThanOrEqual(50);
    expect(info.studentCount).toBeLessThanOrEqual(70);
    await caseload.waitForCount(info.studentCount, info.studentCount);
    expect(await caseload.loadSampleButton.count()).toBe(0);
    expect(await caseload.rows.count()).toBeGreaterThan(0);
    // The button is gone: focus lands on the search box rather than on the page body.
    expect(await caseload.focused()).toEqual({ role: 'searchbox', name: 'Search by name or student number' });
    await expect.poll(() => banner.region.textContent()).toBe(
      'You are looking at the sample school, Lincoln High School. Its students are made up.Remove sample school',
    );
    await session.page().screenshot({ path: '/tmp/sample-1-banner.png' });
  });

  it('shows the banner on every page, and the roster import page refuses a file with one sentence', async () => {
    const app = session.app();
    const before = await app.value<{ students: unknown[] }>('students.list');
    const roster = new RosterPage(session.page());
    const banner = new SampleBanner(session.page());
    await roster.open(app.url);
    await banner.region.waitFor();
    // Said before a file is chosen, not only after.
    await session.page().getByText('This store holds the sample school (Lincoln High School). Remove it first').waitFor();
    await roster.fileInput.setInputFiles(join(repoRoot, 'tests/fixtures/roster/powerschool.csv'));
    await expect.poll(() => roster.alert.textContent(), { timeout: 15_000 }).toBe(`This file cannot be imported. ${REFUSAL}`);
    await roster.waitForStep('Choose a roster file');
    await session.page().screenshot({ path: '/tmp/sample-2-import-refused.png', fullPage: true });
    expect(await app.value('students.list')).toEqual(before);
  });

  it('removes the sample school by keyboard after a confirmation, leaving an empty caseload', async () => {
    const app = session.app();
    const caseload = new CaseloadPage(session.page());
    const banner = new SampleBanner(session.page());
    await caseload.open(app.url);
    const count = (await app.value<{ studentCount: number }>('store.info')).studentCount;
    await caseload.waitForCount(count, count);

    // Escape takes the confirmation back and returns focus to the banner's button; nothing changes.
    await tabTo(caseload, { role: 'button', name: 'Remove sample school' });
    await session.page().keyboard.press('Enter');
    await banner.dialog.waitFor();
    expect(await caseload.focused()).toEqual({ role: 'button', name: 'Keep the sample school' });
    expect(await banner.dialog.textContent()).toContain(`its ${count} made-up students with their plans`);
    await expect.poll(() => banner.dialog.textContent()).toContain('A backup of the store is taken first.');
    await session.page().screenshot({ path: '/tmp/sample-3-confirm.png' });
    await session.page().keyboard.press('Escape');
    await expect.poll(() => banner.dialog.count()).toBe(0);
    expect(await caseload.focused()).toEqual({ role: 'button', name: 'Remove sample school' });
    expect((await app.value<{ studentCount: number }>('store.info')).studentCount).toBe(count);

    // Again, and this time remove it.
    await session.page().keyboard.press('Enter');
    await banner.dialog.waitFor();
    await session.page().keyboard.press('Tab');
    expect(await caseload.focused()).toEqual({ role: 'button', name: 'Remove sample school' });
    await session.page().keyboard.press('Enter');

    await caseload.waitForCount(0, 0);
    await expect.poll(() => caseload.loadSampleButton.isVisible()).toBe(true);
    expect(await banner.region.count()).toBe(0);
    expect(await banner.dialog.count()).toBe(0);
    await expect.poll(() => banner.outcome.textContent()).toMatch(
      new RegExp(`^Removed the sample school \\(Lincoln High School\\): ${count} students with their plans, .* A backup was taken first: .*before-sample-removal\\.db$`),
    );
    expect(await caseload.focused()).toEqual({ role: 'heading', name: 'Caseload' });
    expect(await app.value('sample.status')).toMatchObject({ loaded: false, students: 0, courses: 0 });
    await session.page().screenshot({ path: '/tmp/sample-4-removed.png' });
  });
});
