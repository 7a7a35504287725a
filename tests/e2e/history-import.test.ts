import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedHistory, historyFixture, screenshot, useSchoolApp } from './fixtures/history-school';
import { HistoryImportPage } from './pages/history-import-page';
import { TranscriptCourses } from './pages/transcript-courses';

/**
 * The course history import on screen, by keyboard: the fixture files imported into a store that
 * holds the sample school as its own (its 62 students are the students the files name), checked
 * against what each must come to (expected.json). The tests run in order on one store: PowerSchool,
 * its corrected re-import, Infinite Campus, Xello, then matching one of PowerSchool's transfer courses.
 */

const POWERSCHOOL = 'powerschool-storedgrades.csv';
const CORRECTED = 'powerschool-storedgrades-corrected.csv';
const INFINITE_CAMPUS = 'infinite-campus-transcript.csv';
const XELLO = 'xello-studentcourses.txt';

/** The counts the preview must show for a first import of a file whose every row but the rejected ones is new. */
function firstImportCounts(name: string): Record<string, number> {
  const e = expectedHistory[name]!;
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

describe('importing a course history', () => {
  const session = useSchoolApp();
  const { app, page } = session;

  it('imports a PowerSchool StoredGrades export by keyboard: columns, preview with credit types and unknown courses, import, report in words and as .xlsx', async () => {
    const e = expectedHistory[POWERSCHOOL]!;
    const history = new HistoryImportPage(page());
    await history.openByKeyboard(app().url);
    await screenshot(page(), '0-choose');
    await history.fileInput.setInputFiles(historyFixture(POWERSCHOOL));

    // DEM's table-prefixed headers map themselves; studentid (PowerSchool's internal number) is not the student number.
    await history.waitForStep('Match the columns', 30_000);
    await history.columnSelect('A', 'STUDENTS.Student_Number').waitFor();
    expect(await history.columnChoice('A', 'STUDENTS.Student_Number')).toMatch(/^Student number/);
    expect(await history.columnChoice('B', 'STOREDGRADES.StudentID')).not.toMatch(/^Student number/);
    await screenshot(page(), '1-mapping');
    await history.toPreview();

    expect(await history.counts()).toEqual(firstImportCounts(POWERSCHOOL));
    const rejected = await history.tableRows('Rejected rows');
    expect(rejected).toHaveLength(e.rejected.length);
    expect(rejected[0]).toContain(`${e.rejected[0]!.row} | ${e.rejected[0]!.column} | ${e.rejected[0]!.value}`);
    const unknown = await history.tableRows('Courses the catalog does not know');
    expect(unknown.map((r) => r.split(' | ')[0])).toEqual(e.unmatched.map((u) => u.courseNumber).sort());
    expect(unknown.find((r) => r.startsWith('TR-PHO1'))).toContain('Electives');

    // XFER names no area: the counselor says Photography counts as Fine Arts; the file is checked again at once.
    // By the arrow keys, as a keyboard user moves through the options: each step shows at once and
    // the file is checked with the last one (English, Mathematics, ... the ninth is Fine Arts).
    const xfer = history.creditTypeSelect('XFER');
    await xfer.focus();
    for (let i = 0; i < 9; i++) await page().keyboard.press('ArrowDown');
    await expect.poll(async () => (await history.tableRows('Courses the catalog does not know')).find((r) => r.startsWith('TR-PHO1')), { timeout: 30_000 }).toContain('Fine Arts');
    expect(await history.hasFocus(history.creditTypeSelect('XFER'))).toBe(true);
    expect(await history.creditTypeSelect('XFER').evaluate((el) => (el as unknown as { value: string }).value)).toBe('fine_arts');
    await expect.poll(() => history.notice.textContent(), { timeout: 30_000 }).toMatch(/^Checked again/);
    expect(await history.tableRows('Credit types in this file')).toContainEqual(expect.stringMatching(/^XFER \| \d+ \| .* \| Your choice, remembered for the next file\.$/));
    await screenshot(page(), '2-preview');

    await history.importByKeyboard();
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
    await screenshot(page(), '3-report');

    const download = await history.download(history.button('Save report as .xlsx'));
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await expect.poll(() => history.notice.textContent()).toBe(`Saved the report as ${download.suggestedFilename()}.`);
  });

  it('imports the PowerSchool export a month later: the corrected grade before → after, the row no longer listed kept and flagged, and each said per student', async () => {
    const after = expectedHistory[CORRECTED]!.afterImportingTheFirst!;
    const history = new HistoryImportPage(page());
    await history.openByKeyboard(app().url);
    await history.fileInput.setInputFiles(historyFixture(CORRECTED));
    await history.waitForStep('Match the columns', 30_000);
    // The same headers as last month's file: the columns come as they were imported then.
    await expect.poll(() => history.rememberedNote.count(), { timeout: 30_000 }).toBe(1);
    await history.toPreview();

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
    await screenshot(page(), '4-reimport-preview');

    await history.importByKeyboard();
    const lines = await history.perStudent();
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.includes(`#${after.changed.studentNumber}`))).toMatch(new RegExp(`${after.changed.courseNumber} .*${after.changed.grade[1].replace('+', '\\+')}`));
    expect(lines.find((l) => l.includes(`#${after.missing.studentNumber}`))).toContain('no longer in the file: kept and flagged');
    await screenshot(page(), '5-reimport-report');
  });

  for (const name of [INFINITE_CAMPUS, XELLO]) {
    it(`imports ${name} by keyboard with the columns its system writes`, async () => {
      const history = new HistoryImportPage(page());
      await history.openByKeyboard(app().url);
      await history.fileInput.setInputFiles(historyFixture(name));
      await history.toPreview();
      expect(await history.counts()).toEqual(firstImportCounts(name));
      await screenshot(page(), `6-${name}-preview`);
      await history.importByKeyboard();
      expect((await history.counts())['Course rows added']).toBe(firstImportCounts(name)['New course rows']);
      await screenshot(page(), `7-${name}-report`);
    });
  }

  it('matches a transcript course to the catalog from the Courses page by keyboard: it leaves the list, and stays matched after a reload', async () => {
    const [english, photo] = expectedHistory[POWERSCHOOL]!.unmatched.map((u) => `${u.courseNumber} ${u.title}`);
    const courses = new TranscriptCourses(page());
    await page().goto(`${app().url}#/courses`);
    await courses.section.waitFor({ timeout: 15_000 });
    expect(await courses.listed()).toEqual(expect.arrayContaining([english, photo]));
    // The section, not the whole page: the catalog below it is 10,000 pixels tall.
    await courses.section.screenshot({ path: '/tmp/history-8-transcript-courses.png' });

    // Type (the best match is active at once), Enter to pick it, Tab to Save, Enter.
    await courses.combobox(english!).focus();
    await page().keyboard.type('English 9');
    await page().keyboard.press('Enter');
    await expect.poll(() => courses.combobox(english!).inputValue()).toBe('ENG101 — English 9');
    await page().keyboard.press('Tab');
    expect(await courses.focused()).toEqual({ role: 'button', name: `Save the match for ${english}` });
    await page().keyboard.press('Enter');
    await expect.poll(() => courses.status.textContent(), { timeout: 15_000 }).toContain('is now matched to ENG101 English 9');
    expect(await courses.listed()).not.toContain(english);
    expect(await courses.listed()).toContain(photo);
    // Focus continues from the next course's field, not from nowhere.
    expect(await courses.focused()).toEqual({ role: 'combobox', name: `Catalog course for ${photo}` });
    await courses.section.screenshot({ path: '/tmp/history-9-matched.png' });

    await page().reload();
    await courses.section.waitFor({ timeout: 15_000 });
    expect(await courses.listed()).not.toContain(english);
    const unmatched = await app().value<{ courses: { courseNumber: string }[] }>('history.unmatched');
    expect(unmatched.courses.map((c) => c.courseNumber)).not.toContain('TR-ENG9');
  }, 60_000);

  it('offers the catalog import on the same page: the third choice, by the arrow keys, shows the Courses page’s catalog import', async () => {
    const history = new HistoryImportPage(page());
    await page().goto(`${app().url}#/import`);
    await expect.poll(() => history.title.textContent()).toBe('Import');
    await history.tabTo(history.kind('Roster'));
    await page().keyboard.press('ArrowRight');
    await page().keyboard.press('ArrowRight');
    expect(await history.kind('Course catalog').isChecked()).toBe(true);
    await history.main.getByRole('heading', { name: 'Import a catalog' }).waitFor();
    const input = page().getByLabel('Catalog file (.xlsx or .csv)');
    await history.tabTo(input, 5);
    // Space on another choice moves back to it: the course history's first step.
    await history.kind('Course history').focus();
    await page().keyboard.press('Space');
    await history.waitForStep('Choose a course history file');
  });

  it('fits the preview at 1366×768 and at 200% zoom without a sideways scroll of the page', async () => {
    for (const [label, options] of [
      ['1366x768', { viewport: { width: 1366, height: 768 } }],
      // 200% zoom of a 1366×768 window: half the CSS pixels, each drawn twice as large.
      ['zoom200', { viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 }],
    ] as const) {
      const ctx = await session.browser().newContext(options);
      const zoomed = await ctx.newPage();
      try {
        const history = new HistoryImportPage(zoomed);
        await history.openByKeyboard(app().url);
        await history.fileInput.setInputFiles(historyFixture(CORRECTED));
        await history.toPreview();
        await screenshot(zoomed, `10-preview-${label}`);
        const wide = await zoomed.evaluate(`(() => {
          const width = document.documentElement.clientWidth;
          const out = [];
          for (const el of document.querySelectorAll('body *')) {
            const r = el.getBoundingClientRect();
            if (r.right > width + 1 && !el.closest('.table-scroll')) out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right));
          }
          return out.slice(0, 5);
        })()`);
        const overflow = await zoomed.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
        expect(overflow, `${label}: the page scrolls sideways (${JSON.stringify(wide)})`).toBeLessThanOrEqual(0);
        await history.button('Choose another file').click();
      } finally {
        await ctx.close();
      }
    }
  });
});
