import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** What every page has: the skip link, the navigation, the main landmark and the page title. */
export class AppShell {
  constructor(readonly page: Page) {}

  get skipLink(): Locator {
    return this.page.getByRole('link', { name: 'Skip to main content' });
  }

  get navigation(): Locator {
    return this.page.getByRole('navigation', { name: 'Pages' });
  }

  navLink(name: 'Caseload' | 'Framework' | 'School year' | 'Backups' | 'Settings'): Locator {
    return this.navigation.getByRole('link', { name, exact: true });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  /**
   * Opens a page from the navigation with the keyboard and waits until the page itself is shown, not
   * only its link marked current: a page's script arrives on first open, and a page that arrives
   * late moves focus to its heading, which would swallow the next key a test presses.
   */
  async openFromNavigation(label: string): Promise<void> {
    const link = this.navigation.getByRole('link', { name: label, exact: true });
    await link.press('Enter');
    await expect.poll(() => link.getAttribute('aria-current')).toBe('page');
    await expect.poll(() => this.main.getByText('Opening the page…').count()).toBe(0);
    await this.main.getByRole('heading', { level: 1 }).waitFor();
  }

  /** Role and accessible name of the focused element, as the accessibility tree reports them. */
  async focused(): Promise<{ role: string; name: string }> {
    const snapshot = await this.page.locator(':focus').ariaSnapshot();
    let first = snapshot.split('\n')[0] ?? '';
    // A name holding ": " makes the snapshot's YAML quote the whole entry: - 'button "A: B"'
    const quoted = /^- '((?:[^']|'')*)'/.exec(first);
    if (quoted) first = `- ${quoted[1]!.replace(/''/g, "'")}`;
    const m = /^- ([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(first);
    return { role: m?.[1] ?? '', name: m?.[2] ?? '' };
  }

  /** Whether the focused element draws a visible focus indicator (an outline) for the keyboard. */
  focusIsVisible(): Promise<{ focusVisible: boolean; outlineStyle: string; outlineWidth: string }> {
    return this.page.evaluate(() => {
      const g = globalThis as unknown as InPage;
      const el = g.document.activeElement;
      if (!el) return { focusVisible: false, outlineStyle: 'none', outlineWidth: '0px' };
      const style = g.getComputedStyle(el);
      return { focusVisible: el.matches(':focus-visible'), outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth };
    });
  }
}

/**
 * The few browser globals the in-page snippets touch. The tests compile in the Node project
 * (no DOM library), and these functions run in the page, where the real objects exist.
 */
interface InPage {
  document: { activeElement: InPageElement | null; body: { innerText: string } };
  getComputedStyle(el: InPageElement): { outlineStyle: string; outlineWidth: string };
}
interface InPageElement {
  matches(selector: string): boolean;
}
