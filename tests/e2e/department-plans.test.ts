import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../src/main/core/accounts/accounts';
import { migratePostgres } from '../../src/main/core/store/postgres';
import { moveToPostgres } from '../../src/main/core/store/to-postgres';
import { demoStore } from '../helpers/cli';
import { SKIPPED_WITHOUT_APP_ROLE, urlOf, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { launchChromium, repoRoot } from './fixtures/browser-mode';
import { startDepartmentServe, stopDepartmentServe } from './fixtures/department-serve';
import { CaseloadPage } from './pages/caseload-page';
import { PlanEditorPage } from './pages/plan-page';

/**
 * The department server (`counselor serve`, the built CLI) over HTTPS, the sample school moved in
 * from a workstation, three accounts signed in from three browser contexts: the student's own
 * counselor saves a note; a lead whose page still shows the plan before it is refused with who
 * changed it and sees the newer plan; another counselor is refused the change in one sentence;
 * the lead reads both counselors' doings in "Changes to this plan"; a counselor's caseload page
 * lists her own students with their standings, none of another's (issue 16).
 */

const scratchDatabase = useScratchPostgres();
const cliEntry = join(repoRoot, 'out', 'main', 'cli.js');
const PASSWORD = 'correct horse battery';

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let origin = '';
let dir = '';
let owner = '';
let otherCounselor = '';
let student = { number: '', name: '' };
let caseloadSizes = { owner: 0, other: 0 };

beforeAll(async () => {
  if (withoutAppRole) return;
  if (!existsSync(cliEntry)) throw new Error(`${cliEntry} does not exist: build the application first (npx electron-vite build).`);
  dir = mkdtempSync(join(tmpdir(), 'cw-dept-'));
  const { db: file } = await demoStore(dir);
  const pg = await scratchDatabase({ asAppRole: true });
  await migratePostgres(pg);
  await moveToPostgres(file, pg);
  const sqlite = new Database(file, { readonly: true });
  const names = sqlite.prepare('SELECT DISTINCT counselor FROM student WHERE counselor IS NOT NULL ORDER BY counselor').pluck().all() as string[];
  [owner, otherCounselor] = names as [string, string];
  const row = sqlite
    .prepare("SELECT student_number, first_name, last_name FROM student WHERE counselor = ? AND status = 'active' ORDER BY student_number LIMIT 1")
    .get(owner) as { student_number: string; first_name: string; last_name: string };
  const countOf = (name: string) => sqlite.prepare('SELECT count(*) FROM student WHERE counselor = ?').pluck().get(name) as number;
  caseloadSizes = { owner: countOf(owner), other: countOf(otherCounselor) };
  sqlite.close();
  student = { number: row.student_number, name: `${row.first_name} ${row.last_name}` };
  await addAccount(pg, { userName: 'owner', displayName: owner, role: 'counselor', password: PASSWORD });
  await addAccount(pg, { userName: 'other', displayName: otherCounselor, role: 'counselor', password: PASSWORD });
  await addAccount(pg, { userName: 'lead', displayName: 'Dr. Lead', role: 'lead', password: PASSWORD });

  const url = await urlOf(pg, { asAppRole: true });
  ({ server, origin } = await startDepartmentServe(url, join(dir, 'server')));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stopDepartmentServe(server);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A browser context of its own (its own session cookie), signed in at `address` (a hash route). */
async function signedInAt(userName: string, address: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser!.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } });
  const page: Page = await context.newPage();
  await page.goto(`${origin}/${address}`);
  await page.getByLabel('User name').fill(userName);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return { context, page };
}

/** Signed in, showing the student's plan. */
async function signedIn(userName: string): Promise<{ context: BrowserContext; plan: PlanEditorPage }> {
  const { context, page } = await signedInAt(userName, `#/plan/${encodeURIComponent(student.number)}`);
  const plan = new PlanEditorPage(page);
  await expect.poll(() => notesIn(plan).count(), { timeout: 15_000 }).toBe(1);
  return { context, plan };
}

const notesIn = (plan: PlanEditorPage) => plan.page.getByRole('textbox', { name: 'Notes from meetings' });

async function typeNote(plan: PlanEditorPage, text: string): Promise<void> {
  await notesIn(plan).focus();
  await plan.page.keyboard.press('Control+A');
  await plan.page.keyboard.type(text);
  await plan.page.keyboard.press('Tab');
}

describe.skipIf(withoutAppRole)(`two counselors and a lead on the department server${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it('saves the owner’s note, refuses the stale one naming who, refuses another caseload’s counselor, and shows the lead the audit', async () => {
    const mine = await signedIn('owner');
    const lead = await signedIn('lead');
    const other = await signedIn('other');
    try {
      await typeNote(mine.plan, 'Mother asked about dual credit.');
      // The lead's page was opened before the owner's save: its change is refused, and names her.
      await expect.poll(() => notesIn(mine.plan).inputValue()).toBe('Mother asked about dual credit.');
      await typeNote(lead.plan, 'Wants the welding program.');
      await expect
        .poll(async () => (await lead.plan.alert.filter({ hasText: 'changed' }).allTextContents()).join('\n'), { timeout: 15_000 })
        .toMatch(new RegExp(`This plan was changed by ${owner.replace(/[.]/g, '\\.')} a moment ago; the page now shows that version`));
      await expect.poll(() => notesIn(lead.plan).inputValue(), { timeout: 15_000 }).toBe('Mother asked about dual credit.');

      // Another counselor reads the plan but may not change it: the database refuses, in one sentence.
      // (Reloaded first: her page, too, showed the plan before the owner's note, and would be refused as stale.)
      await other.plan.page.reload();
      await expect.poll(() => notesIn(other.plan).inputValue(), { timeout: 15_000 }).toBe('Mother asked about dual credit.');
      await typeNote(other.plan, 'Not my student.');
      await expect
        .poll(() => other.plan.alert.filter({ hasText: 'can change' }).allTextContents(), { timeout: 15_000 })
        .toEqual([expect.stringContaining(`Only ${owner} (the student's counselor) or a lead can change ${student.name}'s plan`)]);

      // The lead reads the plan's changes: the owner's note, under her user name.
      await lead.plan.page.reload();
      const changes = lead.plan.page.locator('summary', { hasText: 'Changes to this plan' });
      await expect.poll(() => changes.count(), { timeout: 15_000 }).toBe(1);
      await changes.click();
      const entries = lead.plan.page.locator('.plan-changes__list li');
      await expect.poll(() => entries.allTextContents(), { timeout: 15_000 }).toEqual([expect.stringMatching(/ — Notes changed \(owner\)$/)]);
    } finally {
      await mine.context.close();
      await lead.context.close();
      await other.context.close();
    }
  }, 180_000);

  it('shows a counselor her own caseload with its plan standings, not another counselor’s students', async () => {
    const { context, page } = await signedInAt('other', '#/caseload');
    try {
      const caseload = new CaseloadPage(page);
      expect(caseloadSizes.other).toBeGreaterThan(0);
      expect(caseloadSizes.other).toBeLessThan(caseloadSizes.owner + caseloadSizes.other);
      await caseload.waitForCount(caseloadSizes.other, caseloadSizes.other);
      await expect.poll(() => caseload.columnValues('Counselor').then((c) => [...new Set(c)])).toEqual([otherCounselor]);
      // The standings are there: every row has a plan status, as the workstation's caseload shows.
      expect((await caseload.columnValues('Plan status')).every((s) => s !== '')).toBe(true);
      await caseload.search.fill(student.number);
      await caseload.waitForCount(0, caseloadSizes.other);
    } finally {
      await context.close();
    }
  }, 120_000);
});
