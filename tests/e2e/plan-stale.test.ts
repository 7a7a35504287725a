import { describe, expect, it } from 'vitest';
import type { PlanView } from '../../src/shared/domain/plan-view';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp } from './fixtures/app';
import { PlanEditorPage } from './pages/plan-page';

/**
 * One plan open in two windows (two browser contexts on one workstation; on the department server,
 * two counselors): the second window's change, based on the version it showed, is refused with who
 * and when, its page shows the newer version, and nothing is overwritten (issue 16).
 */
describe('a plan changed in another window', () => {
  const session = useApp({ sample: true });

  it('refuses the change made on the older version, says so, shows the newer one, and takes the change made again', async () => {
    const app = session.app();
    const { students } = await app.value<{ students: CaseloadRow[] }>('students.list');
    const student = students.find((s) => s.grade === 11 && s.planStatus !== 'none')!;
    const first = new PlanEditorPage(session.page());
    const otherContext = await session.browser().newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const second = new PlanEditorPage(await otherContext.newPage());
      await first.open(app.url, student.studentNumber);
      await second.open(app.url, student.studentNumber);
      const notesIn = (plan: PlanEditorPage) => plan.page.getByRole('textbox', { name: 'Notes from meetings' });
      const before = (await app.value<PlanView>('plans.get', { studentNumber: student.studentNumber })).revision;

      // The first window saves its note (leaving the field saves at once).
      await first.tabTo(notesIn(first));
      await first.page.keyboard.type('Mother asked about dual credit.');
      await first.page.keyboard.press('Tab');
      await expect
        .poll(async () => (await app.value<PlanView>('plans.get', { studentNumber: student.studentNumber })).revision, { timeout: 10_000 })
        .toBe(before + 1);

      // The second window still shows the version before it, and types over it.
      await second.tabTo(notesIn(second));
      await second.page.keyboard.type('Wants the welding program.');
      await second.page.keyboard.press('Tab');
      await expect.poll(() => second.alert.filter({ hasText: 'changed' }).textContent(), { timeout: 10_000 }).toMatch(
        /This plan was changed in another window a moment ago; the page now shows that version/,
      );
      await expect.poll(() => notesIn(second).inputValue()).toBe('Mother asked about dual credit.');
      const stored = await app.value<PlanView>('plans.get', { studentNumber: student.studentNumber });
      expect(stored.notes).toBe('Mother asked about dual credit.');
      expect(stored.revision).toBe(before + 1);

      // Made again, on the version it now shows, the change is taken.
      await second.tabTo(notesIn(second));
      await second.page.keyboard.press('End');
      await second.page.keyboard.type(' Wants the welding program.');
      await second.page.keyboard.press('Tab');
      await expect
        .poll(async () => (await app.value<PlanView>('plans.get', { studentNumber: student.studentNumber })).notes, { timeout: 10_000 })
        .toBe('Mother asked about dual credit. Wants the welding program.');
      // Both saves are in the plan's change log, newest first, opened by keyboard.
      const changes = second.page.locator('details', { has: second.page.locator('summary', { hasText: 'Changes to this plan' }) });
      await second.tabTo(changes.locator('summary'));
      await second.page.keyboard.press('Enter');
      await expect.poll(() => changes.getByRole('listitem').allTextContents(), { timeout: 10_000 }).toEqual([
        expect.stringMatching(/ — Notes changed$/),
        expect.stringMatching(/ — Notes changed$/),
      ]);
      await changes.screenshot({ path: '/tmp/plan-change-log.png' });
    } finally {
      await otherContext.close();
    }
  }, 90_000);
});
