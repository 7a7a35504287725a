import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { reportFile } from '../../../src/main/core/reports/export';
import { runReport } from '../../../src/main/core/reports/run';
import { loadExcelJS } from '../../../src/main/core/spreadsheet/exceljs-load';
import { useTempDir } from '../../helpers/temp';
import { TODAY } from '../plans/stores';
import { pageTexts, pdfFonts, renderGray, squeezed } from '../print/pdf-tools';
import { parsePgm } from '../print/pgm';
import { activeStudents, countBy } from './expected';
import { reportStore } from './stores';

const tempDir = useTempDir();
/** Where the pictures go for a human look (ignored by git). */
const LOOK = join(__dirname, '..', '..', '..', 'test-results', 'reports');

describe('a report as a spreadsheet', () => {
  it('writes a sheet per table, numbers as numbers and student numbers as text, read back column by column', async () => {
    const store = await reportStore(tempDir());
    const report = await runReport(store.db, { report: 'plans' }, TODAY);
    const bytes = await reportFile(report, 'xlsx');
    const ExcelJS = loadExcelJS();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['By grade', 'By counselor', 'Students']);

    // By grade: headers, then each column against counts made here from the student table.
    const students = activeStudents(store.db);
    const byGrade = workbook.getWorksheet('By grade')!;
    expect((byGrade.getRow(1).values as unknown[]).slice(1)).toEqual(['Grade', 'No plan', 'Started', 'Complete, with warnings', 'Complete', 'Reviewed this year', 'Students']);
    const grades = [...new Set(students.map((s) => s.grade))].sort((a, b) => a - b);
    const column = (sheet: typeof byGrade, n: number) => (sheet.getColumn(n).values as unknown[]).slice(2);
    expect(column(byGrade, 1)).toEqual([...grades.map((g) => `Grade ${g}`), 'All grades']);
    const perGrade = countBy(students, (s) => String(s.grade));
    expect(column(byGrade, 7)).toEqual([...grades.map((g) => perGrade.get(String(g))), students.length]);
    for (let c = 2; c <= 7; c++) for (const v of column(byGrade, c)) expect(typeof v).toBe('number');
    // The status columns add up to the students column on every row.
    for (let r = 2; r <= grades.length + 2; r++) {
      const row = byGrade.getRow(r).values as number[];
      expect(row[2]! + row[3]! + row[4]! + row[5]! + row[6]!).toBe(row[7]);
    }

    const list = workbook.getWorksheet('Students')!;
    const numbers = column(list, 1);
    expect([...numbers].sort()).toEqual(students.map((s) => s.student_number).sort());
    // 004109 keeps its leading zeros: text, not a number.
    expect(numbers).toContain('004109');
    for (const v of numbers) expect(typeof v).toBe('string');
    for (const v of column(list, 3)) expect(typeof v).toBe('number');
    store.close();
  });

  it('writes the .csv as each table under its title, readable by any spreadsheet', async () => {
    const store = await reportStore(tempDir());
    const report = await runReport(store.db, { report: 'graduation' }, TODAY);
    const text = (await reportFile(report, 'csv')).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: false }).data;
    expect(rows[0]).toEqual(['On track to graduate']);
    const offTitle = rows.findIndex((r) => r[0] === 'Students off track: credits short and areas not yet planned');
    expect(offTitle).toBeGreaterThan(0);
    expect(rows[offTitle + 1]!.slice(0, 3)).toEqual(['Student number', 'Name', 'Grade']);
    const listed = rows.slice(offTitle + 2).filter((r) => r.length > 1).map((r) => r[0]);
    expect(listed.sort()).toEqual(report.tables[1]!.rows.map((r) => r.studentNumber).sort());
    store.close();
  });
});

describe('a report as a one-page PDF', () => {
  it('prints title, scope, chart and first table on one page in the embedded fonts, and the chart is ink in the bar area', async () => {
    const store = await reportStore(tempDir());
    const report = await runReport(store.db, { report: 'plans', counselor: 'Ms. Alvarez' }, TODAY);
    const pdf = await reportFile(report, 'pdf');
    const info = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+792 x 612 pts/);
    const [page] = pageTexts(pdf);
    const text = squeezed(page!);
    expect(text).toContain('Academic and Career Plans');
    expect(text).toContain('Ms. Alvarez · school year 2026-27');
    expect(text).toContain('Plan status by grade');
    // The chart's axis titles and legend, drawn as text from the SVG.
    for (const word of ['Students', 'Grade', 'No plan', 'Reviewed this year']) expect(text).toContain(word);
    // The first table, its totals row worked out here.
    const mine = activeStudents(store.db).filter((s) => s.counselor === 'Ms. Alvarez');
    expect(text).toMatch(new RegExp(`All grades( \\d+){5} ${mine.length}`));
    // Only the embedded fonts, never pdfkit's Helvetica.
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.name).toMatch(/DejaVu/);
      expect(f.embedded).toBe(true);
    }

    // The picture: ink where the bars stand (below the legend, above the table), white at the margins.
    mkdirSync(LOOK, { recursive: true });
    writeFileSync(join(LOOK, 'plans-report.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-r', '72', '-singlefile', join(LOOK, 'plans-report.pdf'), join(LOOK, 'plans-report')]);
    const image = parsePgm(renderGray(pdf, 72));
    expect([image.width, image.height]).toEqual([792, 612]);
    // The chart box runs from y ≈ 64 to 314 pt; bars sit between the legend (≈ 100) and the axis (≈ 264).
    const dark = (x0: number, y0: number, x1: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (image.pixels[y * image.width + x]! < 160) n++;
      return n / ((x1 - x0) * (y1 - y0));
    };
    expect(dark(100, 120, 740, 260)).toBeGreaterThan(0.05);
    expect(dark(0, 0, 792, 30)).toBe(0);
    expect(dark(0, 590, 792, 612)).toBe(0);
    store.close();
  });
});
