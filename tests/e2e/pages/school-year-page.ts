import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** The School year page: the preview of the next start, the confirmation, and Undo; by role and label only. */
export class SchoolYearPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async waitForTitle(): Promise<void> {
    await expect.poll(() => this.title.textContent()).toBe('School year');
  }

  /** "What starting 2027-28 will change": the preview's lines. */
  previewList(schoolYear: string): Locator {
    return this.main.getByRole('list', { name: `What starting ${schoolYear} will change` });
  }

  startButton(schoolYear: string): Locator {
    return this.main.getByRole('button', { name: `Start school year ${schoolYear}…` });
  }

  /** The calendar's own year, never started here: offered as a late start. */
  lateStartButton(schoolYear: string): Locator {
    return this.main.getByRole('button', { name: `Start school year ${schoolYear} now…` });
  }

  lateHeading(schoolYear: string): Locator {
    return this.main.getByRole('heading', { name: `School year ${schoolYear} was never started here` });
  }

  undoButton(schoolYear: string): Locator {
    return this.main.getByRole('button', { name: `Undo the start of ${schoolYear}…` });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get status(): Locator {
    return this.main.getByRole('status').filter({ hasText: /Started|Undid/ });
  }
}
