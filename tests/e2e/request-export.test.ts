import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanView } from '../../src/shared/domain/plan-view';
import { schoolYearEnd } from '../../src/shared/domain/school-year';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp } from './fixtures/app';
import { CaseloadPage } from './pages/caseload-page';

/** The file read back by Python's csv module. */
function pythonCsv(file: string): string[][] {
  const script = 'import csv, json, sys\nwith open(sys.argv[1], newline="", encoding="utf-8-sig") as f: print(json.dumps(list(csv.reader(f))))';
  return JSON.parse(spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }).stdout) as string[][];
}

describe('exporting course requests from the caseload', () => {
  const session = useApp({ sample: true });

  it('exports next year’s requests of grade 10 as a PowerSchool file, by keyboard, and lists whom it skipped', async () => {
    const app = session.app();
    const { students } = await app.value<{ students: CaseloadRow[] }>('students.list');
    const end = schoolYearEnd(new Date());
    const nextYear = `${end}-${String((end + 1) % 100).padStart(2, '0')}`;
    // Grade 10 now (from the class year); their grade 11 courses, from each plan as the editor shows it.
    const tenth = students.filter((s) => s.status === 'active' && s.classYear !== null && 12 - (s.classYear - end) === 10);
    const expected: string[][] = [];
    const skipped: string[] = [];
    for (const s of tenth) {
      const view = await app.value<PlanView>('plans.get', { studentNumber: s.studentNumber });
      const planned = view.years.find((y) => y.year === '11')!.courses.filter((c) => c.source === 'counselor' && c.status === 'planned');
      if (planned.length === 0) skipped.push(s.studentNumber);
      for (const c of planned.filter((p) => !p.alternateFor)) {
        expected.push([s.studentNumber, c.courseNumber, '0']);
        for (const a of planned.filter((p) => p.alternateFor?.courseId === c.id).sort((x, y) => x.alternateFor!.rank - y.alternateFor!.rank)) {
          expected.push([s.studentNumber, a.courseNumber, '1']);
        }
      }
    }
    expect(expected.length).toBeGreaterThan(0);

    const page = session.page();
    const caseload = new CaseloadPage(page);
    await caseload.open(app.url);
    await caseload.waitForCount(students.length, students.length);
    const open = page.getByRole('button', { name: 'Export course requests…' });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export course requests' });
    await dialog.waitFor();
    expect(await caseload.focused()).toEqual({ role: 'combobox', name: 'School year' });
    expect(await dialog.getByRole('combobox', { name: 'School year' }).inputValue()).toBe(nextYear);
    await dialog.getByRole('combobox', { name: 'Grade now' }).selectOption('10');
    expect(await dialog.getByRole('radio', { name: 'A grade (as it is now)' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('combobox', { name: 'Student information system' }).inputValue()).toBe('powerschool');
    await dialog.getByRole('button', { name: 'Export', exact: true }).focus();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.keyboard.press('Enter')]);
    const path = join(app.dir, download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toBe(`course-requests-${nextYear}-grade-10-powerschool.csv`);
    const [header, ...rows] = pythonCsv(path);
    expect(header?.slice(0, 5)).toEqual(['Student_Number', 'YearID', 'SchoolYear', 'CourseNumber', 'Alternate']);
    const byStudent = (list: string[][]) => [...list].sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(byStudent(rows.map((r) => [r[0]!, r[3]!, r[4]!]))).toEqual(byStudent(expected));
    // The file is made by a job (polled): its progress view gave way to the buttons again, and focus came back to Export.
    await expect.poll(() => caseload.focused()).toEqual({ role: 'button', name: 'Export' });
    const status = dialog.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`^Exported ${expected.length} course requests \\(\\d+ alternates\\) for \\d+ students, ${nextYear}`));
    if (skipped.length > 0) {
      await expect.poll(() => dialog.getByRole('heading', { level: 3 }).textContent()).toBe(`Skipped ${skipped.length === 1 ? '1 student' : `${skipped.length} students`}`);
    }
    await page.screenshot({ path: '/tmp/requests-2-export-dialog.png', fullPage: false });

    // Again for every active student, cancelled by keyboard as soon as it starts (Escape asks the job
    // to stop; it does not close the dialog): nothing is saved and the dialog says so.
    await dialog.getByRole('radio', { name: 'Every active student' }).check();
    const downloads: unknown[] = [];
    page.on('download', (d) => downloads.push(d));
    await dialog.getByRole('button', { name: 'Export', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    // On the small sample school the job may finish before the cancel reaches its worker (the
    // integration test tests/integration/requests/worker.test.ts stops one for certain); either way
    // Escape did not close the dialog, and a cancelled export saved nothing.
    await expect.poll(() => status.textContent()).toMatch(/^(The export was cancelled\. No file was saved\.|Exported \d+ course requests)/);
    expect(await dialog.isVisible()).toBe(true);
    const cancelled = (await status.textContent())!.startsWith('The export was cancelled');
    await expect.poll(() => downloads.length).toBe(cancelled ? 0 : 1);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await caseload.focused()).toEqual({ role: 'button', name: 'Export course requests…' });
  });
});
