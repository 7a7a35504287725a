import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AppShell } from './app-shell';

export type GridYear = 'Grade 9' | 'Grade 10' | 'Grade 11' | 'Grade 12' | 'After HS, year 1' | 'After HS, year 2';
const GRID_YEARS: readonly GridYear[] = ['Grade 9', 'Grade 10', 'Grade 11', 'Grade 12', 'After HS, year 1', 'After HS, year 2'];

export interface AreaNumbers {
  earned: number;
  planned: number;
  required: number;
  status: string;
}

/** The plan editor (`#/plan/<student number>`), found by role and label only. */
export class PlanEditorPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(url: string, studentNumber: string): Promise<void> {
    await this.page.goto(`${url}#/plan/${encodeURIComponent(studentNumber)}`);
    await this.ready();
  }

  /** The plan has arrived and is drawn (the grid is there). */
  async ready(): Promise<void> {
    await this.grid.waitFor();
  }

  /**
   * Presses Tab (or Shift+Tab, when the target comes before the focused element) until the target
   * has focus: proves it is reachable by keyboard, and gets there without the mouse.
   */
  async tabTo(target: Locator, max = 400): Promise<void> {
    await target.waitFor();
    for (let i = 0; i < max; i++) {
      const where = await target.evaluate((el) => {
        const doc = (globalThis as unknown as { document: { activeElement: InPageNode | null } }).document;
        const active = doc.activeElement;
        if (active === (el as unknown as InPageNode)) return 'here';
        // 2 = DOCUMENT_POSITION_PRECEDING: the target comes before the focused element.
        return active && (active.compareDocumentPosition(el as unknown as InPageNode) & 2) !== 0 ? 'before' : 'after';
      });
      if (where === 'here') return;
      await this.page.keyboard.press(where === 'before' ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`focus did not reach ${target.toString()} within ${max} presses of Tab`);
  }

  // Header and the bar that stays in view
  get backLink(): Locator {
    return this.page.getByRole('link', { name: 'Back to caseload' });
  }

  get planStatus(): Locator {
    return this.page.getByTestId('plan-status');
  }

  get undoButton(): Locator {
    return this.page.getByRole('button', { name: 'Undo last change' });
  }

  get markReviewedButton(): Locator {
    return this.page.getByRole('button', { name: 'Mark reviewed today' });
  }

  /** What was just saved ("Added English 9 to grade 9."). */
  get saved(): Locator {
    return this.page.getByRole('region', { name: 'Plan status and undo' }).getByRole('status');
  }

  // Framework picker
  get clusterSelect(): Locator {
    return this.page.getByRole('combobox', { name: 'Career cluster', exact: true });
  }

  get pathwaySelect(): Locator {
    return this.page.getByRole('combobox', { name: 'Career pathway', exact: true });
  }

  get programSelect(): Locator {
    return this.page.getByRole('combobox', { name: 'Program of study', exact: true });
  }

  get secondClusterSelect(): Locator {
    return this.page.getByRole('combobox', { name: 'Also exploring (second cluster)' });
  }

  /** The chosen cluster's 2024 equivalent and the pathway's sample occupations, under the selects. */
  get frameworkEquivalent(): Locator {
    return this.page.locator('.framework-equivalent');
  }

  get frameworkSearch(): Locator {
    return this.page.getByRole('combobox', { name: 'Find a cluster, pathway or program of study' });
  }

  get applyButton(): Locator {
    return this.page.getByRole('button', { name: 'Apply program of study' });
  }

  get appliedNotice(): Locator {
    return this.page.getByRole('region', { name: 'What the program added' });
  }

  /** The text of a select's chosen option. */
  selectedText(select: Locator): Promise<string> {
    return select.evaluate((el) => {
      const s = el as unknown as { selectedOptions: ArrayLike<{ textContent: string | null }> };
      return (s.selectedOptions[0]?.textContent ?? '').trim();
    });
  }

  // The grid
  get courseCombobox(): Locator {
    return this.page.getByRole('combobox', { name: 'Add a course (number or title)' });
  }

  get courseOptions(): Locator {
    return this.page.getByRole('listbox', { name: 'Add a course (number or title)' }).getByRole('option');
  }

  get addYearSelect(): Locator {
    return this.page.getByRole('form', { name: 'Add a course' }).getByRole('combobox', { name: 'Year', exact: true });
  }

  get addCourseButton(): Locator {
    return this.page.getByRole('button', { name: 'Add course', exact: true });
  }

  get grid(): Locator {
    return this.page.getByRole('table', { name: 'Courses by year' });
  }

  /** One cell of the grid: an area's row, a year's column. */
  cell(area: string, year: GridYear): Locator {
    const row = this.grid.locator('tbody tr').filter({ has: this.page.getByRole('rowheader', { name: area, exact: true }) });
    return row.getByRole('cell').nth(GRID_YEARS.indexOf(year));
  }

  /** The button of a placed course, by the start of its title. */
  course(title: string, within: Locator = this.grid): Locator {
    return within.getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  }

  /** The editor a course's button opens. */
  courseEditor(title: string): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^Change ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`) });
  }

  /** The term select in a course's editor (full year, S1, S2, Q1–Q4). */
  termSelect(title: string): Locator {
    return this.courseEditor(title).getByRole('combobox', { name: 'Term', exact: true });
  }

  saveTermButton(title: string): Locator {
    return this.courseEditor(title).getByRole('button', { name: 'Save term', exact: true });
  }

  /** The planned credits of each year, from the grid's foot. */
  async yearCredits(): Promise<string[]> {
    return this.grid.locator('tfoot td').allTextContents();
  }

  // Requirements and warnings
  get requirements(): Locator {
    return this.page.getByRole('table', { name: 'Graduation requirements' });
  }

  async area(label: string): Promise<AreaNumbers> {
    const row = this.requirements.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${label}`) }) });
    const cells = (await row.getByRole('cell').allTextContents()).map((t) => t.trim());
    return { earned: Number(cells[0]), planned: Number(cells[1]), required: Number(cells[2]), status: cells[3] ?? '' };
  }

  /** The on-track box above the requirement table: verdict, reasons, stated GPA. */
  get onTrack(): Locator {
    return this.page.getByRole('group', { name: 'On track', exact: true });
  }

  get onTrackVerdict(): Locator {
    return this.page.getByTestId('on-track-verdict');
  }

  get statedGpa(): Locator {
    return this.page.getByTestId('stated-gpa');
  }

  /** The read-only facts a transcript course opens instead of an editor. */
  transcriptFacts(title: string): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^From the transcript: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`) });
  }

  /** A course card's warning mark ("1 warning", "2 warnings, acknowledged"), found in a grid cell by its name. */
  warningMark(within: Locator): Locator {
    return within.getByRole('button', { name: /^\d+ warnings?\b/ });
  }

  /** The text of the element that has focus (a warning in the list has no name of its own: its text is what is read). */
  focusedText(): Promise<string> {
    return this.page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } }).document.activeElement?.textContent ?? '');
  }

  get warnings(): Locator {
    return this.page.getByRole('region', { name: /^Warnings/ }).getByRole('listitem');
  }

  // Goals, experiences, credentials
  section(name: 'Goals' | 'Experiences' | 'Credentials' | 'Career interests' | 'After high school' | 'Notes'): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name}`) });
  }

  async waitForSaved(text: string | RegExp): Promise<void> {
    await expect.poll(() => this.saved.textContent(), { timeout: 10_000 }).toMatch(text);
  }
}

interface InPageNode {
  compareDocumentPosition(other: InPageNode): number;
}
