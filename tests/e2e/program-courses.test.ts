import { describe, expect, it } from 'vitest';
import type { ProgramOfStudy } from '../../src/shared/domain/program';
import { useApp } from './fixtures/app';
import { CatalogPages } from './pages/catalog-page';

/** Issue 13: a program's courses are picked from the catalog with the plan's combobox, not typed as numbers. */
describe("a program of study's courses", () => {
  const session = useApp({ sample: true });

  it('are picked from the catalog by keyboard: Enter takes the first match, ↓ the next, Remove leaves focus in place', async () => {
    const page = session.page();
    const p = new CatalogPages(page);
    const key = (k: string) => page.keyboard.press(k);
    await p.openPrograms(session.app().url);
    await p.button('New program').focus();
    await key('Enter');
    await p.field('Name (required)').fill('Agriscience Lakeside');
    await p.field('Leads to (title) (required)').fill('Agribusiness Certificate');
    await p.field('Leads to (institution) (required)').fill('Lakeside Technical College');

    const grade9 = p.addCourseTo('Grade 9');
    await grade9.focus();
    await page.keyboard.type('english');
    const options = page.getByRole('listbox', { name: 'Add a course to Grade 9' }).getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(2);
    const [first, second, third] = await options.allTextContents();
    await key('Enter');
    await expect.poll(() => p.yearCourses('Grade 9')).toHaveLength(1);
    expect(await grade9.inputValue()).toBe('');
    expect(await p.focused()).toEqual({ role: 'combobox', name: 'Add a course to Grade 9' });

    // The course just added is no longer offered: the first match now is what was second.
    await page.keyboard.type('english');
    await expect.poll(() => options.first().textContent()).toBe(second);
    await key('ArrowDown');
    await key('Enter');
    await expect.poll(() => p.yearCourses('Grade 9')).toHaveLength(2);
    const picked = await p.yearCourses('Grade 9');
    expect(picked[0]).toContain(titleOf(first!));
    expect(picked[1]).toContain(titleOf(third!));

    // Text that matches nothing says so, and Enter does not save the program.
    await page.keyboard.type('zzzz');
    await expect.poll(() => p.main.getByText('No course in the catalog matches. Add it on the Courses page first.').count()).toBe(1);
    await key('Enter');
    expect(await p.form('New program of study').count()).toBe(1);
    await key('Escape');
    await key('Escape');

    // Removing the first moves focus to the Remove button now in its place.
    await p.main.getByRole('button', { name: `Remove ${picked[0]} from Grade 9`, exact: true }).focus();
    await key('Enter');
    await expect.poll(() => p.yearCourses('Grade 9')).toEqual([picked[1]]);
    await expect.poll(() => p.focused()).toEqual({ role: 'button', name: `Remove ${picked[1]} from Grade 9` });

    // After high school the search offers postsecondary entries.
    const ps1 = p.addCourseTo('After high school, year 1');
    await ps1.focus();
    const { postsecondary } = await session.app().value<{ postsecondary: { code: string; course: string }[] }>('courses.list');
    const entry = postsecondary[0]!;
    await page.keyboard.type(entry.code);
    await expect.poll(() => page.getByRole('listbox', { name: 'Add a course to After high school, year 1' }).getByRole('option').count()).toBeGreaterThan(0);
    await key('Enter');
    await expect.poll(() => p.yearCourses('After high school, year 1')).toHaveLength(1);

    await p.button('Add program').focus();
    await key('Enter');
    await expect.poll(() => p.programButton('Agriscience Lakeside').count()).toBe(1);
    const { programs } = await session.app().value<{ programs: ProgramOfStudy[] }>('programs.list');
    const saved = programs.find((x) => x.name === 'Agriscience Lakeside')!;
    expect(saved.years['9']).toEqual([picked[1]!.split(' ')[0]]);
    expect(saved.years.ps1).toEqual([entry.code]);
    expect(saved.years['10']).toEqual([]);
  });
});

/** An option reads "<title><number> · <area> · …": the title is what the list shows before the number. */
function titleOf(option: string): string {
  return option.replace(/[A-Z]{2,}[\w-]*\s·.*$/, '').trim();
}
