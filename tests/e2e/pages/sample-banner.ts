import type { Locator, Page } from 'playwright-core';

/** The sample school's band at the top of every page, and the confirmation it opens. */
export class SampleBanner {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Sample school' });
  }

  get removeButton(): Locator {
    return this.region.getByRole('button', { name: 'Remove sample school' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Remove the sample school?' });
  }

  dialogButton(name: 'Keep the sample school' | 'Remove sample school'): Locator {
    return this.dialog.getByRole('button', { name, exact: true });
  }

  /** The line that says what the removal did; it stays when the band goes. */
  get outcome(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Removed the sample school/ });
  }
}
