import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AppShell } from './app-shell';

/** The Framework page: career clusters as sections (a level-2 heading each) listing their pathways. */
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
}
