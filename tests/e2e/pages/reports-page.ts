import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** The Reports page, found by role and label only. */
export class ReportsPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}#/reports`);
    await expect.poll(() => this.title.textContent()).toBe('Reports');
  }

  get reportSelect(): Locator {
    return this.main.getByLabel('Report', { exact: true });
  }

  get gradeSelect(): Locator {
    return this.main.getByLabel('Grade', { exact: true });
  }

  get counselorSelect(): Locator {
    return this.main.getByLabel('Counselor', { exact: true });
  }

  /** The report's heading (h2) once it has been made. */
  get reportTitle(): Locator {
    return this.main.getByRole('heading', { level: 2 });
  }

  get chart(): Locator {
    return this.main.getByRole('img');
  }

  table(caption: string): Locator {
    return this.main.getByRole('table', { name: caption, exact: true });
  }

  /** The cells of a table's row whose first cell reads `label`, as text. */
  async rowCells(caption: string, label: string): Promise<string[]> {
    const row = this.table(caption).getByRole('row').filter({ has: this.page.getByRole('cell', { name: label, exact: true }) }).first();
    return row.getByRole('cell').allInnerTexts();
  }

  exportButton(name: 'Export .xlsx' | 'Export .csv' | 'Export PDF'): Locator {
    return this.main.getByRole('group', { name: 'Export this report' }).getByRole('button', { name, exact: true });
  }
}
