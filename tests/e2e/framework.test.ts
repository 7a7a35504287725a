import { describe, expect, it } from 'vitest';
import { useApp } from './fixtures/app';
import { FrameworkPage } from './pages/framework-page';

describe('the framework page', () => {
  const session = useApp();

  it('lists the 16 career clusters and their 79 career pathways with codes', async () => {
    const framework = new FrameworkPage(session.page());
    await framework.open(session.app().url);

    expect(await framework.clusters.count()).toBe(16);
    expect(await framework.pathways.count()).toBe(79);
    await expect.poll(() => framework.cluster('Manufacturing').getByRole('listitem').allTextContents()).toContainEqual(
      expect.stringMatching(/^Maintenance, Installation & Repair\s+MN-/),
    );
    expect(await framework.about.textContent()).toMatch(/Career Clusters are broad occupational groupings/);
    expect(await framework.about.textContent()).toMatch(/Program of Study/);
  });

  it('finds Health Science when searched as "Health Sciences"', async () => {
    const framework = new FrameworkPage(session.page());
    await framework.open(session.app().url);

    await framework.search.fill('Health Sciences');
    await expect.poll(() => framework.clusters.allTextContents()).toEqual([expect.stringMatching(/^Health Science\b/)]);
    expect(await framework.cluster('Health Science').getByRole('listitem').count()).toBeGreaterThan(0);
  });

  it('reads "and" for "&" and ignores accents and case', async () => {
    const framework = new FrameworkPage(session.page());
    await framework.open(session.app().url);

    await framework.search.fill('maintenance, installation and repair');
    await expect.poll(() => framework.pathways.allTextContents()).toEqual([
      expect.stringMatching(/^Maintenance, Installation & Repair/),
    ]);
    await framework.search.fill('nothing like this exists');
    await expect.poll(() => framework.clusters.count()).toBe(0);
  });
});
