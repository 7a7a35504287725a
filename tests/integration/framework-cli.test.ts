import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { counselor, demoStore } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

/** Every sheet of a workbook as rows of cell values, by sheet name. */
async function workbook(path: string): Promise<Map<string, unknown[][]>> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const sheets = new Map<string, unknown[][]>();
  for (const sheet of book.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    sheets.set(sheet.name, rows);
  }
  return sheets;
}

describe('counselor framework --search and --crosswalk --xlsx', () => {
  it('finds a nurse in both frameworks, as text and as JSON', async () => {
    const db = join(tempDir(), 'school.db');
    const json = await counselor(['framework', '--search', 'nurses', '--json', '--db', db]);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    type Match = { code: string; groups: { code: string; found: string[]; occupations: { id: string; soc: string | null }[] }[] };
    const { legacy, modern } = JSON.parse(json.stdout) as { legacy: Match[]; modern: Match[] };
    expect(legacy.flatMap((m) => m.groups.map((g) => g.code))).toEqual(['HS-TS']);
    expect(modern.flatMap((m) => m.groups.map((g) => g.code))).toEqual(['HHS-PHH']);
    expect(modern[0]?.groups[0]?.occupations.find((o) => o.id === 'registered-nurse')?.soc).toBe('29-1141');

    const text = await counselor(['framework', '--search', 'electrition', '--db', db]);
    expect(text.stdout).toMatch(/^\s+AC-CON\s+Construction: Electrician \(47-2111\)$/m);
    expect(text.stdout).toMatch(/^\s+CON-SKT\s+Skilled Trades: Electrician \(47-2111\)$/m);

    const none = await counselor(['framework', '--search', 'zzzzqqq', '--db', db]);
    expect(none.stdout).toBe('16 clusters: nothing found\n2024: nothing found');
    const bad = await counselor(['framework', '--search']);
    expect(bad.code).toBe(2);
  });

  it('writes the crosswalk as a workbook: clusters, pathways and what each basis means', async () => {
    const dir = tempDir();
    const out = join(dir, 'crosswalk.xlsx');
    const run = await counselor(['framework', '--crosswalk', '--xlsx', out, '--json', '--db', join(dir, 'school.db')]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toEqual({ out, rows: 95 });
    const sheets = await workbook(out);
    expect([...sheets.keys()]).toEqual(['Clusters', 'Pathways', 'Basis']);
    expect(sheets.get('Clusters')).toHaveLength(17);
    expect(sheets.get('Clusters')).toContainEqual(['HS', 'Health Science', 'HHS', 'Healthcare & Human Services', 'stated']);
    expect(sheets.get('Clusters')).toContainEqual(['AG', 'Agriculture, Food & Natural Resources', 'AGR; ENR', 'Agriculture; Energy & Natural Resources', 'inferred']);
    expect(sheets.get('Pathways')).toHaveLength(80);
    expect(sheets.get('Pathways')).toContainEqual(['HS-TS', 'Therapeutic Services', 'HHS-PHH', 'Physical Health', 'derived']);
    expect(sheets.get('Basis')?.map((r) => r[0])).toEqual(['Basis', 'stated', 'inferred', 'derived']);

    const wrong = await counselor(['framework', '--xlsx', out]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--crosswalk/);
  });

  it('previews moving the sample school to 2024, one-to-many links left for a counselor to pick, and changes nothing', async () => {
    const { db } = await demoStore(tempDir());
    const before = readFileSync(db);
    const run = await counselor(['framework', 'migrate', '--to', '2024', '--dry-run', '--json', '--db', db]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    type Row = { studentNumber: string; from: { cluster: { code: string } | null }; to: { cluster: { code: string } | null; subCluster: { code: string } | null }; options: { code: string }[]; needsPick: boolean };
    const preview = JSON.parse(run.stdout) as { dryRun: boolean; rows: Row[]; counts: Record<string, number> };
    expect(preview.dryRun).toBe(true);
    const { plans, proposed, needsPick, nothingChosen } = preview.counts as Record<'plans' | 'proposed' | 'needsPick' | 'nothingChosen', number>;
    expect(plans).toBeGreaterThan(40);
    expect(proposed + needsPick).toBe(preview.rows.length);
    expect(preview.rows.length + nothingChosen).toBe(plans);
    expect(needsPick).toBeGreaterThan(0);
    for (const r of preview.rows) {
      if (r.needsPick) expect(r.to.cluster, r.studentNumber).toBeNull();
      if (r.needsPick) expect(r.options.length, r.studentNumber).toBeGreaterThan(1);
      else expect(r.to.cluster, r.studentNumber).not.toBeNull();
    }
    expect(preview.rows.find((r) => r.to.subCluster?.code === 'HHS-PHH')?.to.cluster?.code).toBe('HHS');
    expect(readFileSync(db).equals(before)).toBe(true);

    const text = await counselor(['framework', 'migrate', '--to', '2024', '--dry-run', '--db', db]);
    expect(text.stdout).toMatch(/→ pick one: AGR Agriculture; ENR Energy & Natural Resources {2}\(inferred\)$/m);
    expect(text.stdout).toMatch(new RegExp(`^${plans} plans: ${proposed} move as proposed, ${needsPick} need a counselor's pick`, 'm'));
    expect((await counselor(['framework', 'migrate', '--to', '16', '--dry-run', '--db', db])).code).toBe(2);
  });

  it('moves the sample school to 2024 with the picks given, and takes the move back', async () => {
    const { db } = await demoStore(tempDir());
    const preview = JSON.parse((await counselor(['framework', 'migrate', '--to', '2024', '--dry-run', '--json', '--db', db])).stdout) as {
      rows: { studentNumber: string; needsPick: boolean; options: { code: string }[] }[];
    };
    const needing = preview.rows.filter((r) => r.needsPick);
    const before = readFileSync(db);
    const refused = await counselor(['framework', 'migrate', '--to', '2024', '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`${needing.length} plans need a pick .*nothing was changed\\. Give each with --pick STUDENT=CODE\\.`));
    expect(readFileSync(db).equals(before)).toBe(true);

    const picks = needing.flatMap((r) => ['--pick', `${r.studentNumber}=${r.options[1]!.code}`]);
    const moved = await counselor(['framework', 'migrate', '--to', '2024', ...picks, '--json', '--db', db]);
    expect(moved).toMatchObject({ code: 0, stderr: '' });
    const result = JSON.parse(moved.stdout) as { migration: string; results: { studentNumber: string; outcome: string; summary: string }[] };
    expect(result.results.filter((r) => r.outcome === 'changed')).toHaveLength(preview.rows.length);
    const picked = result.results.find((r) => r.studentNumber === needing[0]!.studentNumber);
    expect(picked?.summary).toContain(needing[0]!.options[1]!.code);

    const undone = await counselor(['framework', 'migrate', '--undo', '--db', db]);
    expect(undone.code).toBe(0);
    expect(undone.stdout).toMatch(new RegExp(`^Took back the move of ${result.migration}: ${preview.rows.length} changed, 0 unchanged, 0 left as they are\\.$`, 'm'));
    const twice = await counselor(['framework', 'migrate', '--undo', '--db', db]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/already taken back/);
    expect((await counselor(['framework', 'migrate', '--to', '2024', '--pick', 'nonsense', '--db', db])).code).toBe(2);
    expect((await counselor(['framework', 'migrate', '--undo', '--to', '2024', '--db', db])).code).toBe(2);
  });
});
