import type { Locator, Page } from 'playwright-core';

/** The plan editor's Conferences section, found by role and label only. */
export class ConferencesSection {
  constructor(private readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: /^Conferences/ });
  }

  get recordButton(): Locator {
    return this.region.getByRole('button', { name: 'Record a conference' });
  }

  get form(): Locator {
    return this.region.getByRole('form');
  }

  get dateHeld(): Locator {
    return this.form.getByLabel('Date held');
  }

  get language(): Locator {
    return this.form.getByLabel('Language', { exact: true });
  }

  attended(name: string): Locator {
    return this.form.getByRole('checkbox', { name, exact: true });
  }

  get interpreter(): Locator {
    return this.form.getByRole('checkbox', { name: 'Interpreter', exact: true });
  }

  get interpreterName(): Locator {
    return this.form.getByLabel("Interpreter's name (optional)");
  }

  get notes(): Locator {
    return this.form.getByLabel('Notes', { exact: true });
  }

  get printedPlan(): Locator {
    return this.form.getByRole('combobox', { name: 'Printed plan the family took home' });
  }

  get submit(): Locator {
    return this.form.getByRole('button', { name: /^(Record|Save) conference$/ });
  }

  get list(): Locator {
    return this.region.getByRole('list', { name: 'Conferences held' });
  }

  get items(): Locator {
    return this.list.getByRole('listitem');
  }

  get status(): Locator {
    return this.region.getByRole('status');
  }

  get alert(): Locator {
    return this.region.getByRole('alert');
  }

  button(name: RegExp | string): Locator {
    return this.region.getByRole('button', { name });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Remove the conference of/ });
  }
}
