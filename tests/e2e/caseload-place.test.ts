import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp } from './fixtures/app';
import { CaseloadPage } from './pages/caseload-page';

/** Every page but the caseload is its own script, loaded when first opened. */
const OTHER_PAGES = /\/(PlanPage|ImportPage|CoursesPage|ProgramsPage|RequirementsPage|ReportsPage|BackupsPage|SchoolYearPage|FrameworkPage|SettingsPage)-[\w-]+\.js$/;

function scriptsFetched(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') urls.push(new URL(r.url()).pathname);
  });
  return urls;
}

/** The text of every script the page received, as it arrived. */
function scriptTexts(page: Page): Promise<string>[] {
  const texts: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') texts.push(r.text());
  });
  return texts;
}

/** The address after the #, read in the page (the tests compile without the DOM library). */
const hashOf = (page: Page) => page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash);

const scrollTop = (page: Page) => page.locator('.caseload-scroll').evaluate((el) => (el as unknown as { scrollTop: number }).scrollTop);

/**
 * Installs `scrolledWithSort` in the page: resolves once the Name column shows descending, having
 * scrolled the list to 200 in that same task. Installed before the key is pressed, so none is missed.
 */
function scrollWhenSortedDescending(scroller: unknown): void {
  type Cell = { textContent: string; getAttribute(name: string): string | null };
  type List = { scrollTop: number; querySelectorAll(selector: string): Iterable<Cell> };
  type Observer = { observe(target: unknown, options: object): void; disconnect(): void };
  const { MutationObserver } = globalThis as unknown as { MutationObserver: new (callback: () => void) => Observer };
  const list = scroller as List;
  const nameSort = () => [...list.querySelectorAll('th')].find((th) => th.textContent.trim().startsWith('Name'))?.getAttribute('aria-sort');
  (globalThis as unknown as { scrolledWithSort: Promise<void> }).scrolledWithSort = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (nameSort() !== 'descending') return;
      observer.disconnect();
      list.scrollTop = 200;
      resolve();
    });
    observer.observe(list, { attributes: true, childList: true, subtree: true });
  });
}

describe('the caseload keeps its place (issue 13)', () => {
  // 1280×720: the list of the sample school is taller than its box, so there is a scroll to keep.
  const session = useApp({ sample: true, viewport: { width: 1280, height: 720 } });

  it('first shows the caseload without loading any other page, and loads the plan page when a plan is opened', async () => {
    const page = session.page();
    const fetched = scriptsFetched(page);
    const received = scriptTexts(page);
    const caseload = new CaseloadPage(page);
    const { students } = await session.app().value<{ students: CaseloadRow[] }>('students.list');
    await caseload.open(session.app().url);
    await caseload.waitForCount(students.length, students.length);
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.filter((u) => OTHER_PAGES.test(u))).toEqual([]);
    // Nor the contract's schemas: zod comes with the dialogs that need it (print, requests, many at once).
    const texts = await Promise.all(received);
    expect(texts.length).toBe(fetched.length);
    expect(texts.filter((t) => t.includes('ZodError')).length).toBe(0);

    await caseload.rows.first().getByRole('link').press('Enter');
    await expect.poll(() => caseload.title.textContent()).not.toBe('Caseload');
    expect(fetched.filter((u) => OTHER_PAGES.test(u)).map((u) => /\/(\w+)-/.exec(u)?.[1])).toEqual(['PlanPage']);
  });

  it('comes back to the same filter, sort, scroll and search by "Back to caseload", by Back, and from the address alone', async () => {
    const page = session.page();
    const caseload = new CaseloadPage(page);
    const { students } = await session.app().value<{ students: CaseloadRow[] }>('students.list');
    await caseload.open(session.app().url);
    await caseload.waitForCount(students.length, students.length);

    // The plan status most students have: a filtered list still long enough to scroll.
    const byStatus = new Map<string, number>();
    for (const s of students) byStatus.set(s.planStatus, (byStatus.get(s.planStatus) ?? 0) + 1);
    const [status, shown] = [...byStatus].sort((a, b) => b[1] - a[1])[0]!;
    expect(shown).toBeLessThan(students.length);
    await caseload.planStatusFilter.selectOption(status);
    await caseload.waitForCount(shown, students.length);
    await caseload.sortButton('Name').press('Enter');
    await expect.poll(() => caseload.columnHeader('Name').getAttribute('aria-sort')).toBe('ascending');
    // Scrolled in the very task that shows the new sort, before the address follows it a frame
    // later: the scroll must be kept for the view on screen (it was once kept under the old address).
    await page.locator('.caseload-scroll').evaluate(scrollWhenSortedDescending);
    await caseload.sortButton('Name').press('Enter');
    await page.evaluate(() => (globalThis as unknown as { scrolledWithSort: Promise<void> }).scrolledWithSort);
    expect(await caseload.columnHeader('Name').getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => scrollTop(page)).toBe(200);
    // The rows in view at that scroll (the table is virtualized: the rendered rows follow the scroll).
    await expect.poll(async () => (await caseload.columnValues('Name')).length).toBeGreaterThan(0);
    const inView = await caseload.columnValues('Name');
    await expect.poll(() => hashOf(page)).toBe(`#/caseload?status=${status}&sort=-name`);
    const address = await hashOf(page);

    const expectSameView = async (how: string) => {
      await expect.poll(() => caseload.title.textContent()).toBe('Caseload');
      await caseload.waitForCount(shown, students.length);
      expect(await caseload.planStatusFilter.inputValue(), how).toBe(status);
      expect(await caseload.columnHeader('Name').getAttribute('aria-sort'), how).toBe('descending');
      await expect.poll(() => scrollTop(page)).toBe(200);
      await expect.poll(() => caseload.columnValues('Name')).toEqual(inView);
      expect(await hashOf(page), how).toBe(address);
    };

    const openPlan = async () => {
      await caseload.rows.nth(6).getByRole('link').press('Enter');
      await expect.poll(() => page.getByRole('link', { name: 'Back to caseload' }).count()).toBe(1);
    };
    await openPlan();
    await page.getByRole('link', { name: 'Back to caseload' }).press('Enter');
    await expectSameView('Back to caseload');

    await openPlan();
    await page.goBack();
    await expectSameView("the browser's Back");

    // A bookmark: the address alone, in a fresh tab of the same window (so the scroll is kept too).
    await page.goto(`${session.app().url}${address}`);
    await expectSameView('the address');

    // The search is part of the view as well.
    await caseload.search.fill('a');
    await expect.poll(() => hashOf(page)).toBe(`#/caseload?q=a&status=${status}&sort=-name`);
    await openPlan();
    await page.goBack();
    await expect.poll(() => caseload.title.textContent()).toBe('Caseload');
    expect(await caseload.search.inputValue()).toBe('a');
    expect(await caseload.planStatusFilter.inputValue()).toBe(status);
  });
});
