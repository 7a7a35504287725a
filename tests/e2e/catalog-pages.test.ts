import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Course } from '../../src/shared/domain/catalog';
import type { ProgramOfStudy } from '../../src/shared/domain/program';
import type { RequirementSet } from '../../src/shared/domain/requirements';
import { useApp } from './fixtures/app';
import { repoRoot } from './fixtures/browser-mode';
import { CatalogPages } from './pages/catalog-page';

const CATALOG = join(repoRoot, 'tests/fixtures/catalog/district-catalog.csv');

/** District setup in the browser: the course catalog, programs of study and graduation requirements. */
describe('the course catalog, programs and requirements pages', () => {
  const session = useApp({ sample: true });
  const pages = () => new CatalogPages(session.page());

  it('adds a course by keyboard alone, and finds it in the table after a reload', async () => {
    const p = pages();
    const key = (k: string) => session.page().keyboard.press(k);
    await p.openCourses(session.app().url);
    await p.button('Add a course').focus();
    await key('Enter');
    expect(await p.focused()).toEqual({ role: 'textbox', name: 'Course number (required)' });
    await session.page().keyboard.type('CTE450');
    await key('Tab');
    await session.page().keyboard.type('Drone Mapping');
    await key('Tab');
    await key('ControlOrMeta+a');
    await session.page().keyboard.type('0.5');
    await key('Tab');
    expect(await p.focused()).toEqual({ role: 'combobox', name: 'Subject area' });
    await session.page().keyboard.type('Car');
    // On to the form's submit button, by Tab alone.
    for (let i = 0; i < 30 && (await p.focused()).name !== 'Add course'; i++) await key('Tab');
    expect(await p.focused()).toEqual({ role: 'button', name: 'Add course' });
    await key('Enter');
    await expect.poll(() => p.status.first().textContent()).toBe('Saved CTE450: Drone Mapping.');
    // The form closed and focus went back to the button that opened it.
    expect(await p.focused()).toEqual({ role: 'button', name: 'Add a course' });

    await session.page().reload();
    await p.openCourses(session.app().url);
    await p.field('Find a course by number or title').fill('drone');
    const row = p.courseRow('CTE450');
    await expect.poll(() => row.count()).toBe(1);
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 5)).toEqual(['Drone Mapping', '0.5', 'Career & Technical Education', '9–12', 'Year']);
  });

  it('edits a course’s credits, showing the core’s message for a credit that is not a quarter step', async () => {
    const { courses } = await session.app().value<{ courses: Course[] }>('courses.list');
    const course = courses.find((c) => c.credits === 1)!;
    const p = pages();
    await p.openCourses(session.app().url);
    await p.courseRow(course.number).getByRole('button', { name: 'Edit' }).click();
    expect(await p.focused()).toEqual({ role: 'textbox', name: 'Title (required)' });

    await p.field('Credits').fill('0.3');
    await p.button('Save course').click();
    await expect.poll(() => p.alert.filter({ hasText: 'Not saved' }).textContent()).toContain('quarter-credit steps');

    await p.field('Credits').fill('0.75');
    await p.button('Save course').click();
    await expect.poll(() => p.courseRow(course.number).getByRole('cell').nth(1).textContent()).toBe('0.75');
    expect(await p.focused()).toEqual({ role: 'button', name: `Edit ${course.number} ${course.title}` });
    const after = await session.app().value<{ courses: Course[] }>('courses.list');
    expect(after.courses.find((c) => c.number === course.number)?.credits).toBe(0.75);
  });

  it('adds a program after high school and finds it in its table after a reload', async () => {
    const p = pages();
    await p.openCourses(session.app().url);
    await p.button('Add a program or credential after high school').click();
    expect(await p.focused()).toEqual({ role: 'textbox', name: 'Code (required)' });
    const form = p.form('Add a program or credential after high school');
    await form.getByLabel('Code (required)', { exact: true }).fill('LTC-WELD-1');
    await form.getByLabel('Institution (required)', { exact: true }).fill('Lakeshore Technical College');
    await form.getByLabel('Program (required)', { exact: true }).fill('Welding (31-442-1)');
    await form.getByLabel('Course or credential (required)', { exact: true }).fill('Welding fundamentals');
    await form.getByLabel('Credential type', { exact: true }).selectOption({ label: 'Technical diploma' });
    await form.getByLabel('College credits', { exact: true }).fill('15');
    await form.getByRole('button', { name: 'Add entry' }).click();
    await expect.poll(() => p.status.first().textContent()).toBe('Saved LTC-WELD-1: Welding (31-442-1).');
    expect(await p.focused()).toEqual({ role: 'button', name: 'Add a program or credential after high school' });

    await session.page().reload();
    await p.openCourses(session.app().url);
    const row = p.postsecondaryRow('LTC-WELD-1');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      'Lakeshore Technical College',
      'Welding (31-442-1)',
      'Welding fundamentals',
      'Technical diploma',
      '15',
      'Edit',
    ]);

    // Edit it: the code stays, the credits change.
    await row.getByRole('button', { name: 'Edit LTC-WELD-1 Welding (31-442-1)' }).click();
    await p.form('Edit LTC-WELD-1: Welding (31-442-1)').getByLabel('College credits', { exact: true }).fill('16');
    await p.button('Save entry').click();
    await expect.poll(() => row.getByRole('cell').nth(4).textContent()).toBe('16');
  });

  it('refuses a catalog file while the store holds the sample school, with the sentence that says what to do', async () => {
    const p = pages();
    const before = await session.app().value<{ courses: Course[] }>('courses.list');
    await p.openCourses(session.app().url);
    await p.catalogFile.setInputFiles(CATALOG);
    await expect.poll(() => p.alert.textContent(), { timeout: 15_000 }).toBe(
      'This file cannot be imported. This store holds the sample school (Lincoln High School). Remove the sample school first ("Remove sample school" at the top of every page, or the command counselor demo --remove), then import your course catalog.',
    );
    expect(await session.app().value('courses.list')).toEqual(before);
  });

  it('copies a program of study and lists the copy', async () => {
    const { programs } = await session.app().value<{ programs: ProgramOfStudy[] }>('programs.list');
    const source = programs[0]!;
    const p = pages();
    await p.openPrograms(session.app().url);
    await p.programButton(source.name).click();
    await p.main.getByRole('heading', { level: 2, name: source.name }).waitFor();
    await p.button('Copy').click();
    expect(await p.focused()).toEqual({ role: 'textbox', name: 'Name of the copy (required)' });
    await p.field('Name of the copy (required)').fill(`${source.name} — Lakeside`);
    await session.page().keyboard.press('Enter');
    await expect.poll(() => p.programButton(`${source.name} — Lakeside`).count()).toBe(1);
    expect(await p.status.first().textContent()).toBe(`Copied as ${source.name} — Lakeside.`);
    expect(await p.focused()).toEqual({ role: 'button', name: 'Copy' });
    const after = await session.app().value<{ programs: ProgramOfStudy[] }>('programs.list');
    expect(after.programs).toHaveLength(programs.length + 1);
  });

  it('changes the total credits requirement and finds it after a reload', async () => {
    const p = pages();
    await p.openRequirements(session.app().url);
    expect(await p.field('Class year').inputValue()).toBe('default');
    await p.field('Total credits to graduate').fill('25.5');
    await p.button('Save').click();
    await expect.poll(() => p.main.getByRole('status').filter({ hasText: 'Saved' }).textContent()).toBe(
      'Saved the requirements for the district default.',
    );
    await session.page().reload();
    await p.openRequirements(session.app().url);
    expect(await p.field('Total credits to graduate').inputValue()).toBe('25.5');
  });

  it('changes a counts-as rule’s max credits and removes a rule, and finds both after a reload', async () => {
    const p = pages();
    await p.openRequirements(session.app().url);
    const csMath = p.ruleMaxCredits('Courses tagged computer_science count as Mathematics');
    expect(await csMath.inputValue()).toBe('1');
    await csMath.fill('0.75');
    await p.button('Remove rule: Courses tagged agriculture_science count as Science').click();
    await p.button('Save').click();
    await expect.poll(() => p.main.getByRole('status').filter({ hasText: 'Saved' }).textContent()).toBe(
      'Saved the requirements for the district default.',
    );
    await session.page().reload();
    await p.openRequirements(session.app().url);
    expect(await p.ruleMaxCredits('Courses tagged computer_science count as Mathematics').inputValue()).toBe('0.75');
    expect(await p.ruleMaxCredits('Courses tagged agriculture_science count as Science').count()).toBe(0);
    const set = await session.app().value<RequirementSet>('requirements.get', {});
    expect(set.rules.map((r) => [r.id, r.maxCredits])).toEqual([['cs-math', 0.75]]);
  });
});

