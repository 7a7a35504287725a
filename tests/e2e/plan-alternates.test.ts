import { describe, expect, it } from 'vitest';
import type { PlanView, PlanViewCourse } from '../../src/shared/domain/plan-view';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp } from './fixtures/app';
import { PlanEditorPage, type GridYear } from './pages/plan-page';

const HS_YEARS: readonly GridYear[] = ['Grade 9', 'Grade 10', 'Grade 11', 'Grade 12'];

/** A counselor marks a planned course as an alternate for another course of its year, by keyboard. */
describe('alternates in the plan editor', () => {
  const session = useApp({ sample: true });

  /** A sample plan with two planned courses of the counselor's in one high-school year. */
  async function pick(): Promise<{ student: CaseloadRow; first: PlanViewCourse; alternate: PlanViewCourse; year: number }> {
    const { students } = await session.app().value<{ students: CaseloadRow[] }>('students.list');
    for (const student of students.filter((s) => s.planStatus !== 'none')) {
      const view = await session.app().value<PlanView>('plans.get', { studentNumber: student.studentNumber });
      for (let i = 0; i < 4; i++) {
        const planned = (view.years[i]?.courses ?? []).filter((c) => c.source === 'counselor' && c.status === 'planned' && c.inCatalog);
        const [first, alternate] = planned;
        if (first && alternate && first.title !== alternate.title) return { student, first, alternate, year: i };
      }
    }
    throw new Error('no sample plan has two planned courses in one year');
  }

  it('makes a course "Alternate for…" another by keyboard: tagged in the grid, and its credits no longer counted', async () => {
    const { student, first, alternate, year } = await pick();
    const before = await session.app().value<PlanView>('plans.get', { studentNumber: student.studentNumber });
    const page = session.page();
    const plan = new PlanEditorPage(page);
    await plan.open(session.app().url, student.studentNumber);
    const button = plan.course(alternate.title, plan.grid);
    await plan.tabTo(button.first());
    await page.keyboard.press('Enter');
    const select = plan.courseEditor(alternate.title).getByRole('combobox', { name: 'Alternate for…' });
    await plan.tabTo(select);
    expect(await plan.selectedText(select)).toBe('None: a course of its own');
    await select.selectOption({ label: `${first.title} (${first.courseNumber})` });
    await page.keyboard.press('Tab');
    expect(await plan.focused()).toEqual({ role: 'combobox', name: 'Rank' });
    await page.keyboard.press('Tab');
    expect(await plan.focused()).toEqual({ role: 'button', name: 'Save alternate' });
    await page.keyboard.press('Enter');
    await plan.waitForSaved(`${alternate.title} is alternate 1 for ${first.title}.`);
    await expect.poll(() => plan.course(alternate.title, plan.grid).first().textContent()).toContain(`alternate for ${first.title}`);
    await page.screenshot({ path: '/tmp/requests-1-alternate.png', fullPage: true });

    const after = await session.app().value<PlanView>('plans.get', { studentNumber: student.studentNumber });
    const moved = after.years[year]!.courses.find((c) => c.id === alternate.id)!;
    expect(moved.alternateFor).toEqual({ courseId: first.id, courseNumber: first.courseNumber, title: first.title, rank: 1 });
    expect(after.years[year]!.credits.planned).toBeCloseTo(before.years[year]!.credits.planned - alternate.credits, 5);
    const credits = await plan.yearCredits();
    expect(credits[year]).toContain(String(after.years[year]!.credits.planned));
    expect(HS_YEARS[year]).toBeDefined();
  });
});
