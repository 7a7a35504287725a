import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApp } from './fixtures/app';
import { CaseloadPage } from './pages/caseload-page';
import { PlanEditorPage } from './pages/plan-page';
import { PrintControls } from './pages/print-page';
import { PrintoutLanguagesSection } from './pages/settings-page';

interface Listed {
  students: { studentNumber: string }[];
}

/** Issue 14: Settings → Printout languages — a Hmong label sheet imported, and Hmong offered where a printout's language is chosen. */
describe('Settings → Printout languages', () => {
  const session = useApp({ sample: true });

  it('imports a translated sheet, lists Hmong, and offers it in the print choices and the family-language rule', async () => {
    const page = session.page();
    const app = session.app();
    const dir = mkdtempSync(join(tmpdir(), 'cw-labels-'));
    const shell = new CaseloadPage(page);
    await shell.open(app.url);
    await shell.openFromNavigation('Settings');
    const languages = new PrintoutLanguagesSection(page);
    await expect.poll(() => languages.listed()).toEqual(['English', 'Spanish']);

    // The sheet downloaded from the page, its column filled by another program (Python).
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), languages.downloadButton.press('Enter')]);
    expect(download.suggestedFilename()).toBe('printout-labels.xlsx');
    await download.saveAs(join(dir, 'blank.xlsx'));
    writeFileSync(join(dir, 'spec.json'), JSON.stringify({ fill: { 'language.code': 'hmn', 'language.name': 'Hmong', title: 'Txoj Kev Npaj Kawm Ntawv' } }));
    execFileSync('python3', [join(__dirname, '..', 'integration', 'labels', 'fill-sheet.py'), join(dir, 'blank.xlsx'), join(dir, 'hmong.xlsx'), join(dir, 'spec.json')]);
    await languages.fileInput.setInputFiles(join(dir, 'hmong.xlsx'));
    await expect.poll(() => languages.status.textContent()).toBe('Added Hmong: plans print in it for families who prefer Hmong, or when it is chosen.');
    await expect.poll(() => languages.listed()).toEqual(['English', 'Spanish', 'Hmong']);
    expect(await languages.familyLanguage.getByRole('option', { name: 'Hmong for every family' }).count()).toBe(1);
    // Reached by keyboard: the remove button is a button in the tab order.
    await languages.removeButton('Hmong').focus();
    expect(await shell.focused()).toEqual({ role: 'button', name: 'Remove Hmong' });

    const { students } = await app.value<Listed>('students.list');
    const plan = new PlanEditorPage(page);
    await plan.open(app.url, students[0]!.studentNumber);
    const print = new PrintControls(page);
    await expect.poll(() => print.language.getByRole('option').allTextContents()).toEqual(['English', 'Español', 'Hmong']);
    await print.language.selectOption('hmn');
    await expect.poll(() => print.language.inputValue()).toBe('hmn');
    // The copy the family takes home is listed by its language's name, not its code.
    await print.download(dir, () => print.downloadButton.click());
    await expect.poll(() => print.snapshots.first().textContent()).toContain('· Hmong ·');
    expect(await print.reprintButtons().first().getAttribute('aria-label')).toMatch(/ in Hmong$/);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
