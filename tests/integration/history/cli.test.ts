import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp';
import { HISTORY_FIXTURES, historyStore } from './history-store';

const tempDir = useTempDir();
// The built command (npx electron-vite build first), as a nightly sync runs it.
const bin = join(__dirname, '..', '..', '..', 'bin', 'counselor.mjs');
const fixture = (name: string) => join(HISTORY_FIXTURES, name);

function counselor(args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function storeFile(): Promise<string> {
  const store = await historyStore(tempDir());
  const path = store.path;
  store.close();
  return path;
}

describe('counselor history, through the built binary', () => {
  it('dry-runs, imports and re-imports a PowerSchool export with the documented JSON', { timeout: 120_000 }, async () => {
    const db = await storeFile();
    const dry = counselor(['history', 'import', fixture('powerschool-storedgrades.csv'), '--dry-run', '--json', '--db', db]);
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    const preview = JSON.parse(dry.stdout);
    expect(preview).toMatchObject({ dryRun: true, students: 8, added: 550, updated: 0, unchanged: 0, missing: 0 });
    expect(preview.rejected).toEqual([{ row: 9, column: 'STUDENTS.Student_Number', value: '100999', reason: expect.stringContaining('100999') }]);
    expect(preview.unmatched).toEqual([
      { courseNumber: 'TR-ENG9', title: 'English 9 (Lakeview Academy)', students: 1 },
      { courseNumber: 'TR-PHO1', title: 'Photography I (Lakeview Academy)', students: 1 },
    ]);

    const run = counselor(['history', 'import', fixture('powerschool-storedgrades.csv'), '--json', '--db', db]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ students: 8, added: 550, updated: 0, unchanged: 0, dryRun: false });
    expect(typeof report.importId).toBe('number');
    expect(report.backupPath).toMatch(/before-history-import/);

    const again = JSON.parse(counselor(['history', 'import', fixture('powerschool-storedgrades.csv'), '--json', '--db', db]).stdout);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 550, backupPath: null });
  });

  it('lists unmatched courses and remembers a match; an unknown catalog number is one sentence, exit 1', { timeout: 120_000 }, async () => {
    const db = await storeFile();
    expect(counselor(['history', 'import', fixture('powerschool-storedgrades.csv'), '--db', db]).code).toBe(0);
    const listed = JSON.parse(counselor(['history', 'unmatched', '--json', '--db', db]).stdout);
    expect(listed.courses.map((c: { courseNumber: string }) => c.courseNumber)).toEqual(['TR-ENG9', 'TR-PHO1']);

    const wrong = counselor(['history', 'match', 'TR-ENG9', 'NOPE999', '--db', db]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim()).toBe('counselor: The catalog has no course numbered NOPE999; choose a course from the catalog (counselor courses lists them).');

    const matched = counselor(['history', 'match', 'TR-ENG9', 'ENG101', '--db', db]);
    expect(matched.code).toBe(0);
    expect(matched.stdout).toContain('TR-ENG9 now counts as catalog course ENG101');
    expect(JSON.parse(counselor(['history', 'unmatched', '--json', '--db', db]).stdout).courses.map((c: { courseNumber: string }) => c.courseNumber)).toEqual(['TR-PHO1']);

    expect(counselor(['history', 'match', 'TR-ENG9', '--forget', '--db', db]).code).toBe(0);
    expect(JSON.parse(counselor(['history', 'unmatched', '--json', '--db', db]).stdout).courses).toHaveLength(2);
  });

  it('refuses a file from another school with exit 1 and writes nothing; wrong usage exits 2', { timeout: 120_000 }, async () => {
    const db = await storeFile();
    const refused = counselor(['history', 'import', fixture('other-school.csv'), '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/probably not this school's file/);
    expect(JSON.parse(counselor(['history', 'unmatched', '--json', '--db', db]).stdout).courses).toEqual([]);
    expect(counselor(['history', 'import', '--db', db]).code).toBe(2);
    expect(counselor(['history', 'import', fixture('other-school.csv'), '--credit-type', 'ENG=underwater basket', '--db', db]).code).toBe(2);
    expect(counselor(['history', 'frobnicate', '--db', db]).code).toBe(2);
  });

  it('takes --map and --credit-type for a hand-made file, and remembers both', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const db = await storeFile();
    const file = join(dir, 'transfer.csv');
    require('node:fs').writeFileSync(file, 'Kid,Yr,Crs,Crs Title,Mark,Cr,Kind\n100148,2024-25,LA-900,Composition (Lakeview),A,1,LANG\n');
    const refused = counselor(['history', 'import', file, '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('no column holds student numbers');
    const args = ['history', 'import', file, '--map', 'studentNumber=Kid', '--map', 'schoolYear=Yr', '--map', 'courseNumber=Crs', '--map', 'title=Crs Title', '--map', 'grade=Mark', '--map', 'creditsEarned=Cr', '--map', 'creditType=Kind'];
    const run = counselor([...args, '--credit-type', 'LANG=english', '--json', '--db', db]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ added: 1, unmatched: [{ courseNumber: 'LA-900', students: 1 }] });
    // Next time: the same headers map themselves and LANG is remembered as English.
    const again = JSON.parse(counselor(['history', 'import', file, '--json', '--db', db]).stdout);
    expect(again).toMatchObject({ unchanged: 1 });
    const unmatched = JSON.parse(counselor(['history', 'unmatched', '--json', '--db', db]).stdout).courses;
    expect(unmatched).toEqual([expect.objectContaining({ courseNumber: 'LA-900', creditType: 'LANG', area: 'english' })]);
  });
});
