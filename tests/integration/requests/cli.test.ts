import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { counselor } from '../../helpers/cli';
import { readFileSync } from 'node:fs';
import { pageTexts, pdfInfo } from '../print/pdf-tools';
import { useTempDir } from '../../helpers/temp';
import { expectedRequests, requestStore } from './stores';

const tempDir = useTempDir();

async function storeFile(): Promise<{ dir: string; db: string }> {
  const dir = tempDir();
  const store = await requestStore(dir);
  store.close();
  return { dir, db: join(dir, 'counselor.db') };
}

function pythonCsv(file: string): string[][] {
  const script = 'import csv, json, sys\nwith open(sys.argv[1], newline="", encoding="utf-8-sig") as f: print(json.dumps(list(csv.reader(f))))';
  return JSON.parse(spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }).stdout) as string[][];
}

describe('counselor requests export', () => {
  it('writes the PowerSchool file for grade 10 and says in JSON what it wrote and whom it skipped', async () => {
    const { dir, db } = await storeFile();
    const out = join(dir, 'requests.csv');
    const run = await counselor(['--db', db, 'requests', 'export', '--year', '2027-28', '--grade', '10', '--out', out, '--preset', 'powerschool', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const store = await openStore(db);
    const expected = expectedRequests(store.db, 10);
    store.close();
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['out', 'preset', 'schoolYear', 'students', 'requests', 'alternates', 'skipped']);
    expect(json).toMatchObject({ out, preset: 'powerschool', schoolYear: '2027-28', requests: expected.rows.length, alternates: 2 });
    expect((json.skipped as { studentNumber: string }[]).map((s) => s.studentNumber).sort()).toEqual(expected.skipped.sort());
    const rows = pythonCsv(out);
    expect(rows.slice(1).map((r) => [r[0], r[3], r[4]])).toEqual(expected.rows.map((r) => [r.studentNumber, r.courseNumber, r.alternate ? '1' : '0']));
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('marks alternates in `counselor plan`, which counts them for nothing', async () => {
    const { db } = await storeFile();
    const run = await counselor(['--db', db, 'plan', '000777']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/SCI331\s+AP Physics 1 \(1 cr, AP, alternate for SCI311\)/);
    expect(run.stdout).toMatch(/SCI321\s+AP Chemistry \(1 cr, AP, alternate 2 for SCI311\)/);
  });

  it('lists the skipped students in words without --json', async () => {
    const { dir, db } = await storeFile();
    const run = await counselor(['--db', db, 'requests', 'export', '--year', '2027-28', '000777', '700011', '--out', join(dir, 'r.xlsx')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      ['Exported 4 course requests (2 alternates) for 1 student, 2027-28, to ' + join(dir, 'r.xlsx') + '.', 'Skipped 1 student:', '  700011  Abbott, Ánh: has no plan yet, so no courses for grade 11 (2027-28)'].join('\n'),
    );
  });

  it('exits 2 on wrong usage and 1 when nobody has a request, writing nothing', async () => {
    const { dir, db } = await storeFile();
    const out = join(dir, 'none.csv');
    for (const args of [
      ['--grade', '10', '--out', out],
      ['--year', '2027-29', '--grade', '10', '--out', out],
      ['--year', '2027-28', '--grade', '10', '--out', join(dir, 'x.txt')],
      ['--year', '2027-28', '--grade', '10', '--out', out, '--preset', 'infinite'],
      ['--year', '2027-28', '--out', out],
    ]) {
      const run = await counselor(['--db', db, 'requests', 'export', ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^counselor requests: .*\nusage: counselor requests export/);
    }
    const none = await counselor(['--db', db, 'requests', 'export', '--year', '2027-28', '700011', '700012', '--out', out]);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('counselor: None of the 2 listed students has courses planned for 2027-28, so no file was written; plan their courses for that year first.');
    expect(existsSync(out)).toBe(false);
  });

  it('prints course request sheets through `counselor print --request-sheets`: one page per student now in grade 10', async () => {
    const { dir, db } = await storeFile();
    const out = join(dir, 'sheets.pdf');
    const run = await counselor(['--db', db, 'print', '--grade', '10', '--request-sheets', '--year', '2027-28', '--out', out, '--lang', 'es', '--json']);
    expect(run.stderr).toBe('');
    const store = await openStore(db);
    const tenth = store.db.prepare("SELECT count(*) FROM student WHERE status = 'active' AND 12 - (class_year - 2027) = 10").pluck().get() as number;
    store.close();
    expect(JSON.parse(run.stdout)).toEqual({ students: tenth, pages: tenth, files: [out], schoolYear: '2027-28', skipped: [] });
    const bytes = readFileSync(out);
    expect(pdfInfo(bytes).Pages).toBe(String(tenth));
    expect(pageTexts(bytes).every((page) => page.includes('Solicitud de cursos 2027-28'))).toBe(true);
    const usage = await counselor(['--db', db, 'print', '--grade', '10', '--year', '2027-28', '--out', out]);
    expect(usage.code).toBe(2);
  });
});
