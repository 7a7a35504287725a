import { describe, expect, it } from 'vitest';
import type { PlanView, PlanViewCourse } from '../../src/shared/domain/plan-view';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp } from './fixtures/app';
import { PlanEditorPage, type GridYear } from './pages/plan-page';

const HS_YEARS: readonly GridYear[] = ['Grade 9', 'Grade 10', 'Grade 11', 'Grade 12'];

/** A counselor changes the term of a planned course by keyboard; the grid shows it after a reload. */
describe('choosing a course’s term in the plan editor', () => {
  const session = useApp({ sample: true });

  /** A sample student with a full-year English course in grades 9–12, the only English course in its cell. */
  async function pick(): Promise<{ student: CaseloadRow; course: PlanViewCourse; year: GridYear }> {
    const { students } = await session.app().value<{ students: CaseloadRow[] }>('students.list');
    for (const student of students.filter((s) => s.planStatus !== 'none')) {
      const view = await session.app().value<PlanView>('plans.get', { studentNumber: student.studentNumber });
      for (let i = 0; i < 4; i++) {
        const english = (view.years[i]?.courses ?? []).filter((c) => c.area === 'english');
        const course = english[0];
        if (english.length === 1 && course && course.term === 'full_year' && course.status === 'planned') {
          return { student, course, year: HS_YEARS[i]! };
        }
      }
    }
    throw new Error('no sample plan has a planned full-year English course alone in its cell');
  }

  it('changes a course from full year to S2 by keyboard, and the grid shows S2 after a reload', async () => {
    const { student, course, year } = await pick();
    const page = session.page();
    const plan = new PlanEditorPage(page);
    await plan.open(session.app().url, student.studentNumber);
    const button = plan.course(course.title, plan.cell('English', year));
    expect(await button.textContent()).not.toContain('S2');

    await plan.tabTo(button);
    await page.keyboard.press('Enter');
    await plan.tabTo(plan.termSelect(course.title));
    expect(await plan.selectedText(plan.termSelect(course.title))).toBe('Full year');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await plan.selectedText(plan.termSelect(course.title))).toBe('S2 (semester 2)');
    await page.keyboard.press('Tab');
    expect(await plan.focused()).toEqual({ role: 'button', name: 'Save term' });
    await page.keyboard.press('Enter');
    await plan.waitForSaved(`${course.title} is now S2 in ${year.toLowerCase()}.`);

    await page.reload();
    await plan.ready();
    await expect.poll(() => plan.course(course.title, plan.cell('English', year)).textContent()).toContain('S2');
    const after = await session.app().value<PlanView>('plans.get', { studentNumber: student.studentNumber });
    expect(after.years[HS_YEARS.indexOf(year)]!.courses.find((c) => c.id === course.id)?.term).toBe('S2');
  });
});
