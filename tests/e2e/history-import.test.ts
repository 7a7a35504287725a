import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adoptSampleAsOwn, sampleStore } from '../integration/plans/stores';
import { launchChromium, repoRoot, startApp, type RunningApp } from './fixtures/browser-mode';
import { HistoryImportPage } from './pages/history-import-page';
import { TranscriptCourses } from './pages/transcript-courses';

/**
 * The course history import on screen, by keyboard: the fixture files (tests/fixtures/history/,
 * written by Python's csv module and LibreOffice) imported into a store that holds the sample
 * school as its own (its 62 students are the students the files name). What the page must show is
 * read from the fixtures' expected.json, written from the same objects as the files.
 */

const fixture = (name: string) => join(repoRoot, 'tests/fixtures/history', name);

interface Expected {
  rows: number;
  students: Record<string, { name: string }>;
  rejected: { row: number; column: string; value: string; reason: string }[];
  unmatched: { courseNumber: string; title: string; students: number; creditType: string | null; area: string }[];
  counts?: { students: number; added: number; updated: number; unchanged: number; missing: number; rejected: number };
  afterImportingTheFirst?: {
    counts: { students: number; added: number; updated: number; unchanged: number; missing: number; rejected: number };
    changed: { studentNumber: string; courseNumber: string; schoolYear: string; term: string; grade: [string, string] };
    missing: { studentNumber: string; courseNumber: string; schoolYear: string; term: string };
  };
}
const expected = JSON.parse(readFileSync(fixture('expected.json'), 'utf8')) as { files: Record<string, Expected> };
const POWERSCHOOL = 'powerschool-storedgrades.csv';
const CORRECTED = 'powerschool-storedgrades-corrected.csv';
const INFINITE_CAMPUS = 'infinite-campus-transcript.csv';
const XELLO = 'xello-studentcourses.txt';

