import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { RosterPage } from './roster-page';

/**
 * The Import page with "Course history" chosen: the same steps as the roster (RosterPage has the
 * step titles, column selects, counts, tables and download), plus the kind choice, the credit
 * type selects of the preview and its Import button. Found by role and label only.
 */
export class HistoryImportPage extends RosterPage {
  constructor(page: Page) {
    super(page);
  }

  /** One choice of "What are you importing?". */
  kind(name: 'Roster' | 'Course history' | 'Course catalog'): Locator {
    return this.main.getByRole('radio', { name, exact: true });
  }

  override get fileInput(): Locator {
    return this.page.getByLabel('Course history file (.xlsx, .csv, .tsv or .txt)');
  }

  /** The subject-area select of one credit type on the preview. */
  creditTypeSelect(creditType: string): Locator {
    return this.page.getByRole('combobox', { name: `Subject area for ${creditType}`, exact: true });
  }

  override get importButton(): Locator {
    return this.main.getByRole('button', { name: /^Import [\d,]+ course rows? for [\d,]+ students?$/ });
  }

  /** The report's list of what changed for each student, one line each. */
  async perStudent(): Promise<string[]> {
    return this.main.getByRole('region', { name: 'What changed for each student' }).getByRole('listitem').allTextContents();
  }

  /** Is focus on this element? */
  async hasFocus(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement);
  }

  /** Presses Tab until `locator` has focus, as a keyboard user would; fails after `max` presses. */
  async tabTo(locator: Locator, max = 25): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab');
      if (await this.hasFocus(locator)) return;
    }
    throw new Error(`Tab never reached ${locator.toString()}`);
  }

  /** Opens the Import page, chooses "Course history" with the arrow keys, and tabs to the file input. */
  async openByKeyboard(url: string): Promise<void> {
    await this.page.goto(`${url}#/import`);
    await expect.poll(() => this.title.textContent()).toBe('Import');
    await this.tabTo(this.kind('Roster'));
    await this.page.keyboard.press('ArrowRight');
    expect(await this.kind('Course history').isChecked()).toBe(true);
    await this.waitForStep('Choose a course history file');
    await this.tabTo(this.fileInput);
    expect(await this.focused()).toEqual({ role: 'button', name: 'Course history file (.xlsx, .csv, .tsv or .txt)' });
  }

  /** From the mapping step to the preview, by keyboard; focus lands on the preview's heading. */
  async toPreview(): Promise<void> {
    await this.waitForStep('Match the columns', 30_000);
    await this.button('Show the preview').waitFor();
    await this.button('Show the preview').focus();
    await this.page.keyboard.press('Enter');
    await this.waitForStep('Check the preview', 30_000);
    expect(await this.focused()).toEqual({ role: 'heading', name: 'Check the preview' });
  }

  /** Presses Import by keyboard and waits for the report; focus lands on its heading. */
  async importByKeyboard(): Promise<void> {
    await this.importButton.focus();
    await this.page.keyboard.press('Enter');
    await this.waitForStep('Course history imported', 60_000);
    expect(await this.focused()).toEqual({ role: 'heading', name: 'Course history imported' });
  }
}
