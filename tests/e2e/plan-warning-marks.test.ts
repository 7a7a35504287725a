import { describe, expect, it } from 'vitest';
import type { PlanView, PlanViewCourse } from '../../src/shared/domain/plan-view';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp } from './fixtures/app';
import { CaseloadPage } from './pages/caseload-page';
import { PlanEditorPage, type GridYear } from './pages/plan-page';

/**
 * A plan says what is true: a complete sample plan with its grade-9 English course placed again in
 * grade 10 counts English once, is "Complete, with warnings" in the plan and the caseload, and
 * each copy of the course carries a mark that takes the keyboard to the warning.
 */
describe('warning marks on course cards', () => {
  const session = useApp({ sample: true });

  /** A complete sample plan, an English course it plans (the counselor's), and the grade it is in. */
  async function pick(): Promise<{ student: CaseloadRow; view: PlanView; english: PlanViewCourse; grade: number }> {
    const { students } = await session.app().value<{ students: CaseloadRow[] }>('students.list');
    for (const student of students.filter((s) => s.planStatus === 'complete')) {
      const view = await session.app().value<PlanView>('plans.get', { studentNumber: student.studentNumber });
      for (let i = 0; i < 4; i++) {
        const english = view.years[i]!.courses.find((c) => c.area === 'english' && c.source === 'counselor' && c.status === 'planned');
        if (english) return { student, view, english, grade: 9 + i };
      }
    }
    throw new Error('no complete sample plan plans an English course');
  }

  it('marks each copy of a course placed twice, the mark takes focus to the warning, and the caseload says "Complete, with warnings"', async () => {
    const { student, view, english, grade } = await pick();
    // Placed again a grade later (a grade earlier for a grade-12 course).
    const again = grade < 12 ? grade + 1 : grade - 1;
    const englishBefore = view.requirements.areas.find((a) => a.area === 'english')!;
    const page = session.page();
    const keyboard = page.keyboard;
    const plan = new PlanEditorPage(page);
    await plan.open(session.app().url, student.studentNumber);
    expect(await plan.planStatus.textContent()).toBe('Complete');
    expect(await plan.warningMark(plan.grid).count()).toBe(0);

    // The same English course again, a grade apart, by keyboard.
    await plan.tabTo(plan.courseCombobox);
    await keyboard.type(english.courseNumber);
    await keyboard.press('ArrowDown');
    await keyboard.press('ArrowUp');
    await keyboard.press('Enter');
    expect(await plan.courseCombobox.inputValue()).toBe(`${english.courseNumber} — ${english.title}`);
    // By value: its label says "(not offered)" when the catalog offers the course in other grades only.
    await plan.addYearSelect.selectOption(String(again));
    await plan.tabTo(plan.addCourseButton);
    await keyboard.press('Enter');
    await plan.waitForSaved(`Added ${english.title} to grade ${again}.`);

    // Counted once: English planned as before; the plan is not complete while the warning is open.
    expect((await plan.area('English')).planned).toBe(englishBefore.planned);
    expect(await plan.planStatus.textContent()).toBe('Complete, with warnings');

    // Both copies carry a mark, named in words.
    const first = plan.warningMark(plan.cell('English', `Grade ${grade}` as GridYear));
    const second = plan.warningMark(plan.cell('English', `Grade ${again}` as GridYear));
    expect(await first.count()).toBe(1);
    expect(await second.count()).toBe(1);
    expect(await second.getAttribute('aria-label')).toMatch(/^\d+ warnings?$/);
    expect(await first.textContent()).toMatch(/^! \d+$/);

    // The mark, by keyboard, takes focus to the warning in the list.
    await plan.tabTo(first);
    await keyboard.press('Enter');
    await expect.poll(() => plan.focusedText()).toContain(`${english.title} (${english.courseNumber}) is in the plan 2 times`);
    const focusedWarning = plan.warnings.filter({ hasText: 'is in the plan 2 times' });
    expect(await focusedWarning.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);
    expect((await plan.focusIsVisible()).outlineStyle).toBe('solid');
    // …and into view, below the sticky status bar.
    const box = await focusedWarning.evaluate((el) => {
      const r = (el as unknown as { getBoundingClientRect(): { top: number; bottom: number } }).getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: (globalThis as unknown as { innerHeight: number }).innerHeight };
    });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    await page.screenshot({ path: '/tmp/plan-warning-focused.png' });
    // (an element's screenshot scrolls it into view: taken last)
    await first.screenshot({ path: '/tmp/plan-warning-mark.png' });

    // The caseload says the same, and filters on it.
    const caseload = new CaseloadPage(page);
    await caseload.open(session.app().url);
    const { students } = await session.app().value<{ students: CaseloadRow[] }>('students.list');
    expect(students.find((s) => s.studentNumber === student.studentNumber)!.planStatus).toBe('complete_with_warnings');
    const warned = students.filter((s) => s.planStatus === 'complete_with_warnings');
    await caseload.planStatusFilter.selectOption({ label: 'Complete, with warnings' });
    await caseload.waitForCount(warned.length, students.length);
    expect(new Set(await caseload.columnValues('Plan status'))).toEqual(new Set(['Complete, with warnings']));
    await caseload.search.fill(student.studentNumber);
    await caseload.waitForCount(1, students.length);
    expect(await caseload.firstRow('Plan status')).toBe('Complete, with warnings');
  }, 120_000);
});
