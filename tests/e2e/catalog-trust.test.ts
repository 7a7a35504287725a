import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Course } from '../../src/shared/domain/catalog';
import { useApp } from './fixtures/app';
import { repoRoot } from './fixtures/browser-mode';
import { CatalogPages } from './pages/catalog-page';
import { PlanEditorPage } from './pages/plan-page';

const DISTRICT = join(repoRoot, 'tests/fixtures/catalog/district-departments.xlsx');

/** Courses a counselor can trust: adding never overwrites, retiring keeps plans whole, imports show before they write. */
describe('the Courses page keeps plans safe', () => {
  const session = useApp({ sample: true });
  const pages = () => new CatalogPages(session.page());
  const courses = async () => (await session.app().value<{ courses: Course[] }>('courses.list')).courses;

  it('refuses to add a course whose number is taken, says so, and offers to edit that course instead', async () => {
    const before = (await courses()).find((c) => c.number === 'ENG101')!;
    const p = pages();
    await p.openCourses(session.app().url);
    await p.button('Add a course').click();
    const form = p.form('Add a course');
    await form.getByLabel('Course number (required)').fill('ENG101');
    await form.getByLabel('Title (required)').fill('Film as Literature');
    await form.getByLabel('Credits', { exact: true }).fill('0.5');
    await p.button('Add course').click();
    const sentence = `There is already a course ENG101 (${before.title}). Edit it instead, or choose another number.`;
    await expect.poll(() => p.alert.filter({ hasText: 'Not saved' }).textContent()).toContain(sentence);
    expect((await courses()).find((c) => c.number === 'ENG101')).toEqual(before);

    await p.button('Edit ENG101 instead').click();
    const edit = p.form(`Edit ENG101: ${before.title}`);
    await expect.poll(() => edit.textContent()).toMatch(/\d+ students' plans hold ENG101: a change to its credits or subject area changes each of those plans\./);
  });

  it('retires a course by keyboard: it stays listed as retired and the plan editor no longer offers it', async () => {
    const p = pages();
    await p.openCourses(session.app().url);
    const course = (await courses()).find((c) => c.number === 'ENG101')!;
    await p.courseRow('ENG101').getByRole('button', { name: `Retire ENG101 ${course.title}` }).focus();
    await session.page().keyboard.press('Enter');
    await expect.poll(() => p.status.first().textContent()).toBe(
      `Retired ENG101: ${course.title}. Plans that hold it keep it; it is no longer offered for new placements.`,
    );
    await expect.poll(() => p.focused()).toEqual({ role: 'button', name: `Bring back ENG101 ${course.title}` });
    expect(await p.courseRow('ENG101').getByRole('cell').nth(7).textContent()).toBe('Retired');
    expect((await courses()).find((c) => c.number === 'ENG101')?.retired).toBe(true);

    const plan = new PlanEditorPage(session.page());
    const { students } = await session.app().value<{ students: { studentNumber: string; planStatus: string }[] }>('students.list');
    // A plan that holds it keeps it, marked for the counselor.
    const holder = students.find((s) => s.planStatus === 'complete')!.studentNumber;
    await plan.open(session.app().url, holder);
    const placed = plan.grid.getByRole('button', { name: new RegExp(`^${course.title} ENG101`) });
    await expect.poll(() => placed.count()).toBe(1);
    expect(await placed.textContent()).toContain('retired from the catalog');

    await plan.open(session.app().url, students.find((s) => s.planStatus === 'none')!.studentNumber);
    await plan.courseCombobox.fill('English');
    await expect.poll(() => plan.courseOptions.count()).toBeGreaterThan(0);
    const offered = await plan.courseOptions.allTextContents();
    expect(offered.some((o) => o.includes('ENG201'))).toBe(true);
    expect(offered.some((o) => o.includes('ENG101'))).toBe(false);
  });
});

/** A district's own catalog, into a store of its own (no sample school). */
describe('importing a district catalog', () => {
  const session = useApp();
  const pages = () => new CatalogPages(session.page());
  const courses = async () => (await session.app().value<{ courses: Course[] }>('courses.list')).courses;

  it('previews a district catalog, asks for the departments it cannot place, and writes only on Import', async () => {
    const p = pages();
    // An empty store: a store holding the sample school takes no import at all.
    await session.page().goto(`${session.app().url}#/courses`);
    await expect.poll(() => p.title.textContent()).toBe('Course catalog');
    await p.catalogFile.setInputFiles(DISTRICT);
    await p.previewHeading.waitFor({ timeout: 15_000 });
    expect(await p.previewHeading.textContent()).toBe('Preview of district-departments.xlsx: nothing is imported until you press Import');
    expect(await p.counts()).toMatchObject({ 'New courses': '23', 'Rejected rows': '3' });
    expect(await p.departmentTable.getByRole('row', { name: /Technology & Engineering/ }).textContent()).toContain('Read from the department name.');
    expect(await p.selectedOption(p.departmentArea('Agriculture'))).toBe('Career & Technical Education');
    expect(await p.selectedOption(p.departmentArea('Special Education'))).toBe('Choose an area…');
    expect((await courses()).some((c) => c.number === '0201')).toBe(false);

    // By keyboard: focus the select and pick the area by typing its name, as a counselor would.
    await p.departmentArea('Special Education').focus();
    await session.page().keyboard.type('Elec');
    await expect.poll(() => p.selectedOption(p.departmentArea('Special Education'))).toBe('Electives');
    await p.departmentArea('Driver Education').selectOption('other');
    await expect.poll(() => p.counts(), { timeout: 10_000 }).toMatchObject({ 'New courses': '26', 'Rejected rows': '0' });
    expect((await courses()).some((c) => c.number === '0201')).toBe(false);

    await p.button('Import').click();
    await expect.poll(() => p.main.getByText('Imported district-departments.xlsx.').count(), { timeout: 15_000 }).toBe(1);
    expect(await p.counts()).toMatchObject({ 'New courses': '26', 'Rejected rows': '0' });
    const after = await courses();
    expect(after.find((c) => c.number === '0721')).toMatchObject({ title: 'Intro to Agriscience', area: 'cte' });
    expect(after.find((c) => c.number === '0901')).toMatchObject({ area: 'elective' });
  });
});
