import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from './fixtures/app';
import { FrameworkPage } from './pages/framework-page';

/** How far the page itself scrolls sideways, in CSS pixels. */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });

describe('the framework page with both frameworks, occupations and the crosswalk (issue 15)', () => {
  // 1366×768 at 200% zoom: the narrowest the page must fit.
  const session = useApp({ viewport: { width: 683, height: 384 } });

  it('switches to 2024 and finds "electrician" and "nurse" by keyboard alone', async () => {
    const framework = new FrameworkPage(session.page());
    const keyboard = session.page().keyboard;
    await framework.open(session.app().url);
    expect(await framework.view('2016 (16 clusters)').isChecked()).toBe(true);

    // The radio group after the search: one Tab stop, the arrow keys choose.
    await framework.tabTo(framework.view('2016 (16 clusters)'));
    await keyboard.press('ArrowRight');
    expect(await framework.view('2024 (14 clusters)').isChecked()).toBe(true);
    await expect.poll(() => framework.clusters.count()).toBe(14);
    expect(await framework.pathways.count()).toBe(72);
    expect(await sideways(session.page())).toBe(0);

    await keyboard.press('Shift+Tab');
    expect(await framework.hasFocus(framework.search)).toBe(true);
    await keyboard.type('electrition');
    // The electrician under Skilled Trades; an industrial electrician (a repairer) under Robotics too.
    await expect.poll(() => framework.clusters.allTextContents()).toContainEqual(expect.stringMatching(/^Construction\s*CON$/));
    expect(await framework.foundUnder('Skilled Trades').allTextContents()).toEqual(['Electrician']);
    expect(await framework.cluster('Construction').textContent()).toMatch(/Electrician \(SOC 47-2111\)/);

    await keyboard.press('Control+A');
    await keyboard.type('nurse');
    await expect.poll(() => framework.clusters.allTextContents()).toEqual([expect.stringMatching(/^Healthcare & Human Services\s*HHS$/)]);
    expect(await framework.pathways.locator('.pathway__name').allTextContents()).toEqual(['Physical Health']);
    expect(await framework.foundUnder('Physical Health').allTextContents()).toContain('Registered Nurse');

    // The same words in the 2016 framework: Therapeutic Services, with its way into 2024.
    await framework.tabTo(framework.view('2024 (14 clusters)'));
    await keyboard.press('ArrowLeft');
    await expect.poll(() => framework.clusters.allTextContents()).toEqual([expect.stringMatching(/^Health Science\s*HS$/)]);
    expect(await framework.pathways.allTextContents()).toEqual([expect.stringMatching(/^Therapeutic Services\s+HS-TS.*In 2024: Physical Health \(derived\)/)]);
  });

  it('reads a crosswalk row, follows the search there, and exports the crosswalk as .xlsx', async () => {
    const framework = new FrameworkPage(session.page());
    const keyboard = session.page().keyboard;
    await framework.open(session.app().url);
    await framework.tabTo(framework.view('2016 (16 clusters)'));
    await keyboard.press('ArrowRight');
    await keyboard.press('ArrowRight');
    expect(await framework.view('Crosswalk, 2016 to 2024').isChecked()).toBe(true);

    const clusters = 'Career clusters, 2016 to 2024';
    await framework.crosswalkTable(clusters).waitFor();
    expect(await framework.crosswalkRow(clusters, 'Health Science HS')).toEqual(['Health Science HS', 'Healthcare & Human Services HHS', 'stated']);
    expect(await framework.crosswalkRow(clusters, 'Agriculture, Food & Natural Resources AG')).toEqual([
      'Agriculture, Food & Natural Resources AG',
      'Agriculture AGR; Energy & Natural Resources ENR',
      'inferred',
    ]);
    expect(await sideways(session.page())).toBe(0);

    await keyboard.press('Shift+Tab');
    expect(await framework.hasFocus(framework.search)).toBe(true);
    await keyboard.type('nurse');
    const pathways = 'Career pathways to 2024 sub-clusters';
    // Therapeutic Services was found; Diagnostic and Support Services lead into Physical Health, which was found too.
    await expect.poll(() => framework.crosswalkTable(pathways).getByRole('rowheader').allTextContents()).toEqual([
      'Diagnostic Services HS-DS',
      'Support Services HS-SS',
      'Therapeutic Services HS-TS',
    ]);
    expect(await framework.crosswalkRow(pathways, 'Therapeutic Services HS-TS')).toEqual(['Therapeutic Services HS-TS', 'Physical Health HHS-PHH', 'derived']);

    await framework.tabTo(framework.exportCrosswalkButton, 5);
    const [download] = await Promise.all([session.page().waitForEvent('download', { timeout: 30_000 }), keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('career-clusters-crosswalk-2016-2024.xlsx');
    // Where the browser saved it (removed with the browser context).
    const path = await download.path();
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Clusters', 'Pathways', 'Basis']);
    expect(book.getWorksheet('Pathways')?.rowCount).toBe(80);
    await expect.poll(() => framework.status.first().textContent()).toMatch(/Exported the crosswalk \(95 rows\)/);
  });
});
