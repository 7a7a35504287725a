import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sheetRows } from '../../../src/main/core/labels/sheet';
import type { SettingsView } from '../../../src/shared/domain/settings';
import { counselor, demoStore } from '../../helpers/cli';
import { useTempDir } from '../../helpers/temp';
import { pdfInfo, pdfText, squeezed } from '../print/pdf-tools';

/**
 * A language added without a programmer (issue 14): the label sheet downloaded, its column filled by
 * another program (Python writing the workbook, not exceljs), imported, and a plan printed for a
 * family whose guardian prefers Hmong comes out in Hmong. A sheet with a problem is refused row by
 * row and nothing is stored; a sheet for an installed language replaces it only when told.
 */
const tempDir = useTempDir();
const FILL = join(__dirname, 'fill-sheet.py');

const HMONG: Record<string, string> = {
  'language.code': 'hmn',
  'language.name': 'Hmong',
  'language.otherNames': 'Hmoob; Hmong Daw',
  title: 'Txoj Kev Npaj Kawm Ntawv thiab Haujlwm',
  titleMany: 'Cov Kev Npaj Kawm Ntawv ({students} tus tub ntxhais kawm)',
  grade: 'qib {grade}',
  longDate: '{day} {month} {year}',
  printed: 'luam tawm {date}',
  goals: 'Lub Hom Phiaj',
  requirements: 'Cov Cai Kawm Tiav',
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`month.${i + 1}`, `Lub ${i + 1} Hlis`])),
};

async function run(...args: string[]) {
  const result = await counselor(args);
  return { ...result, text: `${result.stdout}\n${result.stderr}` };
}

/** The downloaded sheet with its third column filled as `fill` says (English where it says nothing). */
function filled(dir: string, sheet: string, name: string, fill: Record<string, string>, extra: [string, string][] = []): string {
  const spec = join(dir, `${name}.json`);
  const out = join(dir, `${name}.xlsx`);
  writeFileSync(spec, JSON.stringify({ fill, extra }));
  execFileSync('python3', [FILL, sheet, out, spec]);
  return out;
}

const rowOf = (key: string) => sheetRows().findIndex((r) => r.key === key) + 2;

