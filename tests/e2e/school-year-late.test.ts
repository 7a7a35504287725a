import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src/shared/domain/common';
import { schoolYearEnd } from '../../src/shared/domain/school-year';
import { schoolYearText } from '../../src/shared/domain/year';
import { adoptSampleAsOwn, sampleStore } from '../integration/plans/stores';
import { useApp } from './fixtures/app';
import { SchoolYearPage } from './pages/school-year-page';

interface Listed {
  students: { studentNumber: string; grade: number | null; classYear: number | null; status: string }[];
}

// The application runs on today's calendar: the late start is of today's school year.
const calendar = schoolYearEnd(localIsoDate());
const late = schoolYearText(calendar);

/**
 * A store nobody started this school year in: the school's students were all there before August 1
 * and no roster since lists them (a counselor back in October on last spring's store), with one
 * senior of the class that finished still active.
 */
async function lastSpringStore(dir: string): Promise<string> {
  const store = adoptSampleAsOwn(await sampleStore(dir));
  store.db.prepare("UPDATE student SET class_year = ? WHERE student_number = (SELECT min(student_number) FROM student WHERE grade = 12)").run(calendar - 1);
  store.db.prepare('UPDATE student SET created_at = ?, roster_listed_at = NULL').run(`${calendar - 1}-05-01T12:00:00.000Z`);
  store.close();
  return join(dir, 'counselor.db');
}

describe('the School year page, on a store nobody started this school year in', () => {
  const session = useApp({ store: lastSpringStore });

  it('offers the late start with its counts, starts it by keyboard, and a graduate who did not finish is made active again', async () => {
    const app = session.app();
    const page = session.page();
    const before = await app.value<Listed>('students.list');
    const graduates = before.students.filter((s) => s.status === 'active' && s.classYear !== null && s.classYear <= calendar - 1);
    const advancing = before.students.filter((s) => s.status === 'active' && !graduates.includes(s) && s.grade !== null && s.grade < 12);
    expect(graduates).toHaveLength(1);
    expect(advancing.length).toBeGreaterThan(0);

    const year = new SchoolYearPage(page);
    await page.goto(`${app.url}#/caseload`);
    await expect.poll(() => year.title.textContent()).toBe('Caseload');
    await year.navLink('School year').focus();
    await page.keyboard.press('Enter');
    await year.waitForTitle();
    await year.lateHeading(late).waitFor();
    const said = (await year.previewList(late).textContent()) ?? '';
    expect(said).toContain(`1 student will graduate (class of ${calendar - 1} and earlier)`);
    expect(said).toContain(`${advancing.length} students will move up one grade`);
    expect(said).toContain(`0 students listed by a roster imported since ${calendar - 1}-08-01 keep the grade and status it gave`);
    await page.screenshot({ path: '/tmp/yearend-late.png', fullPage: true });

    // From the heading, the first stop is the late start; Cancel is focused in the confirmation.
    await expect.poll(() => year.focused()).toEqual({ role: 'heading', name: 'School year' });
    await page.keyboard.press('Tab');
    expect(await year.focused()).toEqual({ role: 'button', name: `Start school year ${late} now…` });
    await page.keyboard.press('Enter');
    await year.dialog.waitFor();
    await expect.poll(() => year.focused()).toEqual({ role: 'button', name: 'Cancel' });
    await page.keyboard.press('Shift+Tab');
    expect(await year.focused()).toEqual({ role: 'button', name: `Start ${late}` });
    await page.keyboard.press('Enter');
    await year.status.waitFor();
    expect(await year.status.textContent()).toMatch(new RegExp(`^Started school year ${late}: 1 graduated, ${advancing.length} moved up a grade`));
    await year.lateHeading(late).waitFor({ state: 'detached' });
    await year.startButton(schoolYearText(calendar + 1)).waitFor();

    // The graduate did not finish: made active again from their plan, by keyboard, after a confirmation.
    const graduate = graduates[0]!;
    await page.goto(`${app.url}#/plan/${encodeURIComponent(graduate.studentNumber)}`);
    const again = page.getByRole('button', { name: 'Make active again…' });
    await again.focus();
    await page.keyboard.press('Enter');
    await year.dialog.waitFor();
    expect(await year.dialog.textContent()).toContain('they return to the active caseload');
    await expect.poll(() => year.focused()).toEqual({ role: 'button', name: 'Cancel' });
    await page.keyboard.press('Escape');
    await year.dialog.waitFor({ state: 'detached' });
    await expect.poll(() => year.focused()).toEqual({ role: 'button', name: 'Make active again…' });
    await page.keyboard.press('Enter');
    await year.dialog.waitFor();
    await page.keyboard.press('Shift+Tab');
    expect(await year.focused()).toEqual({ role: 'button', name: 'Make active again' });
    await page.keyboard.press('Enter');
    // The button that was pressed is gone: focus goes to the first of the active plan's buttons.
    await expect.poll(() => year.focused()).toEqual({ role: 'button', name: 'Mark reviewed today' });
    expect(await page.getByRole('status').filter({ hasText: 'Active again: the plan can be edited.' }).count()).toBe(1);
    expect(await page.getByLabel('Notes from meetings').isDisabled()).toBe(false);
    await page.screenshot({ path: '/tmp/yearend-reactivated.png' });
    const now = (await app.value<Listed>('students.list')).students.find((s) => s.studentNumber === graduate.studentNumber);
    expect(now).toMatchObject({ status: 'active', grade: graduate.grade, classYear: graduate.classYear });
  }, 60_000);
});
