import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { counselor } from '../../helpers/cli';
import { caseloadSnapshot } from '../../helpers/store-snapshot';
import { useTempDir } from '../../helpers/temp';

const tempDir = useTempDir();
const fixture = (name: string) => join(__dirname, '..', '..', 'fixtures', 'roster', name);

describe('counselor import', () => {
  it('prints the JSON summary with added, updated, unchanged, absent and rejected rows', async () => {
    const db = join(tempDir(), 'school.db');
    const dry = await counselor(['import', fixture('powerschool.csv'), '--dry-run', '--json', '--db', db]);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, added: 4, updated: 0, unchanged: 0, absent: 0, rejected: [] });
    expect(JSON.parse((await counselor(['students', '--json', '--db', db])).stdout).students).toEqual([]);

    const run = await counselor(['import', fixture('powerschool.csv'), '--json', '--db', db]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ added: 4, updated: 0, unchanged: 0, absent: 0, rejected: [] });
  });

  it('takes --map field=Header for a column it cannot guess', async () => {
    const dir = tempDir();
    const file = join(dir, 'odd.csv');
    writeFileSync(file, 'Kid Code,First Name,Last Name\n555001,Ana,Peña\n');
    const refused = await counselor(['import', file, '--db', join(dir, 's.db')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('no column holds student numbers');
    expect(refused.stderr).toContain('Kid Code');
    const mapped = await counselor(['import', file, '--map', 'studentNumber=Kid Code', '--json', '--db', join(dir, 's.db')]);
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.stdout).added).toBe(1);
  });

  it('exits 2 on wrong usage', async () => {
    expect((await counselor(['import'])).code).toBe(2);
    expect((await counselor(['import', 'a.csv', '--map', 'nonsense'])).code).toBe(2);
    expect((await counselor(['import', 'a.csv', '--frobnicate'])).code).toBe(2);
    expect((await counselor(['export', 'caseload'])).code).toBe(2);
    expect((await counselor(['export', 'caseload', '--out', 'x.pdf'])).code).toBe(2);
  });

  const hostile: [string, RegExp][] = [
    ['truncated.xlsx', /damaged|cut off|incomplete|truncated/i],
    ['png-renamed.xlsx', /picture|image|PNG/i],
    ['legacy.xls', /save it as \.xlsx or \.csv/i],
    ['html-saved.xls', /web page|HTML/i],
    ['roster.ods', /OpenDocument|\.ods|LibreOffice/i],
    ['protected.xlsx', /password|save it as/i],
    ['garbage.csv', /not a spreadsheet|binary|cannot be read/i],
    ['empty.csv', /empty/i],
    ['headers-only.csv', /no students/i],
    ['headers-only.xlsx', /no students/i],
    ['report.pdf', /PDF/i],
  ];
  for (const [name, pattern] of hostile) {
    it(`refuses ${name} with exit 1, one sentence naming the file, and the store untouched`, async () => {
      const dir = tempDir();
      const db = join(dir, 'school.db');
      // A real caseload to leave untouched (imports are refused into the sample school).
      expect((await counselor(['import', fixture('powerschool.csv'), '--db', db])).code).toBe(0);
      const before = caseloadSnapshot(db);
      const result = await counselor(['import', fixture(name), '--db', db]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(name);
      expect(result.stderr).toMatch(pattern);
      expect(caseloadSnapshot(db)).toBe(before);
    }, 20_000);
  }

  it('names a file that does not exist', async () => {
    const result = await counselor(['import', '/nowhere/roster.csv', '--db', join(tempDir(), 's.db')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('does not exist');
  });

  it('exports the caseload to .xlsx and .csv', async () => {
    const dir = tempDir();
    const db = join(dir, 'school.db');
    await counselor(['demo', '--db', db]);
    for (const ext of ['xlsx', 'csv']) {
      const out = join(dir, `caseload.${ext}`);
      const result = await counselor(['export', 'caseload', '--out', out, '--json', '--db', db]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ out, format: ext });
      const bytes = readFileSync(out);
      if (ext === 'xlsx') expect(bytes.subarray(0, 2).toString()).toBe('PK');
      else expect(bytes.toString('utf8')).toContain('Nguyễn');
    }
  });
});

describe('an import killed at any moment', () => {
  it('leaves the store either as before or fully imported, never half', async () => {
    const dir = tempDir();
    const rows = ['Student Number,First Name,Last Name,Grade,Birth Date,Counselor'];
    for (let i = 0; i < 20_000; i++) rows.push(`${String(300000 + i)},Ana${i},Peña,${9 + (i % 4)},2010-01-0${1 + (i % 9)},Ms. Alvarez`);
    const roster = join(dir, 'big.csv');
    writeFileSync(roster, rows.join('\n'));
    const seed = join(dir, 'seed.db');
    expect((await counselor(['import', fixture('powerschool.csv'), '--db', seed])).code).toBe(0);
    const seeded = (JSON.parse((await counselor(['students', '--json', '--db', seed])).stdout) as { students: unknown[] }).students.length;
    const bin = join(__dirname, '..', '..', '..', 'bin', 'counselor.mjs');

    const outcomes = new Set<string>();
    // The last run is not killed: it finishes, so both outcomes are seen even on a slow machine.
    for (const delay of [150, 350, 550, 750, 850, 950, 1050, 1200, 1600, Infinity]) {
      const db = join(dir, `kill-${delay}.db`);
      copyFileSync(seed, db);
      // The sample school is not in this file: all of it is marked, more than an import marks unasked.
      const child = spawn(process.execPath, [bin, 'import', roster, '--allow-absent', '--db', db], { stdio: 'ignore' });
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      if (Number.isFinite(delay)) {
        await new Promise((r) => setTimeout(r, delay));
        child.kill('SIGKILL');
      }
      const code = await exited;
      expect(code === 0 || code === null).toBe(true);
      const check = new Database(db);
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      const count = check.prepare('SELECT count(*) FROM student').pluck().get() as number;
      const absent = check.prepare("SELECT count(*) FROM student WHERE status = 'not_in_latest_roster'").pluck().get() as number;
      check.close();
      if (count === seeded) {
        expect(absent).toBe(0);
        outcomes.add('before');
      } else {
        expect(count).toBe(seeded + 20_000);
        expect(absent).toBe(seeded);
        outcomes.add('after');
      }
    }
    // Early kills land before the commit; the unkilled run completes. Either state is whole.
    expect([...outcomes].sort()).toEqual(['after', 'before']);
  }, 120_000);
});
