import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp } from './fixtures/app';
import { ReportsPage } from './pages/reports-page';

/** Where the screenshots go for a human look. */
const SHOTS = join(__dirname, '..', '..', 'test-results', 'reports');

describe('the Reports page', () => {
  const session = useApp({ sample: true });
  let students: CaseloadRow[] = [];

  beforeAll(async () => {
    ({ students } = await session.app().value<{ students: CaseloadRow[] }>('students.list'));
  });

  it('shows each report for the sample school: a labelled chart and tables whose counts match the caseload', async () => {
    const reports = new ReportsPage(session.page());
    await session.page().goto(session.app().url);
    await reports.navigation.getByRole('link', { name: 'Reports', exact: true }).click();
    await expect.poll(() => reports.title.textContent()).toBe('Reports');
    await expect.poll(() => reports.reportTitle.textContent()).toBe('Academic and Career Plans');

    // The chart is one image with its figures in words; the table holds the same numbers.
    const label = (await reports.chart.getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/^Plan status by grade\. Students by grade\. Grade 9: No plan \d+/);
    expect(await reports.chart.locator('svg rect, svg path').count()).toBeGreaterThan(10);
    // Counted here from the caseload list: students with no plan in grade 10.
    const grade10 = students.filter((s) => s.grade === 10 && s.status === 'active');
    const cells = await reports.rowCells('Plans by grade', 'Grade 10');
    expect(cells).toEqual([
      'Grade 10',
      ...(['none', 'started', 'complete_with_warnings', 'complete', 'reviewed'] as const).map((k) => String(grade10.filter((s) => s.planStatus === k).length)),
      String(grade10.length),
    ]);
    expect(label).toContain(`Grade 10: No plan ${grade10.filter((s) => s.planStatus === 'none').length}`);
    await session.page().screenshot({ path: join(SHOTS, 'reports-plans.png'), fullPage: true });

    await reports.reportSelect.selectOption({ label: 'On track to graduate' });
    await expect.poll(() => reports.reportTitle.textContent()).toBe('On track to graduate');
    const unknown = students.filter((s) => s.status === 'active' && s.onTrack === 'unknown').length;
    expect(await reports.table('On track to graduate, by grade').locator('tfoot').innerText()).toContain(String(unknown));

    await reports.reportSelect.selectOption({ label: 'Career and technical education' });
    await expect.poll(() => reports.reportTitle.textContent()).toBe('Career and technical education');
    await expect.poll(() => reports.chart.getAttribute('aria-label')).toMatch(/^Students and CTE concentrators by career cluster\./);
    await expect.poll(() => reports.table('Work-based learning by type').isVisible()).toBe(true);
    await session.page().screenshot({ path: join(SHOTS, 'reports-cte.png'), fullPage: true });
    await reports.chart.screenshot({ path: join(SHOTS, 'reports-cte-chart.png') });

    await reports.reportSelect.selectOption({ label: 'Family conferences' });
    await expect.poll(() => reports.reportTitle.textContent()).toBe('Family conferences');
    // Counted here from the caseload list: the active students with no conference this school year.
    const none = students.filter((s) => s.status === 'active' && s.conferencesThisYear === 0).length;
    // Paged by fifty: the pager says how many in all.
    await expect.poll(() => reports.main.getByText(`of ${none}`, { exact: false }).count()).toBeGreaterThan(0);
    expect(await reports.rowCells('Conferences by grade', 'All grades')).toContain(String(none));

    // A filter narrows the report and says so.
    await reports.gradeSelect.selectOption({ label: 'Grade 11' });
    await expect.poll(() => reports.main.getByText(/^Grade 11 · school year/).count()).toBe(1);
  });

  it('opens a student from a row by keyboard', async () => {
    const page = session.page();
    const reports = new ReportsPage(page);
    await reports.open(session.app().url);
    const list = reports.table('Students and their plan status');
    const first = list.getByRole('link').first();
    await expect.poll(() => first.isVisible()).toBe(true);
    const number = (await first.textContent())!;
    const name = students.find((s) => s.studentNumber === number)!.lastName;
    // Tab from the last filter to the first student link, as a counselor would.
    await reports.main.getByLabel('Class of').focus();
    let steps = 0;
    while (!(await first.evaluate((el) => el === (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement)) && steps++ < 80) {
      await page.keyboard.press('Tab');
    }
    expect(await reports.focused()).toMatchObject({ role: 'link', name: expect.stringContaining(`(${number})`) });
    expect(await reports.focusIsVisible()).toMatchObject({ focusVisible: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`#/plan/${encodeURIComponent(number)}`);
    await expect.poll(() => reports.title.textContent()).toContain(name);
  });

  it('exports the report as .xlsx, .csv and a one-page PDF', async () => {
    const page = session.page();
    const reports = new ReportsPage(page);
    await reports.open(session.app().url);
    await reports.reportSelect.selectOption({ label: 'On track to graduate' });
    await expect.poll(() => reports.reportTitle.textContent()).toBe('On track to graduate');
    for (const [name, ext, magic] of [['Export .xlsx', 'xlsx', 'PK'], ['Export .csv', 'csv', '\uFEFF'], ['Export PDF', 'pdf', '%PDF']] as const) {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), reports.exportButton(name).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^report-graduation-\\d{4}-\\d{2}-\\d{2}\\.${ext}$`));
      const path = join(session.app().dir, download.suggestedFilename());
      await download.saveAs(path);
      const bytes = execFileSync('head', ['-c', '4', path]).toString('utf8');
      expect(bytes.startsWith(magic)).toBe(true);
      if (ext === 'pdf') expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
      await expect.poll(() => reports.main.getByRole('status').filter({ hasText: /^Exported the report as / }).textContent()).toBe(`Exported the report as ${download.suggestedFilename()}.`);
    }
  });

  it('reads at 200% zoom: the chart is laid out again for its width, its labels full size, and the tables scroll inside their region', async () => {
    const zoomed = await session.browser().newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    try {
      const page = await zoomed.newPage();
      const reports = new ReportsPage(page);
      await reports.open(session.app().url);
      await expect.poll(() => reports.reportTitle.textContent()).toBe('Academic and Career Plans');
      const box = await reports.chart.boundingBox();
      expect(box!.width).toBeLessThanOrEqual(640);
      expect(box!.height).toBeGreaterThan(100);
      // Nothing pushes the page wider than the window.
      const overflow = await page.evaluate(() => {
        const d = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
        return d.scrollWidth - d.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
      // The chart is laid out for the width it has, not shrunk into it: its labels keep their size in CSS pixels.
      const label = await page.evaluate(() => {
        const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null; getBoundingClientRect(): { height: number } }> } }).document;
        const texts = Array.from(doc.querySelectorAll('.report-chart__image svg text'));
        return texts.find((t) => t.textContent === 'Grade 9')?.getBoundingClientRect().height ?? 0;
      });
      expect(label).toBeGreaterThanOrEqual(11);
      await page.screenshot({ path: join(SHOTS, 'reports-plans-zoom.png'), fullPage: false });
      await reports.chart.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, 'reports-plans-zoom-chart.png') });
    } finally {
      await zoomed.close();
    }
  });
});
