import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** The district-setup pages (Courses, Programs, Requirements), found by role and label only. */
export class CatalogPages extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  private async goto(url: string, hash: string, title: string): Promise<void> {
    await this.page.goto(`${url}${hash}`);
    await expect.poll(() => this.title.textContent()).toBe(title);
  }

  async openCourses(url: string): Promise<void> {
    await this.goto(url, '#/courses', 'Course catalog');
    await this.courseTable.getByRole('row').nth(1).waitFor();
  }

  async openPrograms(url: string): Promise<void> {
    await this.goto(url, '#/programs', 'Programs of study');
    await this.programTable.getByRole('row').nth(1).waitFor();
  }

  async openRequirements(url: string): Promise<void> {
    await this.goto(url, '#/requirements', 'Graduation requirements');
    await this.field('Total credits to graduate').waitFor();
  }

  get status(): Locator {
    return this.main.getByRole('status');
  }

  button(name: string): Locator {
    return this.main.getByRole('button', { name, exact: true });
  }

  field(label: string): Locator {
    return this.main.getByLabel(label, { exact: true });
  }

  form(name: string): Locator {
    return this.main.getByRole('form', { name });
  }

  get courseTable(): Locator {
    return this.main.getByRole('table', { name: 'Courses in the catalog' });
  }

  /** The row of one course, by its number (the row header). */
  courseRow(number: string): Locator {
    return this.courseTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: number, exact: true }) });
  }

  get postsecondaryTable(): Locator {
    return this.main.getByRole('table', { name: 'After high school: programs and credentials' });
  }

  /** The row of one postsecondary entry, by its code (the row header). */
  postsecondaryRow(code: string): Locator {
    return this.postsecondaryTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: code, exact: true }) });
  }

  /** A counts-as rule's cap on the Requirements page, by what the rule does ("Courses tagged computer_science count as Mathematics"). */
  ruleMaxCredits(rule: string): Locator {
    return this.main.getByRole('spinbutton', { name: `Max credits for ${rule}`, exact: true });
  }

  get catalogFile(): Locator {
    return this.field('Catalog file (.xlsx or .csv)');
  }

  get rejectedTable(): Locator {
    return this.main.getByRole('table', { name: /^Rejected rows/ });
  }

  /** "What the import did": label → count. */
  async counts(): Promise<Record<string, string>> {
    const items = await this.main.locator('.counts__item').all();
    const out: Record<string, string> = {};
    for (const item of items) out[(await item.locator('dt').textContent()) ?? ''] = (await item.locator('dd').textContent()) ?? '';
    return out;
  }

  /** The department choices of a catalog import's preview. */
  get departmentTable(): Locator {
    return this.main.getByRole('table', { name: 'Departments in this file and the subject area their courses go to' });
  }

  departmentArea(department: string): Locator {
    return this.main.getByRole('combobox', { name: `Subject area for ${department}`, exact: true });
  }

  /** The text of a select's chosen option. */
  selectedOption(select: Locator): Promise<string> {
    return select.evaluate((el) => {
      const s = el as unknown as { selectedOptions: ArrayLike<{ textContent: string | null }> };
      return (s.selectedOptions[0]?.textContent ?? '').trim();
    });
  }

  get previewHeading(): Locator {
    return this.main.getByRole('heading', { name: /^Preview of / });
  }

  get programTable(): Locator {
    return this.main.getByRole('table', { name: 'Programs of study by pathway' });
  }

  programButton(name: string): Locator {
    return this.programTable.getByRole('button', { name, exact: true });
  }

  /** The program form's search for one year ("Grade 9", "After high school, year 1"). */
  addCourseTo(year: string): Locator {
    return this.main.getByRole('combobox', { name: `Add a course to ${year}`, exact: true });
  }

  /** The courses a program form lists for one year, as their Remove buttons name them. */
  async yearCourses(year: string): Promise<string[]> {
    const list = this.main.getByRole('list', { name: `Courses in ${year}`, exact: true });
    if ((await list.count()) === 0) return [];
    const labels = await list.getByRole('button').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    return labels.map((l) => l.replace(/^Remove /, '').replace(new RegExp(` from ${year}$`), ''));
  }
}
