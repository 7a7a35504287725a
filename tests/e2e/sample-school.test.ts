import { describe, expect, it } from 'vitest';
import { useApp } from './fixtures/app';
import { CaseloadPage } from './pages/caseload-page';

describe('an empty store', () => {
  const session = useApp();

  it('offers the sample school, and loading it by keyboard fills the caseload', async () => {
    const caseload = new CaseloadPage(session.page());
    await caseload.open(session.app().url);

    await caseload.waitForCount(0, 0);
    await expect.poll(() => caseload.loadSampleButton.isVisible()).toBe(true);

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
  });
});
