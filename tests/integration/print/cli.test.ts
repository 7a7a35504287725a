import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { counselor, demoStore } from '../../helpers/cli';
import { useTempDir } from '../../helpers/temp';
import { pageTexts, pdfFonts, squeezed } from './pdf-tools';

const tempDir = useTempDir();

const demo = () => demoStore(tempDir());

describe('counselor print', () => {
  it('prints a grade into one file and reports students, pages and files as JSON', async () => {
    const { dir, db } = await demo();
    const out = join(dir, 'grade-11.pdf');
    const run = await counselor(['print', '--grade', '11', '--out', out, '--lang', 'es', '--school', 'Lincoln High School', '--json', '--db', db]);
    expect(run, run.stderr).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(run.stdout) as { students: number; pages: number; files: string[] };
    expect(report.files).toEqual([out]);
    expect(report.students).toBeGreaterThan(5);
    const pages = pageTexts(readFileSync(out));
    expect(pages).toHaveLength(report.pages);
    expect(squeezed(pages[0]!)).toContain('Lincoln High School · Plan Académico y Profesional');
    expect(pdfFonts(readFileSync(out)).every((f) => f.embedded)).toBe(true);
  });

  it('prints named students into a folder, a file each, named by student', async () => {
    const { dir, db } = await demo();
    const folder = join(dir, 'conferences', 'tuesday');
    const run = await counselor(['print', '004100', '100112', '--out-dir', folder, '--paper', 'a4', '--db', db]);
    expect(run, run.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Printed 2 plans \(\d+ pages\) as 2 files in /);
    expect(readdirSync(folder).sort()).toEqual(['Nguyen-Thi-Anh-#004100.pdf', 'Zolc-Zofia-#100112.pdf']);
    expect(pageTexts(readFileSync(join(folder, 'Nguyen-Thi-Anh-#004100.pdf'))).join('')).toContain('Nguyễn Thị Ánh');
  });

  it('exits 2 on wrong usage and 1 on an unknown student, writing nothing', async () => {
    const { dir, db } = await demo();
    const out = join(dir, 'x.pdf');
    for (const args of [
      ['print', '--out', out],
      ['print', '004100'],
      ['print', '004100', '--grade', '11', '--out', out],
      ['print', '004100', '--out', join(dir, 'x.txt')],
      ['print', '004100', '--out', out, '--out-dir', dir],
      ['print', '--grade', '13', '--out', out],
      ['print', '004100', '--out', out, '--lang', 'French'],
      ['print', '004100', '--out', out, '--paper', 'legal'],
      ['print', '004100', '--out', out, '--staple'],
    ]) {
      const run = await counselor([...args, '--db', db]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('usage: counselor print');
    }
    // A code no installed language has: the store's answer, not a usage error (a school may add French).
    const french = await counselor(['print', '004100', '--out', out, '--lang', 'fr', '--db', db]);
    expect(french).toMatchObject({ code: 1, stdout: '' });
    expect(french.stderr).toContain('No printout language has the code "fr"; the installed ones are en, es.');
    const unknown = await counselor(['print', '999999', '--out', out, '--db', db]);
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr).toContain('999999');
    const missingFolder = await counselor(['print', '004100', '--out', join(dir, 'no', 'such', 'x.pdf'), '--db', db]);
    expect(missingFolder.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});
