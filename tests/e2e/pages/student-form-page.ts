import type { Locator, Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** The student form (`#/student/new`, `#/student/<number>`), found by role and label only. */
export class StudentFormPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  field(label: string): Locator {
    return this.main.getByRole('textbox', { name: label, exact: true });
  }

  /** The sentence under a field, read the way a screen reader gets it: the field's description. */
  async problemOf(label: string): Promise<string | null> {
    const id = await this.field(label).getAttribute('aria-describedby');
    return id ? this.main.locator(`[id="${id}"]`).textContent() : null;
  }

  get submit(): Locator {
    return this.main.getByRole('button', { name: /^(Add student|Save changes)$/ });
  }
}
