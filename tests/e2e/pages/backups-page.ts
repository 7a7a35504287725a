import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** The Backups page and its restore confirmation, found by role and label only. */
export class BackupsPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async waitForTitle(): Promise<void> {
    await expect.poll(() => this.title.textContent()).toBe('Backups');
  }

  get table(): Locator {
    return this.main.getByRole('table', { name: 'Backups, newest first' });
  }

  /** Body rows, newest first. */
  get rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader') });
  }

  restoreButton(reasonText: string): Locator {
    return this.table.getByRole('button', { name: new RegExp(`^Restore the backup of .* \\(${reasonText}\\)$`) });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get status(): Locator {
    return this.main.getByRole('status').filter({ hasText: /Restored/ });
  }
}
