import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from './fixtures/app';
import { CaseloadPage } from './pages/caseload-page';

/** How far the page itself scrolls sideways, in CSS pixels (a table's own scroll box is allowed to). */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });

/**
 * WCAG 1.4.10 (reflow): a school laptop's 1366×768 at 200% zoom is 683×384 CSS pixels; every page,
 * and a plan, fits its width. Two-dimensional tables (the plan grid, the catalog) scroll inside their
 * own box. Also at 1280×720 at 100%.
 */
describe.each([
  { name: '1366×768 at 200% zoom', viewport: { width: 683, height: 384 } },
  { name: '1280×720', viewport: { width: 1280, height: 720 } },
])('no page scrolls sideways at $name (issue 13)', ({ viewport }) => {
  const session = useApp({ sample: true, viewport });

  it('on every page of the navigation and on a plan', async () => {
    const page = session.page();
    const caseload = new CaseloadPage(page);
    await caseload.open(session.app().url);
    await caseload.rows.first().waitFor();
    const overflow: Record<string, number> = {};
    const labels = (await caseload.navigation.getByRole('link').allTextContents()).map((l) => l.trim());
    expect(labels.length).toBeGreaterThan(5);
    for (const label of labels) {
      await caseload.openFromNavigation(label);
      overflow[label] = await sideways(page);
    }
    await caseload.navigation.getByRole('link', { name: 'Caseload', exact: true }).press('Enter');
    await caseload.rows.first().getByRole('link').press('Enter');
    await page.getByRole('link', { name: 'Back to caseload' }).waitFor();
    await caseload.main.getByRole('heading', { level: 1 }).waitFor();
    overflow['a plan'] = await sideways(page);
    expect(overflow).toEqual(Object.fromEntries(Object.keys(overflow).map((k) => [k, 0])));
  });
});
