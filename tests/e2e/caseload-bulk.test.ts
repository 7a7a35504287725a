import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp } from './fixtures/app';
import { CaseloadPage } from './pages/caseload-page';

/**
 * Acting on many students from the caseload: boxes chosen by keyboard (Space), every student the
 * filters show at once, a range by Shift+click; the action reports each student and is taken
 * back by one Undo. The store is read through the API to see what really changed.
 */
describe('acting on many students at once', () => {
  const session = useApp({ sample: true });
  let students: CaseloadRow[] = [];
  type Reviewed = { lastReviewed: string | null; framework: { program: { id: string } | null } };
  const plan = (studentNumber: string) => session.app().value<Reviewed>('plans.get', { studentNumber });

  beforeAll(async () => {
    ({ students } = await session.app().value<{ students: CaseloadRow[] }>('students.list'));
  });

  async function open(): Promise<CaseloadPage> {
    const caseload = new CaseloadPage(session.page());
    await caseload.openShowingAll(session.app().url, students.length);
    return caseload;
  }

  it('marks every student a filter shows as reviewed, says what changed for each, and undoes it in one step', async () => {
    const page = session.page();
    const caseload = await open();
    const ninth = students.filter((s) => s.grade === 9 && s.status === 'active');
    const before = await Promise.all(ninth.map((s) => plan(s.studentNumber)));
    await caseload.gradeFilter.selectOption('9');
    await caseload.waitForCount(ninth.length, students.length);

    await caseload.selectAllBox.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => caseload.bulkBar.getByRole('heading').textContent()).toBe(`${ninth.length} students selected`);

    await caseload.bulkBar.getByRole('button', { name: `Mark ${ninth.length} students reviewed` }).focus();
    await page.keyboard.press('Enter');
    const status = caseload.bulkBar.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/^Changed \d+ plans?/);
    // The report takes focus, so a screen reader hears it and the next Tab reaches Undo.
    await expect.poll(() => caseload.focused().then((f) => f.role)).toBe('status');
    const after = await Promise.all(ninth.map((s) => plan(s.studentNumber)));
    expect(after.every((p) => p.lastReviewed !== null)).toBe(true);
    await page.keyboard.press('Tab');
    expect((await caseload.focused()).name).toMatch(/^Undo this for \d+ students?$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toMatch(/^Took back \d+ plans?/);
    const undone = await Promise.all(ninth.map((s) => plan(s.studentNumber)));
    expect(undone.map((p) => p.lastReviewed)).toEqual(before.map((p) => p.lastReviewed));
  }, 90_000);

  it('chooses a range with Shift+click, applies a program to those students only, and lists each', async () => {
    const page = session.page();
    const caseload = await open();
    await caseload.search.fill('');
    const boxes = caseload.rows.getByRole('checkbox');
    await boxes.nth(0).click();
    await boxes.nth(3).click({ modifiers: ['Shift'] });
    await expect.poll(() => caseload.bulkBar.getByRole('heading').textContent()).toBe('4 students selected');
    const chosen = (await caseload.columnValues('Student number')).slice(0, 4);
    const untouched = (await caseload.columnValues('Student number'))[4]!;
    const untouchedBefore = await plan(untouched);

    const programs = caseload.bulkBar.getByRole('combobox', { name: 'Program of study' });
    await programs.selectOption({ index: 1 });
    const programId = await programs.inputValue();
    await caseload.bulkBar.getByRole('button', { name: 'Apply program to 4 students' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => caseload.bulkBar.getByRole('status').textContent()).toMatch(/^Changed|had nothing to change|passed over/);
    await caseload.bulkBar.getByText('What happened for each student').click();
    expect(await caseload.bulkBar.getByRole('listitem').count()).toBe(4);
    await page.screenshot({ path: '/tmp/caseload-bulk.png' });
    for (const n of chosen) {
      const p = await plan(n);
      expect(p.framework.program?.id).toBe(programId);
    }
    expect(await plan(untouched)).toEqual(untouchedBefore);

    await caseload.bulkBar.getByRole('button', { name: 'Clear selection' }).click();
    await expect.poll(() => caseload.bulkBar.count()).toBe(0);
  }, 90_000);

  it('gives the chosen students to another counselor and takes it back in one step', async () => {
    const page = session.page();
    const caseload = await open();
    const boxes = caseload.rows.getByRole('checkbox');
    for (const i of [1, 2]) {
      await boxes.nth(i).focus();
      await page.keyboard.press('Space');
    }
    const chosen = (await caseload.columnValues('Student number')).slice(1, 3);
    const was = await Promise.all(chosen.map((n) => session.app().value<{ counselor: string | null }>('students.get', { studentNumber: n })));
    await caseload.bulkBar.getByRole('combobox', { name: 'Counselor' }).fill('Mr. Okafor');
    await caseload.bulkBar.getByRole('button', { name: 'Give 2 students to this counselor' }).focus();
    await page.keyboard.press('Enter');
    const status = caseload.bulkBar.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Changed 2 students.');
    await caseload.bulkBar.getByText('What happened for each student').click();
    expect(await caseload.bulkBar.getByRole('listitem').allTextContents()).toEqual(
      chosen.map((n, i) => expect.stringContaining(`(${n}): Counselor: ${was[i]!.counselor ?? 'no counselor'} → Mr. Okafor.`)),
    );
    for (const n of chosen) expect((await session.app().value<{ counselor: string }>('students.get', { studentNumber: n })).counselor).toBe('Mr. Okafor');
    await caseload.bulkBar.getByRole('button', { name: 'Undo this for 2 students' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toMatch(/^Took back 2 students/);
    const back = await Promise.all(chosen.map((n) => session.app().value<{ counselor: string | null }>('students.get', { studentNumber: n })));
    expect(back.map((s) => s.counselor)).toEqual(was.map((s) => s.counselor));
  }, 90_000);
});
