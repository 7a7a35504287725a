import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedHistory, historyFixture, screenshot, useSchoolApp } from './fixtures/history-school';
import { HistoryImportPage } from './pages/history-import-page';

/**
 * What the course history import refuses on screen, and how it stops: a file from another school,
 * a file of only broken rows, and Cancel while a district archive is checked and imported. Each
 * leaves the import log as it was.
 */
describe('a course history import that must not happen', () => {
  const session = useSchoolApp();
  const { app, page } = session;

  for (const [name, says] of [
    ['other-school.csv', "it is probably not this school's file"],
    ['only-bad-rows.csv', 'every one of its'],
  ] as const) {
    it(`says why ${name} cannot be imported, lists its rows, and offers no Import button`, async () => {
      const before = await app().value<{ imports: unknown[] }>('history.imports');
      const history = new HistoryImportPage(page());
      await history.openByKeyboard(app().url);
      await history.fileInput.setInputFiles(historyFixture(name));
      await history.toPreview();
      const refusal = history.main.getByRole('alert').filter({ hasText: says });
      expect(await refusal.count()).toBe(1);
      expect(await refusal.textContent()).toMatch(/nothing was imported/i);
      expect(await history.importButton.count()).toBe(0);
      // Every row of the file is listed (a row with two problems has two lines).
      const rows = new Set((await history.tableRows('Rejected rows')).map((r) => r.split(' | ')[0]));
      expect(rows.size).toBe(expectedHistory[name]!.rows);
      await screenshot(page(), `12-refused-${name}`);
      expect(await app().value<{ imports: unknown[] }>('history.imports')).toEqual(before);
    });
  }

  it('shows the progress of a district archive (every catalog course, each finished year, by quarter) and Cancel stops the check, then the import before it writes, with nothing written', async () => {
    // Written by Python's csv module: each of the sample school's students with every catalog
    // course in each finished high-school year, by quarter and semester (a district archive export).
    const big = join(session.dir(), 'archive-history.csv');
    // The school as the store holds it (students with their class year, the catalog), handed to
    // Python as JSON so the file is written by another program from the same school.
    const school = join(session.dir(), 'archive-school.json');
    const { students } = await app().value<{ students: { studentNumber: string; classYear: number | null }[] }>('students.list');
    const { courses } = await app().value<{ courses: { number: string; title: string }[] }>('courses.list');
    writeFileSync(
      school,
      JSON.stringify({
        students: students.filter((s) => s.classYear !== null).map((s) => [s.studentNumber, s.classYear]),
        courses: courses.map((c) => [c.number, c.title]),
      }),
    );
    const written = Number(
      execFileSync('/usr/bin/python3', [
        '-c',
        `import csv, json, sys
school = json.load(open(sys.argv[2], encoding='utf-8'))
students, courses = school['students'], school['courses']
rows = 0
with open(sys.argv[1], 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['Student Number', 'School Year', 'Term', 'Course Number', 'Course Name', 'Score', 'Credits Earned'])
    for number, class_year in students:
        for year in range(int(class_year) - 3, 2027):
            for course, title in courses:
                for term in ('Q1', 'Q2', 'S1', 'Q3', 'Q4', 'S2'):
                    w.writerow([number, f'{year - 1}-{year % 100:02d}', term, course, title, 'B', '0.5' if term[0] == 'S' else '0'])
                    rows += 1
print(rows)`,
        big,
        school,
      ]).toString(),
    );
    const before = await app().value<{ imports: unknown[] }>('history.imports');

    // Cancel while the core checks the rows: back to the first step, nothing kept.
    const history = new HistoryImportPage(page());
    await history.openByKeyboard(app().url);
    await history.fileInput.setInputFiles(big);
    await history.waitForStep('Match the columns');
    await page().getByRole('progressbar', { name: 'Reading archive-history.csv' }).waitFor({ timeout: 15_000 });
    await history.cancelButton.focus();
    await page().keyboard.press('Enter');
    await history.waitForStep('Choose a course history file', 30_000);
    await expect.poll(() => history.notice.textContent()).toMatch(/cancelled/i);

    // Again, to the preview; then Cancel while the import runs: back to the preview, nothing written.
    await history.fileInput.setInputFiles(big);
    await history.toPreview();
    const counts = await history.counts();
    expect(counts['Rejected rows']).toBe(0);
    expect(counts['New course rows']! + counts['Changed course rows']! + counts['Unchanged course rows']!).toBe(written);
    await history.importButton.focus();
    await page().keyboard.press('Enter');
    await history.waitForStep('Importing the course history');
    expect(await page().getByRole('progressbar', { name: 'Importing archive-history.csv' }).count()).toBe(1);
    await screenshot(page(), '11-importing');
    await history.cancelButton.focus();
    await page().keyboard.press('Enter');
    await history.waitForStep('Check the preview', 60_000);
    await expect.poll(() => history.notice.textContent()).not.toBe('');
    expect(await app().value<{ imports: unknown[] }>('history.imports')).toEqual(before);
  }, 120_000);
});
