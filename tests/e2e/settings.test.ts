import { describe, expect, it } from 'vitest';
import { useApp } from './fixtures/app';
import { CaseloadPage } from './pages/caseload-page';
import { PlanEditorPage } from './pages/plan-page';
import { PrintControls } from './pages/print-page';

interface Listed {
  students: { studentNumber: string; counselor: string | null; status?: string }[];
}

/** Issue 13: a Settings page — the school's name, default paper and printout language, the counselors, the store. */
describe('the Settings page', () => {
  const session = useApp({ sample: true });

  it('saves the school name, paper and language by keyboard; they stay after a reload and a plan prints with them', async () => {
    const page = session.page();
    const app = session.app();
    const shell = new CaseloadPage(page);
    const key = (k: string) => page.keyboard.press(k);
    await shell.open(app.url);
    await shell.openFromNavigation('Settings');
    await expect.poll(() => shell.focused()).toEqual({ role: 'heading', name: 'Settings' });

    const name = shell.main.getByRole('textbox', { name: 'School name' });
    const paper = shell.main.getByRole('combobox', { name: 'Paper' });
    const language = shell.main.getByRole('combobox', { name: 'Language of a printout' });
    await key('Tab');
    expect(await shell.focused()).toEqual({ role: 'textbox', name: 'School name' });
    await page.keyboard.type('Lakeside High School');
    await key('Tab');
    expect(await shell.focused()).toEqual({ role: 'combobox', name: 'Paper' });
    await page.keyboard.type('A');
    await key('Tab');
    expect(await shell.focused()).toEqual({ role: 'combobox', name: 'Language of a printout' });
    await page.keyboard.type('Spanish');
    await key('Tab');
    expect(await shell.focused()).toEqual({ role: 'button', name: 'Save settings' });
    await key('Enter');
    await expect.poll(() => shell.main.getByRole('status').first().textContent()).toBe("Saved the school's settings: printouts from now on use them.");
    expect(await app.value('settings.get')).toMatchObject({ schoolName: 'Lakeside High School', defaultPaper: 'a4', familyLanguage: 'es' });

    await page.reload();
    await name.waitFor();
    expect([await name.inputValue(), await paper.inputValue(), await language.inputValue()]).toEqual(['Lakeside High School', 'a4', 'es']);

    // The counselors as the caseload names them, each with their active students.
    const { students } = await app.value<Listed>('students.list');
    const counts = new Map<string, number>();
    for (const s of students) if (s.counselor && (s.status ?? 'active') === 'active') counts.set(s.counselor, (counts.get(s.counselor) ?? 0) + 1);
    const rows = shell.main.getByRole('table', { name: 'Counselors and their active students' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(counts.size + 1);
    for (const [counselor, n] of counts) expect(await rows.filter({ hasText: counselor }).getByRole('cell').textContent()).toBe(String(n));
    expect(await shell.main.getByText(app.dbPath, { exact: true }).count()).toBe(1);

    // A plan's Print section starts from the school's paper and language.
    const plan = new PlanEditorPage(page);
    await plan.open(app.url, students[0]!.studentNumber);
    const print = new PrintControls(page);
    await expect.poll(() => print.paper.inputValue()).toBe('a4');
    await expect.poll(() => print.language.inputValue()).toBe('es');
  });
});
