import { describe, expect, it } from 'vitest';
import { useApp } from './fixtures/app';
import { CaseloadPage } from './pages/caseload-page';
import { StudentFormPage } from './pages/student-form-page';

/** Issue 13, "Records by hand": a transfer student added and edited by keyboard, each problem next to its field. */
describe('a student entered and edited by hand', () => {
  const session = useApp({ sample: true, viewport: { width: 1366, height: 768 } });

  it('adds a transfer student by keyboard, shows a refused grade under its field with focus on it, then edits the homeroom from the plan', async () => {
    const page = session.page();
    const app = session.app();
    const caseload = new CaseloadPage(page);
    const form = new StudentFormPage(page);
    const key = (k: string) => page.keyboard.press(k);
    await caseload.open(app.url);

    await caseload.main.getByRole('link', { name: 'Add student' }).focus();
    await key('Enter');
    await expect.poll(() => form.focused()).toEqual({ role: 'heading', name: 'Add a student' });
    await key('Tab');
    expect(await form.focused()).toEqual({ role: 'textbox', name: 'Student number (required)' });
    await page.keyboard.type('T-900');
    await key('Tab');
    await page.keyboard.type('Amara');
    await key('Tab');
    await key('Tab');
    expect(await form.focused()).toEqual({ role: 'textbox', name: 'Last name (required)' });
    await page.keyboard.type('Okafor');
    await key('Tab');
    await key('Tab');
    expect(await form.focused()).toEqual({ role: 'textbox', name: 'Grade' });
    await page.keyboard.type('3');
    await form.main.getByRole('button', { name: 'Add a parent/guardian' }).focus();
    await key('Enter');
    await expect.poll(() => form.focused()).toEqual({ role: 'textbox', name: 'Name (parent/guardian 1)' });
    await page.keyboard.type('Chidi Okafor');
    await form.submit.focus();
    await key('Enter');

    // Refused as an import row would be: the sentence under Grade, and focus there.
    await expect.poll(() => form.focused()).toEqual({ role: 'textbox', name: 'Grade' });
    expect(await form.problemOf('Grade')).toMatch(/grade/i);
    await page.keyboard.press('Backspace');
    await page.keyboard.type('10');
    await form.submit.focus();
    await key('Enter');

    await expect.poll(() => page.url()).toMatch(/#\/plan\/T-900$/);
    await expect.poll(() => form.main.getByRole('heading', { level: 1 }).textContent()).toMatch(/Okafor/);
    await page.screenshot({ path: '/tmp/records/plan-after-add.png' });
    expect(await app.value('students.get', { studentNumber: 'T-900' })).toMatchObject({ firstName: 'Amara', lastName: 'Okafor', grade: 10, guardians: [{ name: 'Chidi Okafor' }] });

    await form.main.getByRole('link', { name: 'Edit student details' }).focus();
    await key('Enter');
    await expect.poll(() => form.focused()).toEqual({ role: 'heading', name: 'Edit Okafor, Amara' });
    await form.field('Homeroom').focus();
    await page.keyboard.type('214');
    await form.submit.focus();
    await key('Enter');
    await expect.poll(() => form.main.getByRole('status').first().textContent()).toBe('Saved: 1 field changed, kept as entered by hand.');
    await page.screenshot({ path: '/tmp/records/student-form.png', fullPage: true });
    const history = await app.value<{ action: string }[] | { entries: { action: string }[] }>('audit.forStudent', { studentNumber: 'T-900' });
    const actions = (Array.isArray(history) ? history : history.entries).map((e) => e.action);
    expect(actions).toEqual(['students.update', 'students.add']);

    // The plan's "Changes to this plan" tells it in words, what changed included, opened by keyboard.
    await page.goto(`${app.url}#/plan/T-900`);
    const changes = page.locator('summary', { hasText: 'Changes to this plan' });
    await expect.poll(() => changes.count()).toBe(1);
    await changes.focus();
    await key('Enter');
    const entries = page.locator('.plan-changes__list li');
    await expect.poll(() => entries.allTextContents()).toEqual([
      expect.stringMatching(/ — Student record changed by hand · Homeroom: — → 214$/),
      expect.stringMatching(/ — Student added by hand$/),
    ]);
    await entries.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/records/plan-changes.png' });
  });
});
