import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Report } from '../../../src/shared/domain/report';
import { counselor, demoStore } from '../../helpers/cli';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();

const demo = () => demoStore(tempDir());

/** Students of a grade today, straight from the store (grade from the class year, as the reports read it). */
function studentsInGrade(db: string, grade: number): number {
  const conn = new Database(db, { readonly: true });
  try {
    const year = new Date().getUTCMonth() >= 7 ? new Date().getUTCFullYear() + 1 : new Date().getUTCFullYear();
    return (conn.prepare("SELECT count(*) AS n FROM student WHERE status = 'active' AND class_year = ?").get(year + 12 - grade) as { n: number }).n;
  } finally {
    conn.close();
  }
}

describe('counselor report', () => {
  it('writes each format, owner-only, and says what it wrote in JSON', async () => {
    const { db, dir } = await demo();
    for (const [name, ext] of [['plans', 'pdf'], ['graduation', 'xlsx'], ['cte', 'csv']] as const) {
      const out = join(dir, `${name}.${ext}`);
      const run = await counselor(['report', name, '--grade', '10', '--out', out, '--json', '--db', db]);
      expect(run, run.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(run.stdout)).toEqual({ out, format: ext, report: name, students: studentsInGrade(db, 10) });
      expect(statSync(out).mode & 0o777).toBe(0o600);
    }
    expect(execFileSync('pdfinfo', [join(dir, 'plans.pdf')], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    expect(readFileSync(join(dir, 'cte.csv'), 'utf8')).toContain('Career and technical education');
  });

  it('prints the report as JSON in the contract shape, and as text tables', async () => {
    const { db } = await demo();
    const json = await counselor(['report', 'plans', '--counselor', 'Mr. Vang', '--json', '--db', db]);
    expect(json.code).toBe(0);
    const report = Report.parse(JSON.parse(json.stdout));
    expect(report.scope).toMatch(/^Mr\. Vang · school year/);
    expect(report.tables[1]!.rows.map((r) => r.cells.counselor)).toEqual(['Mr. Vang']);
    const text = await counselor(['report', 'graduation', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Grade\s+Students\s+On track\s+Off track\s+Not yet known/);
  });

  it('exits 2 on wrong usage, writing nothing, and makes the conferences report', async () => {
    const { db, dir } = await demo();
    const out = join(dir, 'x.pdf');
    for (const args of [['report'], ['report', 'attendance'], ['report', 'plans', '--grade', '13'], ['report', 'plans', '--out', join(dir, 'x.docx')], ['report', 'plans', '--class-year', 'soon'], ['report', 'plans', '--bogus']]) {
      const run = await counselor([...args, '--db', db]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^counselor report: .+\nusage: counselor report/);
    }
    expect(existsSync(out)).toBe(false);
    const conferences = await counselor(['report', 'conferences', '--json', '--db', db]);
    expect(conferences.code).toBe(0);
    const report = JSON.parse(conferences.stdout) as { name: string; studentCount: number; tables: { key: string; rows: unknown[] }[] };
    expect(report.name).toBe('conferences');
    // The sample school has recorded no conference: every student is on the list.
    expect(report.tables.find((t) => t.key === 'No conference this year')!.rows).toHaveLength(report.studentCount);
  });
});
