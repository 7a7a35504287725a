import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../src/main/core/accounts/accounts';
import { loadSampleSchoolAs } from '../../src/main/core/sample/sample-as';
import { backupDepartment, departmentBackupFolder } from '../../src/main/core/store/department-backup';
import { migratePostgres } from '../../src/main/core/store/postgres';
import { SKIPPED_WITHOUT_APP_ROLE, urlOf, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { launchChromium, repoRoot } from './fixtures/browser-mode';
import { startDepartmentServe, stopDepartmentServe } from './fixtures/department-serve';
import { BackupsPage } from './pages/backups-page';
import { CaseloadPage } from './pages/caseload-page';
import { SampleBanner } from './pages/sample-banner';

/**
 * The Backups page and the sample banner on the department server (`counselor serve`, the built
 * CLI), by keyboard: an admin's Backups page lists the pg_dump the server took as what it is (not
 * counted, restored by district IT with pg_restore, no Restore button), and a lead who removes the
 * sample school is told what went, with no backup named (the server takes none).
 */

const scratchDatabase = useScratchPostgres();
const cliEntry = join(repoRoot, 'out', 'main', 'cli.js');
const PASSWORD = 'correct horse battery';
const NO_BACKUP = 'No backup is taken here: the department database’s backups are the district’s, and the change is recorded in the audit log.';

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let origin = '';
let dir = '';
let sampleStudents = 0;

beforeAll(async () => {
  if (withoutAppRole) return;
  if (!existsSync(cliEntry)) throw new Error(`${cliEntry} does not exist: build the application first (npx electron-vite build).`);
  dir = mkdtempSync(join(tmpdir(), 'cw-dept-backups-'));
  const pg = await scratchDatabase({ asAppRole: true });
  await migratePostgres(pg);
  const lead = { userName: 'lead', displayName: 'Dr. Lead', role: 'lead' as const };
  await addAccount(pg, { ...lead, password: PASSWORD });
  await addAccount(pg, { userName: 'it', displayName: 'District IT', role: 'admin', password: PASSWORD });
  sampleStudents = (await loadSampleSchoolAs(pg, lead)).studentsAdded;
  // The dump an upgrade would have taken, where the server keeps its own (its --data-dir's backups/).
  const url = await urlOf(pg, { asAppRole: true });
  const dataDir = join(dir, 'server');
  await backupDepartment(url, departmentBackupFolder(dataDir), 'before-upgrade', new Date('2026-12-03T08:30:00Z'));

  ({ server, origin } = await startDepartmentServe(url, dataDir));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stopDepartmentServe(server);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A browser context of its own (its own session cookie), signed in, on the caseload. */
async function signedIn(userName: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser!.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } });
  const page: Page = await context.newPage();
  await page.goto(`${origin}/#/caseload`);
  await page.getByLabel('User name').fill(userName);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await new CaseloadPage(page).title.filter({ hasText: 'Caseload' }).waitFor({ timeout: 15_000 });
  return { context, page };
}

describe.skipIf(withoutAppRole)(`backups and the sample school on the department server${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it("shows an admin the server's pg_dump as what it is: when, why, size, not counted, restored by district IT", async () => {
    const { context, page } = await signedIn('it');
    try {
      const backups = new BackupsPage(page);
      await backups.navLink('Backups').focus();
      await backups.openFromNavigation('Backups');
      await backups.waitForTitle();
      await expect.poll(() => backups.rows.count(), { timeout: 15_000 }).toBe(1);
      const cells = await backups.rows.first().locator('th, td').allTextContents();
      expect(cells.slice(1)).toEqual(['before an upgrade of the department database', 'not counted (a pg_dump)', expect.stringMatching(/^\d+ KB$/), 'Restored by district IT with pg_restore']);
      expect(cells[0]).toMatch(/2026/);
      expect(await backups.table.getByRole('button').count()).toBe(0);
      const hint = await backups.main.locator('.hint').textContent();
      expect(hint).toMatch(/^The department server takes a pg_dump of its database before each upgrade\. District IT .* restores any of them with pg_restore/);
      expect(hint).not.toMatch(/kept in/);
      // Focus is on the page's heading, as on a workstation's Backups page.
      await expect.poll(() => backups.focused()).toEqual({ role: 'heading', name: 'Backups' });
      await page.screenshot({ path: join(tmpdir(), 'department-backups.png') });
      // Settings says the same of the store: the district's backups, not copies kept beside a file.
      await page.goto(`${origin}/#/settings`);
      const store = page.locator('section', { has: page.getByRole('heading', { name: 'The store' }) });
      await expect.poll(() => store.textContent(), { timeout: 15_000 }).toMatch(/backed up by the district's own PostgreSQL backups/);
      expect(await store.textContent()).not.toMatch(/kept beside it/);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('tells a lead who removes the sample school by keyboard what went, naming no backup, and that none is taken first', async () => {
    const { context, page } = await signedIn('lead');
    try {
      const caseload = new CaseloadPage(page);
      const banner = new SampleBanner(page);
      // The School year page says the same of a start: no backup here.
      await caseload.navLink('School year').focus();
      await caseload.openFromNavigation('School year');
      await expect.poll(() => caseload.main.textContent(), { timeout: 15_000 }).toContain(NO_BACKUP);
      expect(await caseload.main.textContent()).not.toContain('backup is taken first');
      await page.screenshot({ path: join(tmpdir(), 'department-school-year.png') });
      await caseload.navLink('Caseload').focus();
      await caseload.openFromNavigation('Caseload');

      await banner.removeButton.focus();
      await page.keyboard.press('Enter');
      await banner.dialog.waitFor();
      expect(await caseload.focused()).toEqual({ role: 'button', name: 'Keep the sample school' });
      await expect.poll(() => banner.dialog.textContent()).toContain(NO_BACKUP);
      expect(await banner.dialog.textContent()).not.toContain('A backup of the store is taken first');
      await page.screenshot({ path: join(tmpdir(), 'department-sample-confirm.png') });
      await page.keyboard.press('Tab');
      expect(await caseload.focused()).toEqual({ role: 'button', name: 'Remove sample school' });
      await page.keyboard.press('Enter');
      await expect
        .poll(() => banner.outcome.textContent(), { timeout: 15_000 })
        .toMatch(new RegExp(`^Removed the sample school \\(Lincoln High School\\): ${sampleStudents} students with their plans, \\d+ courses, \\d+ programs of study\\.$`));
      // The banner goes once the caseload is read again: asked until then, not at the instant the outcome shows.
      await expect.poll(() => banner.region.count(), { timeout: 15_000 }).toBe(0);
      await page.screenshot({ path: join(tmpdir(), 'department-sample-removed.png') });
    } finally {
      await context.close();
    }
  }, 120_000);
});
