import { expect } from 'vitest';
import type { Download, Locator, Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** The Import page (the roster import, its default), found by role and label only. */
export class RosterPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}#/import`);
    await expect.poll(() => this.title.textContent()).toBe('Import');
  }

  get importNavLink(): Locator {
    return this.navigation.getByRole('link', { name: 'Import', exact: true });
  }

  /** The heading of the step on screen ("Choose a roster file", "Match the columns", ...). */
  get stepTitle(): Locator {
    return this.main.getByRole('heading', { level: 2 });
  }

  async waitForStep(title: string, timeout = 15_000): Promise<void> {
    await expect.poll(() => this.stepTitle.textContent(), { timeout }).toBe(title);
  }

  get fileInput(): Locator {
    return this.page.getByLabel('Roster file (.xlsx, .csv, .tsv or .txt)');
  }

  /** The box around the file input that also takes a dropped file (a mouse shortcut; it has no role). */
  get dropZone(): Locator {
    return this.page.getByTestId('roster-dropzone');
  }

  /** Drops a file with this name and text on the drop zone, as dragging it from the desktop would. */
  async dropFile(name: string, text: string): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      `(() => { const t = new DataTransfer(); t.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: 'text/csv' })); return t; })()`,
    );
    for (const type of ['dragenter', 'dragover', 'drop']) await this.dropZone.dispatchEvent(type, { dataTransfer: transfer });
  }

  get progressBar(): Locator {
    return this.page.getByRole('progressbar');
  }

  get cancelButton(): Locator {
    return this.main.getByRole('button', { name: 'Cancel', exact: true });
  }

  /** The line under the step list that says what just happened (checked again, cancelled, saved). */
  get notice(): Locator {
    return this.main.locator('p[role="status"].notice');
  }

  /** The select of one column: "Column C, LastFirst: import as". */
  columnSelect(letter: string, header: string): Locator {
    return this.page.getByRole('combobox', { name: `Column ${letter}, ${header}: import as`, exact: true });
  }

  /** The label of the option a column's select shows. */
  async columnChoice(letter: string, header: string): Promise<string> {
    return this.columnSelect(letter, header).evaluate(
      (el) => {
        const select = el as unknown as { selectedIndex: number; options: ArrayLike<{ textContent: string | null }> };
        return select.options[select.selectedIndex]?.textContent ?? '';
      },
    );
  }

  get markAbsent(): Locator {
    return this.page.getByRole('checkbox', { name: /^This file is the whole roster/ });
  }

  /** The checkbox the preview asks for before marking more students absent than an import marks unasked. */
  get confirmAbsent(): Locator {
    return this.page.getByRole('checkbox', { name: /^Yes, mark these [\d,]+ students/ });
  }

  /** The preview's "same student, new number?" choice for one pair. */
  sameStudent(previousNumber: string, newNumber: string): Locator {
    return this.page.getByRole('checkbox', { name: `Same student: change #${previousNumber} to #${newNumber}`, exact: true });
  }

  get rememberedNote(): Locator {
    return this.main.getByText('These choices were remembered from an earlier file with the same headers.');
  }

  get lastCheck(): Locator {
    return this.main.locator('p').filter({ hasText: /^Last check:/ });
  }

  button(name: string | RegExp): Locator {
    return this.main.getByRole('button', { name, exact: typeof name === 'string' });
  }

  get importButton(): Locator {
    return this.main.getByRole('button', { name: /^Import [\d,]+ students?$/ });
  }

  get caseloadLink(): Locator {
    return this.main.getByRole('link', { name: 'Go to the Caseload' });
  }

  /** A table by the start of its caption ("New students", "Rejected rows", ...). */
  table(caption: string): Locator {
    return this.main.getByRole('table', { name: new RegExp(`^${caption}`) });
  }

  /** The text of each body row of a table, cells joined by " | ". */
  async tableRows(caption: string): Promise<string[]> {
    return this.table(caption)
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) =>
          Array.from((r as unknown as { children: ArrayLike<{ textContent: string | null }> }).children)
            .map((c) => (c.textContent ?? '').trim())
            .join(' | '),
        ),
      );
  }

  /** The summary list of counts: label → number ("New students" → 3). */
  async counts(): Promise<Record<string, number>> {
    return this.main.locator('dl.counts').evaluate((dl) => {
      const out: Record<string, number> = {};
      const items = (dl as unknown as { querySelectorAll(s: string): ArrayLike<{ querySelector(s: string): { textContent: string | null } | null }> }).querySelectorAll('div');
      for (const item of Array.from(items)) {
        const label = item.querySelector('dt')?.textContent?.trim() ?? '';
        const value = Number((item.querySelector('dd')?.textContent ?? '').replace(/,/g, ''));
        out[label] = value;
      }
      return out;
    });
  }

  /** Presses a button and returns the file it offers for download. */
  async download(button: Locator): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: 15_000 }), button.click()]);
    return download;
  }
}
