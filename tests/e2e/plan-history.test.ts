import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanView } from '../../src/shared/domain/plan-view';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp } from './fixtures/app';
import { addAgreeingTranscript, addTranscriptStudent, ON_TRACK, TRANSCRIPT_EARNED, TRANSCRIPT_ONLY } from './history-fixture';
import { CaseloadPage } from './pages/caseload-page';
import { PlanEditorPage } from './pages/plan-page';

/**
 * The plan editor over a course history, by keyboard: completed courses with their grades in the
 * years they were taken, a failed attempt and its retake, a withdrawal, a transfer course, a course
 * taken in grade 8, this year's course in progress, the on-track verdict and the stated GPA.
 */
describe('the plan editor shows the transcript', () => {
  const session = useApp({ sample: true });
  let students: CaseloadRow[] = [];

  beforeAll(async () => {
    await addTranscriptStudent(session.app().dbPath);
    await addAgreeingTranscript(session.app().dbPath);
    ({ students } = await session.app().value<{ students: CaseloadRow[] }>('students.list'));
  });

  /** From the caseload to a student's plan: search, Tab to the name, Enter. */
  async function openPlan(lastName: string, name: string): Promise<PlanEditorPage> {
    const page = session.page();
    const caseload = new CaseloadPage(page);
    await caseload.open(session.app().url);
    await caseload.waitForCount(students.length, students.length);
    const plan = new PlanEditorPage(page);
    await plan.tabTo(caseload.search);
    await page.keyboard.type(lastName);
    await caseload.waitForCount(1, students.length);
    await plan.tabTo(caseload.table.getByRole('link', { name }));
    await page.keyboard.press('Enter');
    await plan.ready();
    return plan;
  }

  it('puts each completed course in the year it was taken, with every term’s grade and the credits earned', async () => {
    const plan = await openPlan(TRANSCRIPT_ONLY.lastName, TRANSCRIPT_ONLY.name);

    const english9 = plan.course('English 9', plan.cell('English', 'Grade 9'));
    expect(await english9.textContent()).toMatch(/English 9ENG1011 cr✓ S1 B\+ · S2 A-/);
    expect(await english9.getAttribute('aria-expanded')).toBe('false');
    expect(await plan.course('English 10', plan.cell('English', 'Grade 10')).textContent()).toContain('✓ B');
    // This year's course has only a progress grade: in progress, in grade 11.
    expect(await plan.course('American Literature', plan.cell('English', 'Grade 11')).textContent()).toContain('In progress · B+');

    // Failed in grade 9, retaken in grade 10: two attempts, in words.
    const failed = plan.course('Algebra 1', plan.cell('Mathematics', 'Grade 9'));
    expect(await failed.textContent()).toContain('0 cr earned');
    expect(await failed.textContent()).toContain('Failed · F');
    const retake = plan.course('Algebra 1', plan.cell('Mathematics', 'Grade 10'));
    expect(await retake.textContent()).toContain('Retake');
    expect(await retake.textContent()).toContain('✓ C');

    // Withdrawn, taken in grade 8, no longer in the latest file, a transfer course under its own title.
    expect(await plan.cell('Science', 'Grade 10').textContent()).toContain('Withdrawn · W');
    expect(await plan.cell('Science', 'Grade 9').textContent()).toContain('Taken in grade 8');
    expect(await plan.cell('Health', 'Grade 10').textContent()).toContain('Not in the latest file');
    const transfer = plan.course('World Cultures (transfer)', plan.cell('Social Studies', 'Grade 9'));
    expect(await transfer.textContent()).toContain('T-9001');
    expect(await transfer.textContent()).toContain('not in catalog');

    // Earned credits come from the transcript; the verdict says why, in words.
    const view = await session.app().value<PlanView>('plans.get', { studentNumber: TRANSCRIPT_ONLY.studentNumber });
    expect(view.requirements.total.earned).toBe(TRANSCRIPT_EARNED);
    expect(await plan.area('Total credits')).toMatchObject({ earned: TRANSCRIPT_EARNED });
    expect(await plan.onTrackVerdict.textContent()).toBe('✗ Off track');
    expect(await plan.onTrack.textContent()).toContain(`${12 - TRANSCRIPT_EARNED} credits short of the 12 expected by the end of grade 10.`);
    expect(await plan.statedGpa.textContent()).toBe('GPA as the course history states it: 3.42');

    // The warnings name the course they concern.
    const unmatched = plan.warnings.filter({ hasText: 'is not in the catalog' });
    expect(await unmatched.textContent()).toContain('Course: World Cultures (transfer) (T-9001), grade 9');
    expect(await plan.warnings.filter({ hasText: 'no longer in the latest course history file' }).textContent()).toContain('Course: Health (HLT101), grade 10');

    await session.page().setViewportSize({ width: 1366, height: 768 });
    await session.page().screenshot({ path: '/tmp/planui-history-plan.png', fullPage: true });
  });

  it('opens a transcript course’s facts by keyboard, with no editor: the transcript is the record', async () => {
    const page = session.page();
    const plan = await openPlan(TRANSCRIPT_ONLY.lastName, TRANSCRIPT_ONLY.name);
    const failed = plan.course('Algebra 1', plan.cell('Mathematics', 'Grade 9'));
    await plan.tabTo(failed);
    await page.keyboard.press('Enter');
    const facts = plan.transcriptFacts('Algebra 1');
    await facts.waitFor();
    expect(await plan.focused()).toEqual({ role: 'button', name: 'Close' });
    const text = await facts.textContent();
    expect(text).toContain('StatusFailed');
    expect(text).toContain('School year2024-25, grade 9');
    expect(text).toContain('Credits earned0 of 1 attempted');
    expect(text).toContain('Matched to the catalogMTH101, by course number');
    // No status, term, move or remove: none of the planned course's editor.
    expect(await facts.getByRole('combobox').count()).toBe(0);
    expect(await facts.getByRole('button', { name: 'Remove course' }).count()).toBe(0);
    await page.screenshot({ path: '/tmp/planui-history-facts.png' });
    await page.keyboard.press('Escape');
    await facts.waitFor({ state: 'detached' });
    expect((await plan.focused()).name).toMatch(/^Algebra 1/);
  });

  it('marks a completion typed by hand beside the transcript as entered by hand, and keeps its editor', async () => {
    const page = session.page();
    const plan = await openPlan(ON_TRACK.lastName, ON_TRACK.name);
    const grade9English = plan.cell('English', 'Grade 9');
    // The transcript's English 9 and the one typed by hand: both kept, the typed one says so, and
    // each carries the mark of the duplicate-course warning about them.
    expect(await grade9English.getByRole('button', { name: /^(?!\d+ warnings?\b)/ }).count()).toBe(2);
    expect(await grade9English.getByRole('button', { name: /^\d+ warnings?\b/ }).count()).toBe(2);
    expect(await grade9English.textContent()).toContain('entered by hand');
    expect(await plan.onTrackVerdict.textContent()).toBe('✓ On track to graduate');
    // Art Foundations, passed in grade 10 and still planned for grade 12: the warning names it and leads to it.
    const passed = plan.warnings.filter({ hasText: 'Art Foundations' }).filter({ hasText: /already|passed/i });
    expect(await passed.textContent()).toContain('Course: Art Foundations (ART101), grade 12');
    await plan.tabTo(passed.getByRole('button', { name: /^Go to Art Foundations/ }));
    await page.keyboard.press('Enter');
    expect((await plan.focused()).name).toMatch(/^Art Foundations ART101/);
    expect(await plan.cell('Fine Arts', 'Grade 12').getByRole('button', { name: /^Art Foundations/ }).evaluate((b) => b === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);
    await page.setViewportSize({ width: 1366, height: 768 });
    await plan.grid.screenshot({ path: '/tmp/planui-history-by-hand.png' });
    const typed = grade9English.getByRole('button').filter({ hasText: 'entered by hand' });
    await plan.tabTo(typed);
    await page.keyboard.press('Enter');
    expect(await plan.courseEditor('English 9').getByRole('combobox', { name: 'Status' }).count()).toBe(1);
    await page.keyboard.press('Escape');
  });

  it('reads at 200% zoom on a 1366×768 screen: the grid scrolls, nothing overlaps, the verdict is in words', async () => {
    const context = await session.browser().newContext({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });
    try {
      const page = await context.newPage();
      const plan = new PlanEditorPage(page);
      await plan.open(session.app().url, TRANSCRIPT_ONLY.studentNumber);
      await plan.onTrackVerdict.scrollIntoViewIfNeeded();
      expect(await plan.onTrackVerdict.isVisible()).toBe(true);
      await page.screenshot({ path: '/tmp/planui-history-zoom-verdict.png' });
      await plan.course('Algebra 1', plan.cell('Mathematics', 'Grade 9')).scrollIntoViewIfNeeded();
      await page.screenshot({ path: '/tmp/planui-history-zoom-grid.png' });
    } finally {
      await context.close();
    }
  });
});
