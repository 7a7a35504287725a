import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanView } from '../../src/shared/domain/plan-view';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp } from './fixtures/app';
import { CaseloadPage } from './pages/caseload-page';
import { PlanEditorPage } from './pages/plan-page';

/**
 * A counselor takes a sample student from no plan to a complete one in the plan editor, by
 * keyboard alone, and finds it all there after a reload: the store is the only copy.
 */
describe('the plan editor', () => {
  const session = useApp({ sample: true });
  let students: CaseloadRow[] = [];

  beforeAll(async () => {
    ({ students } = await session.app().value<{ students: CaseloadRow[] }>('students.list'));
  });

  /** A grade-10 sample student the sample school left without a plan. */
  function studentWithoutPlan(skip: readonly string[] = []): CaseloadRow {
    const s = students.find((r) => r.planStatus === 'none' && r.grade === 10 && !skip.includes(r.studentNumber));
    if (!s) throw new Error('the sample school has no grade-10 student without a plan');
    return s;
  }
  const nameOf = (s: CaseloadRow) => `${s.lastName}, ${s.preferredName ?? s.firstName}`;

  it(
    'builds a plan from nothing by keyboard alone: framework, program, courses, checks, goals, an experience, a credential, undo — and it survives a reload',
    async () => {
      const page = session.page();
      const keyboard = page.keyboard;
      const student = studentWithoutPlan();
      const name = nameOf(student);

      // From the caseload: find the student, follow the link on their name.
      const caseload = new CaseloadPage(page);
      await caseload.open(session.app().url);
      await caseload.waitForCount(students.length, students.length);
      const plan = new PlanEditorPage(page);
      await plan.tabTo(caseload.search);
      await keyboard.type(student.lastName);
      await caseload.waitForCount(1, students.length);
      await plan.tabTo(caseload.table.getByRole('link', { name }));
      await keyboard.press('Enter');
      await plan.ready();
      expect(await plan.title.textContent()).toBe(name);
      expect(await plan.focused()).toEqual({ role: 'heading', name });
      expect(await plan.planStatus.textContent()).toBe('No plan');
      expect(await plan.undoButton.getAttribute('aria-disabled')).toBe('true');

      // Cluster → pathway → program, each chosen by typing in its select and leaving it with Tab.
      await plan.tabTo(plan.clusterSelect);
      await keyboard.type('Manufacturing');
      await keyboard.press('Tab');
      await plan.waitForSaved('Career cluster: Manufacturing.');
      expect(await plan.planStatus.textContent()).toBe('Started');
      expect(await plan.focused()).toEqual({ role: 'combobox', name: 'Career pathway' });
      await keyboard.type('Maintenance');
      await keyboard.press('Tab');
      await plan.waitForSaved('Career pathway: Maintenance, Installation & Repair.');
      await keyboard.type('Electro');
      await keyboard.press('Tab');
      await plan.waitForSaved('Program of study: Electro-Mechanical.');
      expect(await plan.selectedText(plan.clusterSelect)).toBe('Manufacturing');
      expect(await plan.selectedText(plan.pathwaySelect)).toBe('Maintenance, Installation & Repair');
      expect(await plan.selectedText(plan.programSelect)).toBe('Electro-Mechanical');
      // Beside the choice: where it goes in the 2024 framework (issue 15), and the pathway's occupations.
      expect(await plan.frameworkEquivalent.textContent()).toMatch(/In the 2024 framework: Advanced Manufacturing \/ Industrial Machinery — derived\./);
      expect(await plan.frameworkEquivalent.textContent()).toMatch(/Sample occupations for Maintenance, Installation & Repair: Industrial Machinery Mechanic; Millwright/);

      // Apply the program: the grid fills from this year on, and the page says what was added.
      const totalBefore = await plan.area('Total credits');
      expect(totalBefore.planned).toBe(0);
      await plan.tabTo(plan.applyButton);
      await keyboard.press('Enter');
      await plan.appliedNotice.waitFor();
      expect(await plan.appliedNotice.textContent()).toMatch(/^Added from Electro-Mechanical: \d+ courses/);
      expect(await plan.course('Geometry', plan.cell('Mathematics', 'Grade 10')).count()).toBe(1);
      expect(await plan.cell('English', 'Grade 9').textContent()).toBe('');
      const applied = await plan.area('Total credits');
      expect(applied.planned).toBeGreaterThan(15);
      const englishBefore = await plan.area('English');
      // Without grade 9, the program's courses lack their prerequisites: the checks say so.
      expect(await plan.warnings.count()).toBeGreaterThan(0);
      expect(await plan.warnings.allTextContents()).toContainEqual(expect.stringContaining('English 10 (ENG201) in grade 10 needs English 9'));
      await page.screenshot({ path: '/tmp/plan-applied.png', fullPage: true });

      // Add English 9 to grade 9 through the combobox: requirement numbers move, the warning goes.
      await plan.tabTo(plan.courseCombobox);
      expect((await plan.focusIsVisible()).outlineStyle).not.toBe('none');
      await keyboard.type('eng101');
      expect(await plan.courseCombobox.getAttribute('aria-expanded')).toBe('true');
      expect(await plan.courseOptions.first().textContent()).toContain('English 9');
      await keyboard.press('ArrowDown');
      await keyboard.press('ArrowUp');
      expect(await plan.courseCombobox.getAttribute('aria-activedescendant')).toBe(await plan.courseOptions.first().getAttribute('id'));
      await keyboard.press('Enter');
      expect(await plan.courseCombobox.inputValue()).toBe('ENG101 — English 9');
      expect(await plan.courseCombobox.getAttribute('aria-expanded')).toBe('false');
      await keyboard.press('Tab');
      expect(await plan.focused()).toEqual({ role: 'combobox', name: 'Year' });
      expect(await plan.selectedText(plan.addYearSelect)).toBe('Grade 9');
      await keyboard.press('Tab');
      await keyboard.press('Enter');
      await plan.waitForSaved('Added English 9 to grade 9.');
      expect(await plan.focused()).toEqual({ role: 'combobox', name: 'Add a course (number or title)' });
      expect(await plan.course('English 9', plan.cell('English', 'Grade 9')).count()).toBe(1);
      expect(await plan.area('English')).toMatchObject({ planned: englishBefore.planned + 1 });
      expect((await plan.area('Total credits')).planned).toBe(applied.planned + 1);
      expect(await plan.warnings.allTextContents()).not.toContainEqual(expect.stringContaining('English 10 (ENG201) in grade 10 needs'));

      // Mark it completed with a grade: the course shows ✓ B+, English earns its first credit.
      await plan.tabTo(plan.course('English 9'));
      expect(await plan.focusIsVisible()).toMatchObject({ focusVisible: true, outlineStyle: 'solid' });
      await keyboard.press('Enter');
      expect(await plan.focused()).toEqual({ role: 'combobox', name: 'Status' });
      await keyboard.type('Completed');
      await keyboard.press('Tab');
      expect(await plan.focused()).toEqual({ role: 'textbox', name: 'Grade' });
      await keyboard.type('B+');
      await plan.tabTo(plan.courseEditor('English 9').getByRole('button', { name: 'Save status' }));
      await keyboard.press('Enter');
      await plan.waitForSaved('English 9 is completed with B+.');
      expect(await plan.course('English 9').textContent()).toContain('✓ B+');
      expect((await plan.focused()).name).toMatch(/^English 9/);
      expect(await plan.area('English')).toMatchObject({ earned: 1 });

      // Move Economics from grade 11 to grade 12; focus follows the course.
      await plan.tabTo(plan.course('Economics', plan.cell('Social Studies', 'Grade 11')));
      await keyboard.press('Enter');
      await plan.tabTo(plan.courseEditor('Economics').getByRole('combobox', { name: 'Move to' }));
      await keyboard.type('Grade 12');
      await keyboard.press('Tab');
      await keyboard.press('Enter');
      await plan.waitForSaved('Moved Economics from grade 11 to grade 12.');
      expect(await plan.course('Economics', plan.cell('Social Studies', 'Grade 12')).count()).toBe(1);
      expect(await plan.course('Economics', plan.cell('Social Studies', 'Grade 11')).count()).toBe(0);
      expect((await plan.focused()).name).toMatch(/^Economics/);

      // The rest of grade 9 (the student's transcript so far), each added the same way.
      const gradeNine = [
        ['MTH101', 'Algebra 1'],
        ['SCI101', 'Physical Science'],
        ['SOC111', 'World History'],
        ['PED101', 'Physical Education 9'],
        ['HLT101', 'Health'],
        ['ART101', 'Art Foundations'],
      ] as const;
      for (const [number, title] of gradeNine) {
        await plan.tabTo(plan.courseCombobox);
        await keyboard.type(number);
        await keyboard.press('Enter');
        await keyboard.press('Tab');
        await keyboard.type('Grade 9');
        await keyboard.press('Tab');
        await keyboard.press('Enter');
        await plan.waitForSaved(`Added ${title} to grade 9.`);
      }
      expect(await plan.course('Algebra 1', plan.cell('Mathematics', 'Grade 9')).count()).toBe(1);
      const total = await plan.area('Total credits');
      expect(total.planned).toBeGreaterThanOrEqual(total.required);
      expect(total.status).toBe('✓ Planned');

      // A warning that remains (no Introduction to Engineering Design before Principles of
      // Engineering): acknowledge it with a note. It stays listed, marked, with the note.
      const open = plan.warnings.filter({ has: page.getByRole('button', { name: 'Acknowledge', exact: true }) });
      expect(await open.count()).toBeGreaterThan(0);
      // The message, without its "!" mark.
      const warningText = ((await open.first().locator('p').first().textContent()) ?? '').replace(/^[!✓]\s*/, '');
      expect(warningText).not.toBe('');
      await plan.tabTo(open.first().getByRole('button', { name: 'Acknowledge', exact: true }));
      await keyboard.press('Enter');
      expect(await plan.focused()).toEqual({ role: 'textbox', name: 'Note (why this is fine)' });
      await keyboard.type('Took IED at the middle school');
      await keyboard.press('Enter');
      await plan.waitForSaved('Warning acknowledged.');
      const acknowledged = plan.warnings.filter({ hasText: warningText });
      expect(await acknowledged.textContent()).toContain('“Took IED at the middle school”');
      expect(await acknowledged.getByRole('button', { name: 'Withdraw acknowledgement' }).count()).toBe(1);

      // A goal, an experience and a credential, each through its small form.
      const goals = plan.section('Goals');
      await plan.tabTo(goals.getByRole('button', { name: 'Add a goal' }));
      await keyboard.press('Enter');
      expect(await plan.focused()).toEqual({ role: 'textbox', name: 'Goal (required)' });
      await keyboard.type('Earn the OSHA 10 card before junior year');
      await plan.tabTo(goals.getByRole('combobox', { name: 'Kind of goal' }));
      await keyboard.type('Career');
      await plan.tabTo(goals.getByLabel('Target date'));
      await keyboard.type('06012027');
      await plan.tabTo(goals.getByRole('button', { name: 'Add goal' }));
      await keyboard.press('Enter');
      await plan.waitForSaved('Goal added.');
      expect(await goals.textContent()).toContain('Earn the OSHA 10 card before junior year');
      expect(await goals.textContent()).toContain('by Jun 1, 2027');
      expect(await plan.focused()).toEqual({ role: 'button', name: 'Add a goal' });

      const experiences = plan.section('Experiences');
      await plan.tabTo(experiences.getByRole('button', { name: 'Add an experience' }));
      await keyboard.press('Enter');
      await keyboard.type('Job shadow: maintenance technician');
      await plan.tabTo(experiences.getByRole('combobox', { name: 'Type' }));
      await keyboard.type('Job shadow');
      await plan.tabTo(experiences.getByRole('textbox', { name: 'Employer, site or club' }));
      await keyboard.type('Fox River Paper Mill');
      await plan.tabTo(experiences.getByLabel('Start date'));
      await keyboard.type('03122027');
      await plan.tabTo(experiences.getByRole('textbox', { name: 'Hours' }));
      await keyboard.type('6');
      await keyboard.press('Enter');
      await plan.waitForSaved('Experience added.');
      expect(await experiences.textContent()).toContain('Fox River Paper Mill · from Mar 12, 2027 · 6 hours');

      const credentials = plan.section('Credentials');
      // Applying the program already planned its credentials (OSHA 10 among them); add one more.
      expect(await credentials.textContent()).toContain('OSHA 10-Hour General Industry');
      await plan.tabTo(credentials.getByRole('button', { name: 'Add a credential' }));
      await keyboard.press('Enter');
      await keyboard.type('NIMS Measurement, Materials and Safety');
      await keyboard.press('Tab');
      await keyboard.type('National Institute for Metalworking Skills');
      await keyboard.press('Enter');
      await plan.waitForSaved('Credential added.');
      expect(await credentials.textContent()).toContain('NIMS Measurement, Materials and Safety');
      expect(await credentials.textContent()).toContain('National Institute for Metalworking Skills');

      // Undo: remove a course, then take the removal back.
      const metals = plan.course('Metals Manufacturing', plan.cell('CTE / pathway', 'Grade 12'));
      await plan.tabTo(metals);
      await keyboard.press('Enter');
      await plan.tabTo(plan.courseEditor('Metals Manufacturing').getByRole('button', { name: 'Remove course' }));
      await keyboard.press('Enter');
      await plan.waitForSaved('Removed Metals Manufacturing from grade 12.');
      expect(await metals.count()).toBe(0);
      expect(await plan.focused()).toEqual({ role: 'combobox', name: 'Add a course (number or title)' });
      await plan.tabTo(plan.undoButton);
      await keyboard.press('Enter');
      await plan.waitForSaved('The last change was undone.');
      expect(await metals.count()).toBe(1);

      expect(await plan.planStatus.textContent()).toBe('Complete');
      await page.screenshot({ path: '/tmp/plan-editor.png' });
      await page.screenshot({ path: '/tmp/plan-complete.png', fullPage: true });

      // The store is the source of truth: reload, and everything is still there.
      await page.reload();
      await plan.ready();
      expect(await plan.selectedText(plan.programSelect)).toBe('Electro-Mechanical');
      expect(await plan.course('English 9', plan.cell('English', 'Grade 9')).textContent()).toContain('✓ B+');
      expect(await plan.course('Economics', plan.cell('Social Studies', 'Grade 12')).count()).toBe(1);
      expect(await metals.count()).toBe(1);
      expect(await plan.warnings.filter({ hasText: warningText }).textContent()).toContain('“Took IED at the middle school”');
      expect(await plan.section('Goals').textContent()).toContain('Earn the OSHA 10 card before junior year');
      expect(await plan.section('Experiences').textContent()).toContain('Fox River Paper Mill');
      expect(await plan.section('Credentials').textContent()).toContain('NIMS Measurement, Materials and Safety');
      expect(await plan.planStatus.textContent()).toBe('Complete');
      const stored = await session.app().value<PlanView>('plans.get', { studentNumber: student.studentNumber });
      expect(stored.framework.program?.id).toBe('electro-mechanical');
      expect(stored.goals.map((g) => [g.kind, g.targetDate])).toEqual([['career', '2027-06-01']]);
      expect(stored.experiences.map((e) => [e.type, e.startDate, e.hours])).toEqual([['job_shadow', '2027-03-12', 6]]);

      // Back on the caseload as it was left (the search for this student still in the box), the
      // student's plan status has moved on.
      await plan.tabTo(plan.backLink);
      await keyboard.press('Enter');
      await caseload.waitForCount(1, students.length);
      expect(await caseload.firstRow('Plan status')).toBe('Complete');
    },
    180_000,
  );

  it('finds a program of study by name and chooses cluster, pathway and program in one step; a refused change shows the core’s reason', async () => {
    const page = session.page();
    const keyboard = page.keyboard;
    const others = students.filter((r) => r.planStatus === 'none' && r.grade === 10);
    const student = others[1] ?? others[0]!;
    const plan = new PlanEditorPage(page);
    await plan.open(session.app().url, student.studentNumber);

    // Arrowing through the cluster select passes three clusters but saves one choice, on Tab:
    // one undo takes the plan back to nothing.
    await plan.tabTo(plan.clusterSelect);
    for (let i = 0; i < 3; i++) await keyboard.press('ArrowDown');
    const third = await plan.selectedText(plan.clusterSelect);
    await keyboard.press('Tab');
    await plan.waitForSaved(`Career cluster: ${third}.`);
    expect(await plan.planStatus.textContent()).toBe('Started');
    await plan.tabTo(plan.undoButton);
    await keyboard.press('Enter');
    await plan.waitForSaved('The last change was undone.');
    expect(await plan.planStatus.textContent()).toBe('No plan');
    expect(await plan.selectedText(plan.clusterSelect)).toBe('Still exploring');
    expect(await plan.undoButton.getAttribute('aria-disabled')).toBe('true');
    expect(await plan.focused()).toEqual({ role: 'button', name: 'Undo last change' });

    await plan.tabTo(plan.frameworkSearch);
    await keyboard.type('welding');
    expect(await plan.frameworkSearch.getAttribute('aria-expanded')).toBe('true');
    await keyboard.press('Escape');
    expect(await plan.frameworkSearch.getAttribute('aria-expanded')).toBe('false');
    await keyboard.press('ArrowDown');
    const options = page.getByRole('listbox', { name: 'Find a cluster, pathway or program of study' }).getByRole('option');
    expect(await options.first().textContent()).toContain('Welding and Fabrication');
    await keyboard.press('Enter');
    await plan.waitForSaved('Chose Manufacturing → Production → Welding and Fabrication.');
    expect(await plan.selectedText(plan.clusterSelect)).toBe('Manufacturing');
    expect(await plan.selectedText(plan.pathwaySelect)).toBe('Production');
    expect(await plan.selectedText(plan.programSelect)).toBe('Welding and Fabrication');
    // Applying it comes next: focus is already on the button.
    expect(await plan.focused()).toEqual({ role: 'button', name: 'Apply program of study' });

    // An experience that ends before it starts: the core refuses, the alert gives its reason,
    // and the form keeps what was typed.
    const experiences = plan.section('Experiences');
    await plan.tabTo(experiences.getByRole('button', { name: 'Add an experience' }));
    await keyboard.press('Enter');
    await keyboard.type('FFA chapter officer');
    await plan.tabTo(experiences.getByLabel('Start date'));
    await keyboard.type('05012027');
    await plan.tabTo(experiences.getByLabel('End date'));
    await keyboard.type('04012027');
    await plan.tabTo(experiences.getByRole('button', { name: 'Add experience' }));
    await keyboard.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'That change was not saved.' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('the end date comes after the start date');
    expect(await experiences.getByRole('textbox', { name: 'What (required)' }).inputValue()).toBe('FFA chapter officer');
    expect((await session.app().value<PlanView>('plans.get', { studentNumber: student.studentNumber })).experiences).toEqual([]);
    await page.screenshot({ path: '/tmp/plan-refused.png' });
  });

  it('undoes the last plan change with Ctrl+Z as the Undo button does, except in a text field, where Ctrl+Z undoes the typing', async () => {
    const page = session.page();
    const keyboard = page.keyboard;
    const others = students.filter((r) => r.planStatus === 'none' && r.grade === 10);
    const student = others[2] ?? others[others.length - 1]!;
    const plan = new PlanEditorPage(page);
    await plan.open(session.app().url, student.studentNumber);

    await plan.tabTo(plan.clusterSelect);
    await keyboard.press('ArrowDown');
    const first = await plan.selectedText(plan.clusterSelect);
    await keyboard.press('Tab');
    await plan.waitForSaved(`Career cluster: ${first}.`);
    // Focus is on the pathway select, not a text field: Ctrl+Z is the plan's undo.
    await keyboard.press('Control+z');
    await plan.waitForSaved('The last change was undone.');
    expect(await plan.selectedText(plan.clusterSelect)).toBe('Still exploring');

    await plan.tabTo(plan.clusterSelect);
    await keyboard.press('ArrowDown');
    await keyboard.press('Tab');
    await plan.waitForSaved(`Career cluster: ${first}.`);
    // In the search box Ctrl+Z takes back the letters typed; the plan keeps its cluster.
    await plan.tabTo(plan.frameworkSearch);
    await keyboard.type('wel');
    await keyboard.press('Control+z');
    await expect.poll(() => plan.frameworkSearch.inputValue()).not.toBe('wel');
    expect(await plan.selectedText(plan.clusterSelect)).toBe(first);
    const stored = await session.app().value<PlanView>('plans.get', { studentNumber: student.studentNumber });
    expect(stored.framework.cluster?.name).toBe(first);
  });
});