/** A district's own catalog goes into a store without the sample school (which refuses imports). */
describe('importing a course catalog', () => {
  const session = useApp();
  const pages = () => new CatalogPages(session.page());

  it('imports a catalog file with bad rows and lists each rejected row', async () => {
    const p = pages();
    // An empty catalog: the page has no course row to wait for.
    await session.page().goto(`${session.app().url}#/courses`);
    await expect.poll(() => p.title.textContent()).toBe('Course catalog');
    await p.catalogFile.setInputFiles(CATALOG);
    await p.previewHeading.waitFor({ timeout: 15_000 });
    await p.button('Import').click();
    await expect.poll(() => p.main.getByText('Imported district-catalog.csv.').count(), { timeout: 15_000 }).toBe(1);
    const counts = await p.counts();
    expect(Number(counts['New courses']) + Number(counts['Changed courses']) + Number(counts['Unchanged courses'])).toBe(9);
    expect(counts['Rejected rows']).toBe('8');
    const rows = p.rejectedTable.locator('tbody tr');
    expect(await rows.count()).toBe(8);
    const text = (await p.rejectedTable.textContent()) ?? '';
    expect(text).toContain('Underwater Basketry');
    expect(text).toContain('Rocket Science');
    expect(await rows.first().getByRole('cell').first().textContent()).toBe('10');
  });
});
