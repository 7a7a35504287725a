import type { Locator, Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** The Settings page's Printout languages section, by role and label. */
export class PrintoutLanguagesSection extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  get section(): Locator {
    return this.main.getByRole('region', { name: 'Printout languages' });
  }

  get table(): Locator {
    return this.section.getByRole('table', { name: 'Printout languages' });
  }

  get fileInput(): Locator {
    return this.section.getByLabel('Import a translated sheet (.xlsx)');
  }

  get downloadButton(): Locator {
    return this.section.getByRole('button', { name: 'Download label sheet' });
  }

  get status(): Locator {
    return this.section.getByRole('status');
  }

  get familyLanguage(): Locator {
    return this.main.getByRole('combobox', { name: 'Language of a printout' });
  }

  removeButton(name: string): Locator {
    return this.section.getByRole('button', { name: `Remove ${name}` });
  }

  /** The language names the table lists, in order. */
  async listed(): Promise<string[]> {
    return this.table.getByRole('rowheader').allTextContents();
  }
}
