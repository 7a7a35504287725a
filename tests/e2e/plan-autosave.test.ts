import { describe, expect, it } from 'vitest';
import { holdWriteLock } from '../helpers/write-lock';
import type { PlanView } from '../../src/shared/domain/plan-view';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp } from './fixtures/app';
import { PlanEditorPage } from './pages/plan-page';

/** Notes and the postsecondary plan save themselves as the counselor types: no save button to forget. */
describe('free text in the plan', () => {
  const session = useApp({ sample: true });

  it('is saved without a save button, and is there after a reload', async () => {
    const app = session.app();
    const { students } = await app.value<{ students: CaseloadRow[] }>('students.list');
    const student = students.find((s) => s.grade === 11)!;
    const page = session.page();
    const plan = new PlanEditorPage(page);
    await plan.open(app.url, student.studentNumber);

    const notes = page.getByRole('textbox', { name: 'Notes from meetings' });
    await plan.tabTo(notes);
    await page.keyboard.type('Wants to visit NWTC in spring. Mother prefers Spanish.');
    // A pause in typing saves: no button, no leaving the field.
    await expect
      .poll(async () => (await app.value<PlanView>('plans.get', { studentNumber: student.studentNumber })).notes, { timeout: 10_000 })
      .toBe('Wants to visit NWTC in spring. Mother prefers Spanish.');
    expect(await notes.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement)).toBe(true);

    const institution = page.getByRole('textbox', { name: 'Institution' });
    await plan.tabTo(institution);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Madison College');
    await page.keyboard.press('Tab'); // leaving the field saves at once
    await expect
      .poll(async () => (await app.value<PlanView>('plans.get', { studentNumber: student.studentNumber })).postsecondary.institution, { timeout: 10_000 })
      .toBe('Madison College');

    await page.reload();
    await plan.ready();
    expect(await page.getByRole('textbox', { name: 'Notes from meetings' }).inputValue()).toBe('Wants to visit NWTC in spring. Mother prefers Spanish.');
    expect(await page.getByRole('textbox', { name: 'Institution' }).inputValue()).toBe('Madison College');
    expect(await page.getByRole('button', { name: /^Save (notes|postsecondary)/ }).count()).toBe(0);
  });

  it('saves text typed a moment before a reload (flushed as the page goes away, not lost with it)', async () => {
    const app = session.app();
    const { students } = await app.value<{ students: CaseloadRow[] }>('students.list');
    const student = students.find((s) => s.grade === 9)!; // a plan the other tests here leave alone
    const page = session.page();
    const plan = new PlanEditorPage(page);
    await plan.open(app.url, student.studentNumber);
    const notes = page.getByRole('textbox', { name: 'Notes from meetings' });
    await plan.tabTo(notes);
    const typed = 'Call back Thursday about the job shadow.';
    await page.keyboard.type(typed);
    // At once: well inside the pause after which typing saves itself.
    await page.reload();
    await plan.ready();
    await expect.poll(async () => (await app.value<PlanView>('plans.get', { studentNumber: student.studentNumber })).notes, { timeout: 10_000 }).toBe(typed);
    // The reloaded page may have asked for the plan before the save landed: what the next one shows.
    await page.reload();
    await plan.ready();
    expect(await page.getByRole('textbox', { name: 'Notes from meetings' }).inputValue()).toBe(typed);
  });

  it('keeps the text typed while another program holds the store, says so, and saves it once the store is free', async () => {
    const app = session.app();
    const { students } = await app.value<{ students: CaseloadRow[] }>('students.list');
    const student = students.find((s) => s.grade === 10)!;
    const page = session.page();
    const plan = new PlanEditorPage(page);
    await plan.open(app.url, student.studentNumber);

    const notes = page.getByRole('textbox', { name: 'Notes from meetings' });
    await plan.tabTo(notes);
    // The command line importing a roster: it holds the write lock longer than a save waits (5 s).
    const other = holdWriteLock(app.dbPath, student.studentNumber, 8);
    try {
      await other.locked;
      await page.keyboard.type('Call back about the welding program.');
      await page.getByText(/store is busy.*not saved.*try again/i).waitFor({ timeout: 15_000 });
      expect(await notes.inputValue()).toBe('Call back about the welding program.');
      expect((await app.value<PlanView>('plans.get', { studentNumber: student.studentNumber })).notes).toBeNull();

      await other.committed;
      await page.keyboard.press('Tab'); // leaving the field tries again
      await expect
        .poll(async () => (await app.value<PlanView>('plans.get', { studentNumber: student.studentNumber })).notes, { timeout: 10_000 })
        .toBe('Call back about the welding program.');
      expect(await notes.inputValue()).toBe('Call back about the welding program.');
    } finally {
      other.process.kill('SIGKILL');
    }
  }, 40_000);
});
