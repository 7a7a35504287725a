import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** The Graduation requirements page (`#/requirements`), found by role and label only. */
export class RequirementsPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}#/requirements`);
    await expect.poll(() => this.title.textContent()).toBe('Graduation requirements');
    await this.saveButton.waitFor();
  }

  get evenRadio(): Locator {
    return this.page.getByRole('radio', { name: /^Spread the total evenly/ });
  }

  get byGradeRadio(): Locator {
    return this.page.getByRole('radio', { name: 'Set them by grade' });
  }

  expectedBox(grade: 9 | 10 | 11 | 12): Locator {
    return this.page.getByRole('textbox', { name: `By the end of grade ${grade}`, exact: true });
  }

  get saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Save', exact: true });
  }

  get saved(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Saved the requirements/ });
  }
}
