import { describe, expect, it } from 'vitest';
import type { PlanView } from '../../src/shared/domain/plan-view';
import { useApp } from './fixtures/app';
import { FrameworkPage } from './pages/framework-page';

/** How far the page itself scrolls sideways, in CSS pixels. */
const sideways = (framework: FrameworkPage) =>
  framework.main.evaluate((el) => {
    const root = (el.ownerDocument as unknown as { documentElement: { scrollWidth: number; clientWidth: number } }).documentElement;
    return root.scrollWidth - root.clientWidth;
  });

describe('moving the sample school to the 2024 framework from the Framework page (issue 15)', () => {
  // 1366×768 at 200% zoom.
  const session = useApp({ sample: true, viewport: { width: 683, height: 384 } });

  it('previews, asks for the picks the crosswalk cannot make, moves every plan and takes the move back, by keyboard', async () => {
    const page = session.page();
    const framework = new FrameworkPage(page);
    const keyboard = page.keyboard;
    await framework.open(session.app().url);
    await framework.tabTo(framework.view('2016 (16 clusters)'));
    for (let i = 0; i < 3; i++) await keyboard.press('ArrowRight');
    expect(await framework.view('Move plans to 2024').isChecked()).toBe(true);
    await framework.moveTable.waitFor();
    const picks = framework.moveTable.getByRole('combobox');
    const needing = await picks.count();
    expect(needing).toBeGreaterThan(0);
    const rows = await framework.moveTable.locator('tbody tr').count();
    expect(await framework.moveRow('Chen, Mei')).toEqual(['Chen, Mei', expect.stringMatching(/^Agriculture, Food & Natural Resources \(AG\)/), expect.stringMatching(/Pick one… Agriculture \(AGR\) Energy & Natural Resources \(ENR\)$/), 'inferred']);

    // Moving before picking changes nothing and takes the counselor to the first pick.
    await framework.tabTo(framework.moveButton);
    await keyboard.press('Enter');
    await expect.poll(() => framework.main.getByRole('alert').textContent()).toMatch(/Pick a 2024 choice for the \d+ plans marked “Pick one” first; nothing was changed\./);
    expect(await framework.hasFocus(picks.first())).toBe(true);

    // Each pick by the keyboard: the first option after "Pick one…".
    for (let i = 0; i < needing; i++) {
      expect(await framework.hasFocus(picks.nth(i))).toBe(true);
      await keyboard.press('ArrowDown');
      expect(await picks.nth(i).inputValue()).not.toBe('');
      await keyboard.press('Tab');
    }
    const chosen = await picks.first().inputValue();
    const first = await picks.first().getAttribute('data-student');
    await framework.shiftTabTo(framework.moveButton);
    await keyboard.press('Enter');
    await expect.poll(() => framework.moveStatus.textContent()).toBe(`Moved to 2024: ${rows} changed, 0 unchanged, 0 left as they are.`);
    expect(await framework.hasFocus(framework.moveStatus)).toBe(true);
    expect(await sideways(framework)).toBe(0);
    await page.screenshot({ path: '/tmp/move-to-2024.png' });

    const moved = await session.app().value<PlanView>('plans.get', { studentNumber: first });
    expect(moved.framework.choice2024?.cluster.code).toBe(chosen);

    await framework.shiftTabTo(framework.takeBackButton);
    await keyboard.press('Enter');
    await expect.poll(() => framework.moveStatus.textContent()).toBe(`Took back the move: ${rows} changed, 0 unchanged, 0 left as they are.`);
    const back = await session.app().value<PlanView>('plans.get', { studentNumber: first });
    expect(back.framework.choice2024).toBeUndefined();
  });
});
