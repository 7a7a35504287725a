import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseloadRow } from '../../src/shared/domain/student';
import { useApp } from './fixtures/app';
import { CaseloadPage } from './pages/caseload-page';
import { RosterPage } from './pages/roster-page';

describe('exporting the caseload', () => {
  const session = useApp({ sample: true });
  let students: CaseloadRow[] = [];

  beforeAll(async () => {
    ({ students } = await session.app().value<{ students: CaseloadRow[] }>('students.list'));
  });

  async function open(): Promise<{ caseload: CaseloadPage; files: RosterPage }> {
    const caseload = new CaseloadPage(session.page());
    await caseload.open(session.app().url);
    await caseload.waitForCount(students.length, students.length);
    return { caseload, files: new RosterPage(session.page()) };
  }

  async function save(files: RosterPage, name: 'Export .xlsx' | 'Export .csv'): Promise<{ fileName: string; bytes: Buffer }> {
    const download = await files.download(session.page().getByRole('button', { name, exact: true }));
    const path = join(session.app().dir, `${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(path);
    return { fileName: download.suggestedFilename(), bytes: readFileSync(path) };
  }

  it('exports the whole caseload as .xlsx when nothing filters it', async () => {
    const { files } = await open();
    const { fileName, bytes } = await save(files, 'Export .xlsx');
    expect(fileName).toMatch(/\.xlsx$/);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await expect
      .poll(() => session.page().getByRole('status').filter({ hasText: /^Exported / }).textContent())
      .toBe(`Exported ${students.length} students as ${fileName}.`);
  });

  it('exports only the students the search shows, as .csv', async () => {
    const { caseload, files } = await open();
    const pena = students.find((s) => s.lastName === 'Peña')!;
    const other = students.find((s) => s.lastName !== 'Peña' && s.studentNumber !== pena.studentNumber)!;
    await caseload.search.fill('pena');
    await caseload.waitForCount(1, students.length);
    await session.page().screenshot({ path: '/tmp/import-6-caseload-export.png', fullPage: true });

    const { fileName, bytes } = await save(files, 'Export .csv');
    expect(fileName).toMatch(/\.csv$/);
    const text = bytes.toString('utf8');
    expect(text).toContain(pena.studentNumber);
    expect(text).toContain('Peña');
    expect(text).not.toContain(other.studentNumber);
  });

  it('exports only the grade the filter shows', async () => {
    const { caseload, files } = await open();
    await caseload.gradeFilter.selectOption({ label: 'Grade 12' });
    const twelfth = students.filter((s) => s.grade === 12);
    await caseload.waitForCount(twelfth.length, students.length);
    const { bytes } = await save(files, 'Export .csv');
    const text = bytes.toString('utf8');
    for (const s of twelfth) expect(text).toContain(s.studentNumber);
    const ninth = students.find((s) => s.grade === 9)!;
    expect(text).not.toContain(ninth.studentNumber);
  });
});
