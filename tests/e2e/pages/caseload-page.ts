import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AppShell } from './app-shell';

export type CaseloadColumn =
  | 'Student number'
  | 'Name'
  | 'Grade'
  | 'Class year'
  | 'Counselor'
  | 'Homeroom'
  | 'Plan status'
  | 'Career cluster'
  | 'Credits'
  | 'On track'
  | 'Last conference';

export const caseloadColumns: readonly CaseloadColumn[] = [
  'Student number',
  'Name',
  'Grade',
  'Class year',
  'Counselor',
  'Homeroom',
  'Plan status',
  'Career cluster',
  'Credits',
  'On track',
  'Last conference',
];

/** The Caseload page, found by role and label only. */
export class CaseloadPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}#/caseload`);
    await expect.poll(() => this.title.textContent()).toBe('Caseload');
  }

  /** Opens the caseload and waits until it lists every one of `total` students. */
  async openShowingAll(url: string, total: number): Promise<void> {
    await this.open(url);
    await this.waitForCount(total, total);
  }

  get search(): Locator {
    return this.page.getByLabel('Search by name or student number');
  }

  get planStatusFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Plan status', exact: true });
  }

  get clusterFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Career cluster', exact: true });
  }

  get onTrackFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'On track', exact: true });
  }

  get conferenceFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Conference', exact: true });
  }

  get gradeFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Grade', exact: true });
  }

  get counselorFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Counselor', exact: true });
  }

  get count(): Locator {
    return this.page.getByRole('status').filter({ hasText: /\bstudents?$/ });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Students' });
  }

  /** The box that chooses one student for an action on many. */
  selectBox(fullName: string): Locator {
    return this.table.getByRole('checkbox', { name: `Select ${fullName}`, exact: true });
  }

  get selectAllBox(): Locator {
    return this.table.getByRole('checkbox', { name: 'Select every student shown' });
  }

  get bulkBar(): Locator {
    return this.page.getByRole('region', { name: /selected$/ });
  }

  get loadSampleButton(): Locator {
    return this.page.getByRole('button', { name: 'Load sample school' });
  }

  columnHeader(column: CaseloadColumn): Locator {
    return this.table.getByRole('columnheader', { name: column, exact: true });
  }

  sortButton(column: CaseloadColumn): Locator {
    return this.columnHeader(column).getByRole('button');
  }

  /** Data rows currently in the document (the table is virtualized: those in view, and a few more). */
  get rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /** "12 of 62 students" → { shown: 12, total: 62 }. */
  async counts(): Promise<{ shown: number; total: number }> {
    const text = (await this.count.textContent()) ?? '';
    const m = /^([\d,]+) of ([\d,]+) students?$/.exec(text.trim());
    if (!m?.[1] || !m[2]) throw new Error(`the row count reads "${text}"`);
    return { shown: Number(m[1].replace(/,/g, '')), total: Number(m[2].replace(/,/g, '')) };
  }

  async waitForCount(shown: number, total: number): Promise<void> {
    await expect.poll(() => this.counts().catch(() => null), { timeout: 10_000 }).toEqual({ shown, total });
  }

  /** The cells of one column in the rendered rows, in order. */
  async columnValues(column: CaseloadColumn): Promise<string[]> {
    // The first column holds the selection boxes.
    const index = caseloadColumns.indexOf(column) + 1;
    return this.rows.evaluateAll(
      (rows, i) => rows.map((r) => ((r as { children: ArrayLike<{ textContent: string | null }> }).children[i]?.textContent ?? '').trim()),
      index,
    );
  }

  async firstRow(column: CaseloadColumn): Promise<string> {
    return (await this.columnValues(column))[0] ?? '';
  }
}
