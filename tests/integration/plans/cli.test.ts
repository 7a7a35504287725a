import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanView } from '../../../src/shared/domain/plan-view';
import { counselor, demoStore } from '../../helpers/cli';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();
const CATALOG = join(__dirname, '..', '..', 'fixtures', 'catalog', 'district-catalog.csv');

const demo = async (): Promise<string> => (await demoStore(tempDir())).db;

describe('the plan commands', () => {
  it('lists the catalog and the programs as JSON', async () => {
    const db = await demo();
    const courses = await counselor(['courses', '--json', '--db', db]);
    expect(courses).toMatchObject({ code: 0, stderr: '' });
    const catalog = JSON.parse(courses.stdout) as { courses: { number: string }[]; postsecondary: unknown[] };
    expect(catalog.courses.length).toBeGreaterThan(100);
    expect(catalog.postsecondary.length).toBeGreaterThan(0);
    const programs = JSON.parse((await counselor(['programs', '--json', '--db', db])).stdout) as { programs: { id: string }[] };
    expect(programs.programs.map((p) => p.id)).toContain('electro-mechanical');
    expect((await counselor(['programs', '--db', db])).stdout).toMatch(/electro-mechanical\s+MN-MIR\s+Electro-Mechanical/);
  });

  it('prints a plan as the resolved plan view in JSON, and as a grid with progress in text', async () => {
    const db = await demo();
    const json = await counselor(['plan', '004100', '--json', '--db', db]);
    expect(json.code).toBe(0);
    const view = PlanView.parse(JSON.parse(json.stdout));
    expect(view.student.studentNumber).toBe('004100');
    expect(view.years.map((y) => y.year)).toEqual(['9', '10', '11', '12', 'ps1', 'ps2']);
    expect(view.requirements.areas.map((a) => a.area)).toContain('personal_finance');

    const text = await counselor(['plan', '004100', '--db', db]);
    expect(text.stdout).toContain('Nguyễn, Thị Ánh · #004100');
    expect(text.stdout).toMatch(/area\s+grade 9\s+grade 10\s+grade 11\s+grade 12\s+after HS 1\s+after HS 2/);
    expect(text.stdout).toMatch(/English\s+ENG101/);
    expect(text.stdout).toMatch(/Total\s+earned/);
  });

  it('applies a program by id or by name and prints the plan', async () => {
    const db = await demo();
    const byName = await counselor(['plan', '100106', '--apply', 'welding and fabrication', '--json', '--db', db]);
    expect(byName.code).toBe(0);
    expect(PlanView.parse(JSON.parse(byName.stdout)).framework.program?.id).toBe('welding');
    const byId = await counselor(['plan', '100114', '--apply', 'nursing', '--db', db]);
    expect(byId.stdout).toContain('Health Science → Therapeutic Services → Nursing Assistant to Registered Nurse');
  });

  it('imports a catalog file, listing the rejected rows', async () => {
    const db = join(tempDir(), 'district.db');
    const text = await counselor(['catalog', 'import', CATALOG, '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Imported district-catalog.csv: 9 new, 0 changed, 0 unchanged, 8 rows rejected/);
    expect(text.stdout).toContain('rejected row 10, Credits "1.3"');
    const json = await counselor(['catalog', 'import', CATALOG, '--json', '--db', db]);
    expect(JSON.parse(json.stdout)).toMatchObject({ added: 0, unchanged: 9, rejected: expect.any(Array) });
  });

  it('maps a district catalog’s departments with --area, remembers them, and lists every course as retired or not', async () => {
    const file = join(__dirname, '..', '..', 'fixtures', 'catalog', 'district-departments.csv');
    const db = join(tempDir(), 'district.db');
    const first = await counselor(['catalog', 'import', file, '--db', db]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain('Imported district-departments.csv: 23 new, 0 changed, 0 unchanged, 3 rows rejected.');
    expect(first.stdout).toContain('department "Special Education" (2 rows) has no subject area: import again with --area "Special Education=AREA".');
    expect(first.stdout).toContain('rejected row 29, Department "Driver Education": Department "Driver Education" is not mapped to a subject area');

    const typo = await counselor(['catalog', 'import', file, '--area', 'Special Educaton=elective', '--db', db]);
    expect(typo.stdout).toContain('--area "Special Educaton=…": no row of district-departments.csv names that department; nothing was mapped by it.');
    expect(typo.stdout).toContain('department "Special Education" (2 rows) has no subject area');

    const mapped = await counselor(['catalog', 'import', file, '--area', 'Special Education=elective', '--area', 'driver education=Other', '--json', '--db', db]);
    expect(mapped.code).toBe(0);
    const report = JSON.parse(mapped.stdout) as { added: number; unchanged: number; rejected: unknown[]; departments: { department: string; area: string; source: string }[] };
    expect(report).toMatchObject({ added: 3, unchanged: 23, rejected: [] });
    expect(report.departments.filter((d) => d.source === 'chosen').map((d) => [d.department, d.area])).toEqual([
      ['Driver Education', 'other'],
      ['Special Education', 'elective'],
    ]);
    // Remembered: the next import needs no --area.
    expect(JSON.parse((await counselor(['catalog', 'import', file, '--json', '--db', db])).stdout)).toMatchObject({ unchanged: 26, rejected: [] });

    const courses = JSON.parse((await counselor(['courses', '--json', '--db', db])).stdout) as { courses: { number: string; retired: boolean }[] };
    expect(courses.courses).toHaveLength(26);
    expect(courses.courses.every((c) => c.retired === false)).toBe(true);

    const badArea = await counselor(['catalog', 'import', file, '--area', 'Special Education=farming', '--db', db]);
    expect(badArea.code).toBe(2);
    expect(badArea.stderr).toContain('the area after "=" must be one of english, math');
    expect((await counselor(['catalog', 'import', file, '--area', 'Special Education', '--db', db])).code).toBe(2);
  });

  it('exits 1 on a user error and 2 on wrong usage, with one line of explanation', async () => {
    const db = await demo();
    const expectOneLine = (r: { stderr: string }, pattern: RegExp) => {
      expect(r.stderr.split('\n')[0]).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    };
    const unknown = await counselor(['plan', '999999', '--db', db]);
    expect(unknown.code).toBe(1);
    expectOneLine(unknown, /No student with number 999999/);
    const program = await counselor(['plan', '004100', '--apply', 'basket weaving', '--db', db]);
    expect(program.code).toBe(1);
    expectOneLine(program, /No program of study is called "basket weaving"/);
    const missingFile = await counselor(['catalog', 'import', join(tempDir(), 'nope.csv'), '--db', db]);
    expect(missingFile.code).toBe(1);
    expectOneLine(missingFile, /does not exist/);

    expect((await counselor(['plan', '--db', db])).code).toBe(2);
    expect((await counselor(['plan', '004100', '--apply', '--db', db])).code).toBe(2);
    expect((await counselor(['plan', '004100', '100101', '--db', db])).code).toBe(2);
    expect((await counselor(['catalog', '--db', db])).code).toBe(2);
    expect((await counselor(['catalog', 'export', '--db', db])).code).toBe(2);
    expect((await counselor(['catalog', 'import', '--db', db])).code).toBe(2);
    expect((await counselor(['courses', 'extra', '--db', db])).code).toBe(2);
  });
});
