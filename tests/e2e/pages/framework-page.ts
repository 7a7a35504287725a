import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AppShell } from './app-shell';

/**
 * The Framework page: career clusters as sections (a level-2 heading each) listing their pathways
 * (or 2024 sub-clusters) with sample occupations, a switch between the two frameworks and the
 * crosswalk, and the crosswalk as tables.
 */
export class FrameworkPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}#/framework`);
    await expect.poll(() => this.title.textContent()).toBe('Career Clusters Framework');
    await this.clusters.first().waitFor();
  }

  get search(): Locator {
    return this.page.getByLabel('Search career clusters and pathways');
  }

  get clusterList(): Locator {
    return this.page.getByRole('region', { name: 'Career clusters' });
  }

  get clusters(): Locator {
    return this.clusterList.getByRole('heading', { level: 2 });
  }

  get pathways(): Locator {
    return this.clusterList.getByRole('listitem');
  }

  cluster(name: string): Locator {
    return this.clusterList.getByRole('region', { name });
  }

  get about(): Locator {
    return this.page.getByRole('region', { name: 'What the framework is for' });
  }

  /** The radio of the view: '2016 (16 clusters)', '2024 (14 clusters)' or 'Crosswalk, 2016 to 2024'. */
  view(label: string): Locator {
    return this.page.getByRole('group', { name: 'Show' }).getByRole('radio', { name: label });
  }

  get exportCrosswalkButton(): Locator {
    return this.page.getByRole('button', { name: 'Export crosswalk as .xlsx' });
  }

  get status(): Locator {
    return this.main.getByRole('status');
  }

  /** The occupations the search found (marked) under one pathway or sub-cluster. */
  foundUnder(groupName: string): Locator {
    return this.pathways.filter({ has: this.page.locator('.pathway__name', { hasText: groupName }) }).locator('mark');
  }

  crosswalkTable(caption: string): Locator {
    return this.page.getByRole('region', { name: 'Crosswalk' }).getByRole('table', { name: caption });
  }

  /** A crosswalk row by the 2016 name heading it, as its cells read. */
  async crosswalkRow(caption: string, from: string): Promise<string[]> {
    const row = this.crosswalkTable(caption).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: from }) });
    return (await row.locator('th, td').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** The "Move plans to 2024" view: each plan's choice in both frameworks. */
  get moveTable(): Locator {
    return this.page.getByRole('table', { name: "Each plan's 16-cluster choice and its 2024 choice" });
  }

  /** A row of the move's table by the student heading it, as its cells read (a pick list reads as its options). */
  async moveRow(name: string): Promise<string[]> {
    const row = this.moveTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
    return (await row.locator('th, td').allTextContents()).map((t) => t.replace(/…/g, '… ').replace(/\)(?=\S)/g, ') ').replace(/\s+/g, ' ').trim());
  }

  get moveButton(): Locator {
    return this.page.getByRole('button', { name: /^Move \d+ plans to 2024$/ });
  }

  get takeBackButton(): Locator {
    return this.page.getByRole('button', { name: 'Take back the last move' });
  }

  get moveStatus(): Locator {
    return this.page.getByRole('region', { name: 'Move the plans to the 2024 framework' }).getByRole('status');
  }

  hasFocus(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement);
  }

  /** Presses Shift+Tab until `locator` has focus; fails after `max` presses. */
  async shiftTabTo(locator: Locator, max = 60): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Shift+Tab');
      if (await this.hasFocus(locator)) return;
    }
    throw new Error(`Shift+Tab never reached ${locator.toString()}`);
  }

  /** Presses Tab until `locator` has focus, as a keyboard user would; fails after `max` presses. */
  async tabTo(locator: Locator, max = 30): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab');
      if (await this.hasFocus(locator)) return;
    }
    throw new Error(`Tab never reached ${locator.toString()}`);
  }
}
