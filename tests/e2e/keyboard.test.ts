import { describe, expect, it } from 'vitest';
import { useApp } from './fixtures/app';
import { CaseloadPage, caseloadColumns } from './pages/caseload-page';
import { FrameworkPage } from './pages/framework-page';

describe('the workstation by keyboard', () => {
  const session = useApp();

  it('tabs through skip link, navigation, search, filters, export buttons, sort buttons and the load action, all named and visibly focused', async () => {
    const caseload = new CaseloadPage(session.page());
    await caseload.open(session.app().url);
    await caseload.waitForCount(0, 0);

    const expected = [
      { role: 'link', name: 'Skip to main content' },
      { role: 'link', name: 'Caseload' },
      { role: 'link', name: 'Import' },
      { role: 'link', name: 'Courses' },
      { role: 'link', name: 'Programs' },
      { role: 'link', name: 'Requirements' },
      { role: 'link', name: 'Reports' },
      { role: 'link', name: 'Framework' },
      { role: 'link', name: 'School year' },
      { role: 'link', name: 'Backups' },
      { role: 'link', name: 'Settings' },
      { role: 'searchbox', name: 'Search by name or student number' },
      { role: 'combobox', name: 'Grade' },
      { role: 'combobox', name: 'Counselor' },
      { role: 'combobox', name: 'Plan status' },
      { role: 'combobox', name: 'Career cluster' },
      { role: 'combobox', name: 'On track' },
      { role: 'combobox', name: 'Conference' },
      { role: 'button', name: 'Export .xlsx' },
      { role: 'button', name: 'Export .csv' },
      { role: 'button', name: 'Print plans…' },
      { role: 'button', name: 'Export course requests…' },
      { role: 'link', name: 'Add student' },
      ...caseloadColumns.map((name) => ({ role: 'button', name })),
      { role: 'button', name: 'Load sample school' },
    ];
    const reached: { role: string; name: string }[] = [];
    for (let i = 0; i < expected.length; i++) {
      await session.page().keyboard.press('Tab');
      const focused = await caseload.focused();
      reached.push(focused);
      expect(focused.name, `stop ${i + 1} (${focused.role}) has an accessible name`).not.toBe('');
      const ring = await caseload.focusIsVisible();
      expect(ring.focusVisible, `stop ${i + 1} matches :focus-visible`).toBe(true);
      expect(ring.outlineStyle, `stop ${i + 1} draws an outline`).not.toBe('none');
      expect(ring.outlineWidth).not.toBe('0px');
    }
    expect(reached).toEqual(expected);
  });

  it('marks the current page in the navigation and the skip link moves focus to the main content', async () => {
    const caseload = new CaseloadPage(session.page());
    await caseload.open(session.app().url);
    expect(await caseload.navLink('Caseload').getAttribute('aria-current')).toBe('page');
    expect(await caseload.navLink('Framework').getAttribute('aria-current')).toBeNull();

    await session.page().keyboard.press('Tab');
    expect(await caseload.skipLink.isVisible()).toBe(true);
    await session.page().keyboard.press('Enter');
    expect(await caseload.focused()).toEqual({ role: 'main', name: '' });

    await caseload.navLink('Framework').focus();
    await session.page().keyboard.press('Enter');
    const framework = new FrameworkPage(session.page());
    await expect.poll(() => framework.title.textContent()).toBe('Career Clusters Framework');
    expect(await framework.navLink('Framework').getAttribute('aria-current')).toBe('page');
    // Arriving on a page puts focus on its title, so the next Tab starts within the page.
    expect(await framework.focused()).toEqual({ role: 'heading', name: 'Career Clusters Framework' });

    await session.page().reload();
    await expect.poll(() => framework.title.textContent()).toBe('Career Clusters Framework');
  });

  it('reaches the framework search by keyboard, labelled', async () => {
    const framework = new FrameworkPage(session.page());
    await framework.open(session.app().url);
    const stops: { role: string; name: string }[] = [];
    // Skip link, the ten navigation links, then the search.
    for (let i = 0; i < 12; i++) {
      await session.page().keyboard.press('Tab');
      stops.push(await framework.focused());
    }
    expect(stops.at(-1)).toEqual({ role: 'searchbox', name: 'Search career clusters and pathways' });
  });
});