/** The counts the preview must show for a first import of a file whose every row but the rejected ones is new. */
function firstImportCounts(name: string): Record<string, number> {
  const e = expected.files[name]!;
  const rejectedRows = new Set(e.rejected.map((r) => r.row)).size;
  return {
    Students: Object.keys(e.students).length,
    'New course rows': e.rows - rejectedRows,
    'Changed course rows': 0,
    'Unchanged course rows': 0,
    'Not in this file (kept, flagged)': 0,
    'Rejected rows': rejectedRows,
  };
}

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/history-${name}.png`, fullPage: true });

describe('importing a course history', () => {
  let dir: string;
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-history-e2e-'));
    // The sample school's students, catalog and plans, kept as the school's own: imports are taken.
    adoptSampleAsOwn(await sampleStore(dir)).close();
    app = await startApp({ dbPath: join(dir, 'counselor.db') });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });

  /** Opens the Import page, chooses "Course history" with the arrow keys, and tabs to the file input. */
  async function chooseHistoryByKeyboard(): Promise<HistoryImportPage> {
    const history = new HistoryImportPage(page);
    await page.goto(`${app.url}#/import`);
    await expect.poll(() => history.title.textContent()).toBe('Import');
    await history.tabTo(history.kind('Roster'));
    await page.keyboard.press('ArrowRight');
    expect(await history.kind('Course history').isChecked()).toBe(true);
    await history.waitForStep('Choose a course history file');
    await history.tabTo(history.fileInput);
    expect(await history.focused()).toEqual({ role: 'button', name: 'Course history file (.xlsx, .csv, .tsv or .txt)' });
    return history;
  }

  /** From the mapping step to the preview, by keyboard. */
  async function toPreview(history: HistoryImportPage): Promise<void> {
    await history.waitForStep('Match the columns', 30_000);
    await history.button('Show the preview').waitFor();
    await history.button('Show the preview').focus();
    await page.keyboard.press('Enter');
    await history.waitForStep('Check the preview', 30_000);
    expect(await history.focused()).toEqual({ role: 'heading', name: 'Check the preview' });
  }

  /** Presses Import by keyboard and waits for the report. */
  async function importIt(history: HistoryImportPage): Promise<void> {
    await history.importButton.focus();
    await page.keyboard.press('Enter');
    await history.waitForStep('Course history imported', 60_000);
    expect(await history.focused()).toEqual({ role: 'heading', name: 'Course history imported' });
  }

  it('imports a PowerSchool StoredGrades export by keyboard: columns, preview with credit types and unknown courses, import, report in words and as .xlsx', async () => {
    const e = expected.files[POWERSCHOOL]!;
    const history = await chooseHistoryByKeyboard();
    await shot(page, '0-choose');
    await history.fileInput.setInputFiles(fixture(POWERSCHOOL));

    // DEM's table-prefixed headers map themselves; studentid (PowerSchool's internal number) is not the student number.
    await history.waitForStep('Match the columns', 30_000);
    await history.columnSelect('A', 'STUDENTS.Student_Number').waitFor();
    expect(await history.columnChoice('A', 'STUDENTS.Student_Number')).toMatch(/^Student number/);
    expect(await history.columnChoice('B', 'STOREDGRADES.StudentID')).not.toMatch(/^Student number/);
    await shot(page, '1-mapping');
    await toPreview(history);

    expect(await history.counts()).toEqual(firstImportCounts(POWERSCHOOL));
    const rejected = await history.tableRows('Rejected rows');
    expect(rejected).toHaveLength(e.rejected.length);
    expect(rejected[0]).toContain(`${e.rejected[0]!.row} | ${e.rejected[0]!.column} | ${e.rejected[0]!.value}`);
    const unknown = await history.tableRows('Courses the catalog does not know');
    expect(unknown.map((r) => r.split(' | ')[0])).toEqual(e.unmatched.map((u) => u.courseNumber).sort());
    expect(unknown.find((r) => r.startsWith('TR-PHO1'))).toContain('Electives');

    // XFER names no area: the counselor says Photography counts as Fine Arts; the file is checked again at once.
    const xfer = history.creditTypeSelect('XFER');
    await xfer.focus();
    await xfer.selectOption({ label: 'Fine Arts' });
    await expect.poll(async () => (await history.tableRows('Courses the catalog does not know')).find((r) => r.startsWith('TR-PHO1')), { timeout: 30_000 }).toContain('Fine Arts');
    expect(await history.hasFocus(history.creditTypeSelect('XFER'))).toBe(true);
    expect(await history.tableRows('Credit types in this file')).toContainEqual(expect.stringMatching(/^XFER \| \d+ \| .* \| Your choice, remembered for the next file\.$/));
    await shot(page, '2-preview');

    await importIt(history);
    expect(await history.counts()).toEqual({
      Students: e.counts!.students,
      'Course rows added': e.counts!.added,
      'Course rows updated': 0,
      'Unchanged course rows': 0,
      'Not in this file (kept, flagged)': 0,
      'Rejected rows': e.counts!.rejected,
    });
    expect(await history.main.getByText(`Course history for ${e.counts!.students} students: ${e.counts!.added} course rows added, 0 updated`).count()).toBe(1);
    expect(await history.main.getByRole('link', { name: 'Match transcript courses to the catalog' }).getAttribute('href')).toBe('#/courses');
    await shot(page, '3-report');

    const download = await history.download(history.button('Save report as .xlsx'));
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await expect.poll(() => history.notice.textContent()).toBe(`Saved the report as ${download.suggestedFilename()}.`);
  });

  it('imports the PowerSchool export a month later: the corrected grade before → after, the row no longer listed kept and flagged, and each said per student', async () => {
    const after = expected.files[CORRECTED]!.afterImportingTheFirst!;
    const history = await chooseHistoryByKeyboard();
    await history.fileInput.setInputFiles(fixture(CORRECTED));
    await history.waitForStep('Match the columns', 30_000);
    // The same headers as last month's file: the columns come as they were imported then.
    await expect.poll(() => history.rememberedNote.count(), { timeout: 30_000 }).toBe(1);
    await toPreview(history);

    expect(await history.counts()).toEqual({
      Students: after.counts.students,
      'New course rows': after.counts.added,
      'Changed course rows': after.counts.updated,
      'Unchanged course rows': after.counts.unchanged,
      'Not in this file (kept, flagged)': after.counts.missing,
      'Rejected rows': after.counts.rejected,
    });
    const changed = (await history.table('Courses that will change').textContent()) ?? '';
    expect(changed).toContain(`#${after.changed.studentNumber}`);
    expect(changed).toContain(after.changed.courseNumber);
    expect(changed).toContain(`${after.changed.schoolYear} ${after.changed.term}`);
    expect(changed).toMatch(new RegExp(`${after.changed.grade[0].replace('+', '\\+')}\\s*→\\s*${after.changed.grade[1].replace('+', '\\+')}`));
    const missing = await history.tableRows('Courses no longer in this file');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toContain(`#${after.missing.studentNumber}`);
    expect(missing[0]).toContain(`${after.missing.schoolYear} ${after.missing.term}`);
    await shot(page, '4-reimport-preview');

    await importIt(history);
    const lines = await history.perStudent();
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.includes(`#${after.changed.studentNumber}`))).toMatch(new RegExp(`${after.changed.courseNumber} .*${after.changed.grade[1].replace('+', '\\+')}`));
    expect(lines.find((l) => l.includes(`#${after.missing.studentNumber}`))).toContain('no longer in the file: kept and flagged');
    await shot(page, '5-reimport-report');
  });

  for (const name of [INFINITE_CAMPUS, XELLO]) {
    it(`imports ${name} by keyboard with the columns its system writes`, async () => {
      const history = await chooseHistoryByKeyboard();
      await history.fileInput.setInputFiles(fixture(name));
      await toPreview(history);
      expect(await history.counts()).toEqual(firstImportCounts(name));
      await shot(page, `6-${name}-preview`);
      await importIt(history);
      expect((await history.counts())['Course rows added']).toBe(firstImportCounts(name)['New course rows']);
      await shot(page, `7-${name}-report`);
    });
  }

  it('matches a transcript course to the catalog from the Courses page by keyboard: it leaves the list, and stays matched after a reload', async () => {
    const [english, photo] = expected.files[POWERSCHOOL]!.unmatched.map((u) => `${u.courseNumber} ${u.title}`);
    const courses = new TranscriptCourses(page);
    await page.goto(`${app.url}#/courses`);
    await courses.section.waitFor({ timeout: 15_000 });
    expect(await courses.listed()).toEqual(expect.arrayContaining([english, photo]));
    // The section, not the whole page: the catalog below it is 10,000 pixels tall.
    await courses.section.screenshot({ path: '/tmp/history-8-transcript-courses.png' });

    // Type (the best match is active at once), Enter to pick it, Tab to Save, Enter.
    await courses.combobox(english!).focus();
    await page.keyboard.type('English 9');
    await page.keyboard.press('Enter');
    await expect.poll(() => courses.combobox(english!).inputValue()).toBe('ENG101 — English 9');
    await page.keyboard.press('Tab');
    expect(await courses.focused()).toEqual({ role: 'button', name: `Save the match for ${english}` });
    await page.keyboard.press('Enter');
    await expect.poll(() => courses.status.textContent(), { timeout: 15_000 }).toContain('is now matched to ENG101 English 9');
    expect(await courses.listed()).not.toContain(english);
    expect(await courses.listed()).toContain(photo);
    // Focus continues from the next course's field, not from nowhere.
    expect(await courses.focused()).toEqual({ role: 'combobox', name: `Catalog course for ${photo}` });
    await courses.section.screenshot({ path: '/tmp/history-9-matched.png' });

    await page.reload();
    await courses.section.waitFor({ timeout: 15_000 });
    expect(await courses.listed()).not.toContain(english);
    const unmatched = await app.value<{ courses: { courseNumber: string }[] }>('history.unmatched');
    expect(unmatched.courses.map((c) => c.courseNumber)).not.toContain('TR-ENG9');
  }, 60_000);

  for (const [name, says] of [
    ['other-school.csv', "it is probably not this school's file"],
    ['only-bad-rows.csv', 'every one of its'],
  ] as const) {
    it(`says why ${name} cannot be imported, lists its rows, and offers no Import button`, async () => {
      const before = await app.value<{ imports: unknown[] }>('history.imports');
      const history = await chooseHistoryByKeyboard();
      await history.fileInput.setInputFiles(fixture(name));
      await toPreview(history);
      const refusal = history.main.getByRole('alert').filter({ hasText: says });
      expect(await refusal.count()).toBe(1);
      expect(await refusal.textContent()).toMatch(/nothing was imported/i);
      expect(await history.importButton.count()).toBe(0);
      // Every row of the file is listed (a row with two problems has two lines).
      const rows = new Set((await history.tableRows('Rejected rows')).map((r) => r.split(' | ')[0]));
      expect(rows.size).toBe(expected.files[name]!.rows);
      await shot(page, `12-refused-${name}`);
      expect(await app.value<{ imports: unknown[] }>('history.imports')).toEqual(before);
    });
  }

  it('offers the catalog import on the same page: the third choice, by the arrow keys, shows the Courses page’s catalog import', async () => {
    const history = new HistoryImportPage(page);
    await page.goto(`${app.url}#/import`);
    await expect.poll(() => history.title.textContent()).toBe('Import');
    await history.tabTo(history.kind('Roster'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await history.kind('Course catalog').isChecked()).toBe(true);
    await history.main.getByRole('heading', { name: 'Import a catalog' }).waitFor();
    const input = page.getByLabel('Catalog file (.xlsx or .csv)');
    await history.tabTo(input, 5);
    // Space on another choice moves back to it: the course history's first step.
    await history.kind('Course history').focus();
    await page.keyboard.press('Space');
    await history.waitForStep('Choose a course history file');
  });

  it('fits the preview at 1366×768 and at 200% zoom without a sideways scroll of the page', async () => {
    for (const [label, options] of [
      ['1366x768', { viewport: { width: 1366, height: 768 } }],
      // 200% zoom of a 1366×768 window: half the CSS pixels, each drawn twice as large.
      ['zoom200', { viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 }],
    ] as const) {
      const ctx = await browser.newContext(options);
      page = await ctx.newPage();
      try {
        const history = await chooseHistoryByKeyboard();
        await history.fileInput.setInputFiles(fixture(CORRECTED));
        await toPreview(history);
        await shot(page, `10-preview-${label}`);
        const wide = await page.evaluate(`(() => {
          const width = document.documentElement.clientWidth;
          const out = [];
          for (const el of document.querySelectorAll('body *')) {
            const r = el.getBoundingClientRect();
            if (r.right > width + 1 && !el.closest('.table-scroll')) out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right));
          }
          return out.slice(0, 5);
        })()`);
        const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
        expect(overflow, `${label}: the page scrolls sideways (${JSON.stringify(wide)})`).toBeLessThanOrEqual(0);
        await history.button('Choose another file').click();
      } finally {
        await ctx.close();
      }
    }
  });

  it('shows the progress of a district archive (every catalog course, each finished year, by quarter) and Cancel stops the check, then the import before it writes, with nothing written', async () => {
    // Written by Python's csv module: each of the sample school's students with every catalog
    // course in each finished high-school year, by quarter and semester (a district archive export).
    const big = join(dir, 'archive-history.csv');
    const written = Number(
      execFileSync('/usr/bin/python3', [
        '-c',
        `import csv, sys
students = [l.split()[:3] for l in open('/work/wt/briefs/sample-students.txt', encoding='utf-8') if l.strip()]
courses = [l.split('|')[:2] for l in open('/work/wt/briefs/sample-courses.txt', encoding='utf-8') if l.strip()]
rows = 0
with open(sys.argv[1], 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['Student Number', 'School Year', 'Term', 'Course Number', 'Course Name', 'Score', 'Credits Earned'])
    for number, _grade, class_year in students:
        for year in range(int(class_year) - 3, 2027):
            for course, title in courses:
                for term in ('Q1', 'Q2', 'S1', 'Q3', 'Q4', 'S2'):
                    w.writerow([number, f'{year - 1}-{year % 100:02d}', term, course, title, 'B', '0.5' if term[0] == 'S' else '0'])
                    rows += 1
print(rows)`,
        big,
      ]).toString(),
    );
    const before = await app.value<{ imports: unknown[] }>('history.imports');

    // Cancel while the core checks the rows: back to the first step, nothing kept.
    const history = await chooseHistoryByKeyboard();
    await history.fileInput.setInputFiles(big);
    await history.waitForStep('Match the columns');
    await page.getByRole('progressbar', { name: 'Reading archive-history.csv' }).waitFor({ timeout: 15_000 });
    await history.cancelButton.focus();
    await page.keyboard.press('Enter');
    await history.waitForStep('Choose a course history file', 30_000);
    await expect.poll(() => history.notice.textContent()).toMatch(/cancelled/i);

    // Again, to the preview; then Cancel while the import runs: back to the preview, nothing written.
    await history.fileInput.setInputFiles(big);
    await toPreview(history);
    const counts = await history.counts();
    expect(counts['Rejected rows']).toBe(0);
    expect(counts['New course rows']! + counts['Changed course rows']! + counts['Unchanged course rows']!).toBe(written);
    await history.importButton.focus();
    await page.keyboard.press('Enter');
    await history.waitForStep('Importing the course history');
    expect(await page.getByRole('progressbar', { name: 'Importing archive-history.csv' }).count()).toBe(1);
    await shot(page, '11-importing');
    await history.cancelButton.focus();
    await page.keyboard.press('Enter');
    await history.waitForStep('Check the preview', 60_000);
    await expect.poll(() => history.notice.textContent()).not.toBe('');
    expect(await app.value<{ imports: unknown[] }>('history.imports')).toEqual(before);
  }, 120_000);
});
