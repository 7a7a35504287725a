import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApp } from './fixtures/app';
import { repoRoot } from './fixtures/browser-mode';
import { RosterPage } from './pages/roster-page';

const POWERSCHOOL = join(repoRoot, 'tests/fixtures/roster/powerschool.csv');

async function importThroughPage(roster: RosterPage, url: string, beforeImport?: () => Promise<void>): Promise<void> {
  await roster.open(url);
  await roster.fileInput.setInputFiles(POWERSCHOOL);
  await roster.waitForStep('Match the columns');
  await roster.button('Show the preview').click();
  await roster.waitForStep('Check the preview');
  await beforeImport?.();
  await roster.importButton.click();
  await roster.waitForStep('Roster imported', 30_000);
}

/** Issue 13: a value entered by hand is shown beside the roster's at the next import, kept unless the counselor takes the roster's. */
describe('the roster preview and values entered by hand', () => {
  const session = useApp({ sample: false, viewport: { width: 1366, height: 768 } });

  it("lists the hand value beside the roster's, keeps it by default, and takes the roster's when ticked by keyboard", async () => {
    const app = session.app();
    const roster = new RosterPage(session.page());
    await importThroughPage(roster, app.url);
    await app.value('students.update', { studentNumber: '000123', changes: { counselor: 'Ms. Rivera' } });

    await importThroughPage(roster, app.url, async () => {
      expect(await roster.tableRows('Entered by hand, different in the roster')).toEqual(['2 | García López, María José | Counselor | Ms. Rivera | Ms. Alvarez']);
    });
    expect(await app.value('students.get', { studentNumber: '000123' })).toMatchObject({ counselor: 'Ms. Rivera' });

    await importThroughPage(roster, app.url, async () => {
      const take = roster.main.getByRole('checkbox', { name: 'Take the roster’s values instead of those entered by hand' });
      await take.focus();
      await session.page().keyboard.press('Space');
      await expect.poll(() => take.isChecked()).toBe(true);
      await session.page().screenshot({ path: '/tmp/records/roster-hand-values.png', fullPage: true });
    });
    expect(await app.value('students.get', { studentNumber: '000123' })).toMatchObject({ counselor: 'Ms. Alvarez' });
  });
});
