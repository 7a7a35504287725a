import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SettingsView } from '../../src/shared/domain/settings';
import { counselor, demoStore } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';
import { pageTexts, pdfInfo, squeezed } from './print/pdf-tools';

const tempDir = useTempDir();

const demo = () => demoStore(tempDir());

async function settings(db: string, ...flags: string[]): Promise<SettingsView> {
  const run = await counselor(['settings', ...flags, '--json', '--db', db]);
  expect(run, run.stderr).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as SettingsView;
}

async function printOne(db: string, out: string, ...flags: string[]): Promise<{ title: string; size: string }> {
  const run = await counselor(['print', '004100', '--out', out, ...flags, '--db', db]);
  expect(run, run.stderr).toMatchObject({ code: 0, stderr: '' });
  const bytes = readFileSync(out);
  return { title: squeezed(pageTexts(bytes)[0]!).split('\n')[0]!, size: pdfInfo(bytes)['Page size']! };
}

describe("the school's settings (issue 13: Settings)", () => {
  it('start as the behaviour before them, and list the counselors of the caseload with their active students', async () => {
    const { db } = await demo();
    const view = await settings(db);
    expect(view).toMatchObject({ schoolName: null, printedSchoolName: null, defaultPaper: 'letter', familyLanguage: 'family', changedAt: null });
    const store = new Database(db, { readonly: true });
    const expected = store
      .prepare("SELECT counselor AS name, count(*) AS students FROM student WHERE status = 'active' AND counselor IS NOT NULL GROUP BY counselor")
      .all() as { name: string; students: number }[];
    store.close();
    expect(expected.length).toBeGreaterThan(1);
    expect([...view.counselors].sort((a, b) => a.name.localeCompare(b.name))).toEqual(expected.sort((a, b) => a.name.localeCompare(b.name)));
  });

  it('are what a printout uses unless the counselor chooses: school name, paper and language; a choice at print time wins', async () => {
    const { dir, db } = await demo();
    // Student 004100's family speaks Vietnamese: the family rule prints English.
    const before = await printOne(db, join(dir, 'before.pdf'));
    expect(before.title).toContain('Academic and Career Plan');
    expect(before.size).toContain('792 x 612');

    const saved = await settings(db, '--school', 'Lakeside High School', '--paper', 'a4', '--family-language', 'es');
    expect(saved).toMatchObject({ schoolName: 'Lakeside High School', defaultPaper: 'a4', familyLanguage: 'es' });
    expect(saved.changedAt).not.toBeNull();
    const after = await printOne(db, join(dir, 'after.pdf'));
    expect(after.title).toContain('Lakeside High School · Plan Académico y Profesional');
    expect(after.size).toMatch(/841\.8\d* x 595\.2\d*/);

    const chosen = await printOne(db, join(dir, 'chosen.pdf'), '--lang', 'en', '--paper', 'letter', '--school', 'Lincoln High School');
    expect(chosen.title).toContain('Lincoln High School · Academic and Career Plan');
    expect(chosen.size).toContain('792 x 612');
    // A school named at print time is not the setting: the setting stays.
    expect((await settings(db)).schoolName).toBe('Lakeside High School');
  });

  it('change only what a flag names; --no-school falls back to the most recent printout that named one', async () => {
    const { dir, db } = await demo();
    await settings(db, '--school', 'Lakeside High School', '--family-language', 'es');
    expect(await settings(db, '--paper', 'a4')).toMatchObject({ schoolName: 'Lakeside High School', familyLanguage: 'es', defaultPaper: 'a4' });
    await printOne(db, join(dir, 'named.pdf'), '--school', 'Lincoln High School');
    expect(await settings(db, '--no-school')).toMatchObject({ schoolName: null, printedSchoolName: 'Lincoln High School', defaultPaper: 'a4' });
    expect((await printOne(db, join(dir, 'fallback.pdf'))).title).toContain('Lincoln High School');
  });

  it('refuses a value it cannot use with exit 2 and the usage, changing nothing', async () => {
    const { db } = await demo();
    const before = await settings(db, '--school', 'Lakeside High School');
    for (const flags of [
      ['--paper', 'legal'], ['--family-language', 'Spanish'], ['--school', '   '], ['--school'], ['--colour', 'blue'], ['extra'],
      ['--framework', '2026-27=2020'], ['--framework', '2026=2024'], ['--framework', '2026-28=2024'], ['--no-framework', 'this year'],
    ]) {
      const run = await counselor(['settings', ...flags, '--db', db]);
      expect(run.code, flags.join(' ')).toBe(2);
      expect(run.stderr).toContain('usage: counselor settings');
    }
    expect(await settings(db)).toEqual(before);
  });

  it('sets the framework new plans use per school year, keeping the other settings; a year not set follows the one before (issue 15)', async () => {
    const { db } = await demo();
    await settings(db, '--school', 'Lakeside High School');
    const set = await settings(db, '--framework', '2026-27=2024', '--framework', '2025-26=2016');
    expect(set).toMatchObject({ schoolName: 'Lakeside High School', frameworkYears: [{ schoolYear: 2026, edition: '2016' }, { schoolYear: 2027, edition: '2024' }] });
    const text = await counselor(['settings', '--db', db]);
    expect(text.stdout).toContain('  from 2026-27:     2024 National Career Clusters Framework (14 clusters)');
    expect(text.stdout).toMatch(/New plans use: {5}(16 Career Clusters|2024 National Career Clusters Framework)/);
    const removed = await settings(db, '--no-framework', '2026-27');
    expect(removed.frameworkYears).toEqual([{ schoolYear: 2026, edition: '2016' }]);
    expect(removed.schoolName).toBe('Lakeside High School');
  });
});
