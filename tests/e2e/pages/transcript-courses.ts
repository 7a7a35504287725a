import type { Locator, Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** "Transcript courses not in the catalog" on the Courses page, found by role and label only. */
export class TranscriptCourses extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  get section(): Locator {
    return this.main.getByRole('region', { name: 'Transcript courses not in the catalog' });
  }

  /** The catalog-course combobox of one transcript course ("TR-ENG9 English 9 (Lakeview Academy)"). */
  combobox(course: string): Locator {
    return this.page.getByRole('combobox', { name: `Catalog course for ${course}`, exact: true });
  }

  save(course: string): Locator {
    return this.page.getByRole('button', { name: `Save the match for ${course}`, exact: true });
  }

  /** The courses listed, by the name their combobox carries. */
  async listed(): Promise<string[]> {
    const labels = await this.section.getByRole('combobox').evaluateAll((inputs) =>
      inputs.map((i) => (i as unknown as { labels: ArrayLike<{ textContent: string | null }> }).labels[0]?.textContent ?? ''),
    );
    return labels.map((l) => l.replace(/^Catalog course for /, ''));
  }

  /** The section's own status line (each combobox has one too, after it). */
  get status(): Locator {
    return this.section.getByRole('status').first();
  }
}
