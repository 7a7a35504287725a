import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp } from './fixtures/app';
import { addAgreeingTranscript, addTranscriptStudent, ON_TRACK, ON_TRACK_EARNED, TRANSCRIPT_EARNED, TRANSCRIPT_ONLY } from './history-fixture';
import { CaseloadPage } from './pages/caseload-page';
import { PlanEditorPage } from './pages/plan-page';
import { RequirementsPage } from './pages/requirements-page';

/**
 * The caseload over the same course history: credits earned and the on-track verdict as columns,
 * sorted and filtered by keyboard, the filtered export following the filter; then an edit of the
 * credits expected by the end of each grade turns a verdict.
 */
describe('the caseload and the requirements over a course history', () => {
  const session = useApp({ sample: true, viewport: { width: 1366, height: 768 } });
  let students: CaseloadRow[] = [];

  beforeAll(async () => {
    await addTranscriptStudent(session.app().dbPath);
    await addAgreeingTranscript(session.app().dbPath);
    ({ students } = await session.app().value<{ students: CaseloadRow[] }>('students.list'));
  });

  const row = (n: string) => students.find((s) => s.studentNumber === n)!;

  it('shows credits earned and on track, sorts them by keyboard, and filters off track for the export', async () => {
    const page = session.page();
    expect(row(TRANSCRIPT_ONLY.studentNumber)).toMatchObject({ creditsEarned: TRANSCRIPT_EARNED, onTrack: 'off_track' });
    expect(row(ON_TRACK.studentNumber)).toMatchObject({ creditsEarned: ON_TRACK_EARNED, onTrack: 'on_track' });
    const off = students.filter((s) => s.onTrack === 'off_track');

    const caseload = new CaseloadPage(page);
    const keys = new PlanEditorPage(page);
    await caseload.open(session.app().url);
    await caseload.waitForCount(students.length, students.length);

    // Sort by On track: off track first, then on track, then not known.
    await keys.tabTo(caseload.sortButton('On track'));
    await page.keyboard.press('Enter');
    await expect.poll(() => caseload.columnHeader('On track').getAttribute('aria-sort')).toBe('ascending');
    expect(await caseload.firstRow('On track')).toBe('✗ Off track');
    // By credits: the fewest first.
    await keys.tabTo(caseload.sortButton('Credits'));
    await page.keyboard.press('Enter');
    await expect.poll(() => caseload.columnHeader('Credits').getAttribute('aria-sort')).toBe('ascending');
    const fewest = Math.min(...students.flatMap((s) => (s.creditsEarned === null ? [] : [s.creditsEarned])));
    expect(Number(await caseload.firstRow('Credits'))).toBe(fewest);

    // The filter, by keyboard: only the off-track students, and the export takes exactly those.
    await keys.tabTo(caseload.onTrackFilter);
    await page.keyboard.type('Off');
    await caseload.waitForCount(off.length, students.length);
    expect(new Set(await caseload.columnValues('On track'))).toEqual(new Set(['✗ Off track']));
    await keys.tabTo(caseload.search);
    await page.keyboard.type(TRANSCRIPT_ONLY.lastName);
    await caseload.waitForCount(1, students.length);
    expect(await caseload.firstRow('Credits')).toBe(String(TRANSCRIPT_EARNED));
    await caseload.search.fill(ON_TRACK.lastName);
    await caseload.waitForCount(0, students.length);
    await caseload.search.fill('');
    await caseload.waitForCount(off.length, students.length);

    const download = page.waitForEvent('download');
    await keys.tabTo(page.getByRole('button', { name: 'Export .csv' }));
    await page.keyboard.press('Enter');
    const file = await download;
    const text = await new Response((await file.createReadStream()) as unknown as ReadableStream).text();
    const [header, ...lines] = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
    const column = (name: string) => header!.indexOf(name);
    expect(new Set(lines.map((l) => l[column('Student Number')]))).toEqual(new Set(off.map((s) => s.studentNumber)));
    // The export carries what the columns show.
    const theirs = lines.find((l) => l[column('Student Number')] === TRANSCRIPT_ONLY.studentNumber)!;
    expect([theirs[column('Credits Earned')], theirs[column('On Track')]]).toEqual([String(TRANSCRIPT_EARNED), 'Off track']);
    await page.screenshot({ path: '/tmp/planui-caseload-off-track.png' });
  });

  it('never cuts a name short at 1366×768', async () => {
    const caseload = new CaseloadPage(session.page());
    await caseload.open(session.app().url);
    await caseload.waitForCount(students.length, students.length);
    await caseload.sortButton('Name').click();
    // Every name, credit figure, plan status and verdict is whole; only a long cluster name ends in "…" (its title has it all).
    const cut = await caseload.table
      .locator('.name-cell__name, .caseload-cell--creditsEarned, .caseload-cell--onTrack, .caseload-cell--planStatus, th.caseload-cell')
      .evaluateAll((cells) =>
        cells
          .map((l) => l as unknown as { scrollWidth: number; clientWidth: number; textContent: string | null })
          .filter((l) => l.scrollWidth > l.clientWidth)
          .map((l) => l.textContent),
      );
    expect(cut).toEqual([]);
    // And the table fits the screen: no sideways scrolling at 1366×768.
    const scroller = await caseload.table.evaluate((t) => {
      const box = (t as unknown as { parentElement: { scrollWidth: number; clientWidth: number } }).parentElement;
      return { scrollWidth: box.scrollWidth, clientWidth: box.clientWidth };
    });
    expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth);
    expect(await caseload.rows.count()).toBeGreaterThan(5);
    await session.page().screenshot({ path: '/tmp/planui-caseload.png' });

    // At 200% zoom the table scrolls sideways; names stay whole.
    const zoomed = await session.browser().newContext({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });
    try {
      const page = await zoomed.newPage();
      const small = new CaseloadPage(page);
      await small.open(session.app().url);
      await small.waitForCount(students.length, students.length);
      const cutNames = await small.table.locator('.name-cell__name').evaluateAll((links) =>
        links.map((l) => l as unknown as { scrollWidth: number; clientWidth: number }).filter((l) => l.scrollWidth > l.clientWidth).length,
      );
      expect(cutNames).toBe(0);
      await page.screenshot({ path: '/tmp/planui-caseload-zoom.png' });
    } finally {
      await zoomed.close();
    }
  });

  it('turns a verdict when the credits expected by the end of grade 10 are raised, and back when reset to the even spread', async () => {
    const page = session.page();
    const requirements = new RequirementsPage(page);
    const keys = new PlanEditorPage(page);
    await requirements.open(session.app().url);
    await keys.tabTo(page.getByRole('combobox', { name: 'Class year' }));
    await page.keyboard.type('Class of 2028');
    await expect.poll(() => page.getByText(/^Spread the total evenly \(default\): 6, 12, 18, 24 by the end of grades 9, 10, 11, 12$/).count()).toBe(1);
    expect(await requirements.evenRadio.isChecked()).toBe(true);

    // "Set them by grade" by keyboard: starts from the spread, then grade 10 goes up to 13.
    await keys.tabTo(requirements.evenRadio);
    await page.keyboard.press('ArrowDown');
    expect(await requirements.byGradeRadio.isChecked()).toBe(true);
    expect(await requirements.expectedBox(10).inputValue()).toBe('12');
    await keys.tabTo(requirements.expectedBox(10));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('13');

    // A figure below the grade before is refused with a sentence, focus on its box, nothing saved.
    await keys.tabTo(requirements.expectedBox(11));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('10');
    await keys.tabTo(requirements.saveButton);
    await page.keyboard.press('Enter');
    await expect.poll(() => requirements.alert.filter({ hasText: 'Not saved' }).textContent()).toContain(
      'Credits expected by the end of grade 11 (10) are fewer than by the end of grade 10 (13)',
    );
    expect(await keys.focused()).toEqual({ role: 'textbox', name: 'By the end of grade 11' });
    const before = await session.app().value<{ expectedByGrade: unknown }>('requirements.get', { classYear: 2028 });
    expect(before.expectedByGrade).toBeNull();

    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('18');
    await keys.tabTo(requirements.saveButton);
    await page.keyboard.press('Enter');
    await requirements.saved.waitFor();
    const saved = await session.app().value<{ expectedByGrade: unknown }>('requirements.get', { classYear: 2028 });
    expect(saved.expectedByGrade).toEqual({ '9': 6, '10': 13, '11': 18, '12': 24 });
    await page.screenshot({ path: '/tmp/planui-requirements-expected.png', fullPage: true });

    const plan = new PlanEditorPage(page);
    await plan.open(session.app().url, ON_TRACK.studentNumber);
    expect(await plan.onTrackVerdict.textContent()).toBe('✗ Off track');
    expect(await plan.onTrack.textContent()).toContain('0.5 credits short of the 13 expected by the end of grade 10.');

    // Back to the even spread: on track again.
    await requirements.open(session.app().url);
    await keys.tabTo(page.getByRole('combobox', { name: 'Class year' }));
    await page.keyboard.type('Class of 2028');
    await expect.poll(() => requirements.byGradeRadio.isChecked()).toBe(true);
    await keys.tabTo(requirements.byGradeRadio);
    await page.keyboard.press('ArrowUp');
    expect(await requirements.evenRadio.isChecked()).toBe(true);
    await keys.tabTo(requirements.saveButton);
    await page.keyboard.press('Enter');
    await requirements.saved.waitFor();
    await plan.open(session.app().url, ON_TRACK.studentNumber);
    expect(await plan.onTrackVerdict.textContent()).toBe('✓ On track to graduate');
  });
});