describe('a printout language added from a label sheet', () => {
  it('prints a Hmong-speaking family its plan in Hmong, and is offered by the settings', async () => {
    const { dir, db } = await demoStore(tempDir());
    const store = new Database(db);
    store.prepare("UPDATE guardian SET preferred_language = 'hmoob' WHERE student_number = '004100'").run();
    store.prepare("UPDATE guardian SET preferred_language = 'HMONG' WHERE student_number = '004100' AND position = (SELECT min(position) FROM guardian WHERE student_number = '004100')").run();
    // Families whose roster writes the language's own name ("Hmoob"), or a name the sheet does not list.
    const [ownName, unlisted] = store.prepare("SELECT DISTINCT student_number FROM guardian WHERE student_number <> '004100' ORDER BY student_number LIMIT 2").pluck().all() as string[];
    store.prepare("UPDATE guardian SET preferred_language = 'Hmoob' WHERE student_number = ?").run(ownName);
    store.prepare("UPDATE guardian SET preferred_language = 'Hmong Njua' WHERE student_number = ?").run(unlisted);
    store.close();
    const sheet = join(dir, 'labels.xlsx');
    expect((await run('labels', 'sheet', sheet, '--db', db)).code).toBe(0);

    const imported = await run('labels', 'import', filled(dir, sheet, 'hmong', HMONG), '--json', '--db', db);
    expect(imported.code, imported.text).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({ code: 'hmn', name: 'Hmong', labels: sheetRows().length - 2, replaces: null, saved: true });

    const out = join(dir, 'plan.pdf');
    const printed = await run('print', '004100', '--out', out, '--db', db);
    expect(printed.code, printed.text).toBe(0);
    const text = squeezed(pdfText(readFileSync(out)));
    expect(text).toContain('Txoj Kev Npaj Kawm Ntawv thiab Haujlwm');
    expect(text).toMatch(/luam tawm \d{1,2} Lub \d{1,2} Hlis 20\d\d/);
    expect(text).toMatch(/#004100 · qib \d{1,2} · /);
    expect(text).toContain('Lub Hom Phiaj');
    expect(text, 'a label the sheet kept in English').toContain('Career interests');
    expect(pdfInfo(readFileSync(out)).Title).toBe('Cov Kev Npaj Kawm Ntawv (1 tus tub ntxhais kawm)');
    for (const [student, title] of [[ownName!, 'Txoj Kev Npaj Kawm Ntawv thiab Haujlwm'], [unlisted!, 'Academic and Career Plan']] as const) {
      const file = join(dir, `${student}.pdf`);
      expect((await run('print', student, '--out', file, '--db', db)).code).toBe(0);
      expect(squeezed(pdfText(readFileSync(file))), student).toContain(title);
    }

    const settings = JSON.parse((await run('settings', '--family-language', 'hmn', '--json', '--db', db)).stdout) as SettingsView;
    expect(settings.familyLanguage).toBe('hmn');
    expect(settings.languages.map((l) => [l.code, l.name, l.builtIn])).toEqual([['en', 'English', true], ['es', 'Spanish', true], ['hmn', 'Hmong', false]]);
    expect((await run('print', '004100', '--lang', 'so', '--out', join(dir, 'so.pdf'), '--db', db)).text).toContain('No printout language has the code "so"; the installed ones are en, es, hmn.');
  }, 60_000);

  it('refuses a sheet with a blank cell, a missing placeholder or an unknown key, row by row, storing nothing', async () => {
    const { dir, db } = await demoStore(tempDir());
    const sheet = join(dir, 'labels.xlsx');
    await run('labels', 'sheet', sheet, '--db', db);
    const bad = filled(dir, sheet, 'bad', { ...HMONG, goals: '', grade: 'qib' }, [['sheet.fax', 'Fakiv']]);
    const refused = await run('labels', 'import', bad, '--db', db);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('"bad.xlsx" was not imported (3 problems); nothing was stored.');
    expect(refused.stderr).toContain(`"bad.xlsx", row ${rowOf('goals')} ("goals"): the Hmong column is blank; fill it in.`);
    expect(refused.stderr).toContain(`"bad.xlsx", row ${rowOf('grade')} ("grade"): the text must have {grade} as the English does (it has none); keep each placeholder as written.`);
    expect(refused.stderr).toContain(`"bad.xlsx", row ${sheetRows().length + 2}: "sheet.fax" is not a printout label; delete the row, or download the label sheet again.`);
    const settings = JSON.parse((await run('settings', '--json', '--db', db)).stdout) as SettingsView;
    expect(settings.languages.map((l) => l.code)).toEqual(['en', 'es']);
  }, 60_000);

  it('replaces an installed language only when told, after saying how many labels change', async () => {
    const { dir, db } = await demoStore(tempDir());
    const sheet = join(dir, 'labels.xlsx');
    await run('labels', 'sheet', sheet, '--db', db);
    expect((await run('labels', 'import', filled(dir, sheet, 'first', HMONG), '--db', db)).stdout).toContain('Added Hmong (hmn)');
    const again = filled(dir, sheet, 'again', { ...HMONG, goals: 'Cov Hom Phiaj', requirements: 'Cov Cai' });
    expect((await run('labels', 'import', again, '--db', db)).stdout).toContain('Hmong (hmn) is installed; this sheet changes 2 of its');
    const from = join(dir, 'from.xlsx');
    await run('labels', 'sheet', from, '--from', 'hmn', '--db', db);
    expect((await run('labels', 'import', from, '--json', '--db', db)).stdout, 'the installed text, unchanged').toContain('"changed": 0');
    expect((await run('labels', 'import', again, '--replace', '--db', db)).stdout).toContain('Replaced Hmong (hmn)');
    expect((await run('labels', 'remove', 'hmn', '--db', db)).stdout).toContain('Removed Hmong (hmn)');
    expect((await run('labels', 'remove', 'es', '--db', db)).text).toContain('Spanish ships with the application and cannot be removed.');
  }, 60_000);
});
