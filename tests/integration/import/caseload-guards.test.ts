import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/core/store/connection';
import { updatePlan } from '../../../src/main/core/plans/update';
import { getImport } from '../../../src/main/core/roster/log';
import { importReportTable } from '../../../src/main/core/roster/report';
import { counselor } from '../../helpers/cli';
import { caseloadSnapshot } from '../../helpers/store-snapshot';
import { useTempDir } from '../../helpers/temp';

/**
 * Files that would flip a caseload with one import (Python-made fixtures, see
 * scripts/make-roster-fixtures.py), each against a real store file through the `counselor` command.
 */

const tempDir = useTempDir();
const fixture = (name: string) => join(__dirname, '..', '..', 'fixtures', 'roster', name);

async function storeWith(seed: string | null): Promise<string> {
  const db = join(tempDir(), 'school.db');
  if (seed) expect((await counselor(['import', fixture(seed), '--db', db])).code).toBe(0);
  return db;
}

function backups(db: string): string[] {
  const folder = join(dirname(db), 'backups');
  return existsSync(folder) ? readdirSync(folder) : [];
}

function query<T>(db: string, sql: string, ...params: unknown[]): T[] {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare(sql).all(...params) as T[];
  } finally {
    conn.close();
  }
}

const statuses = (db: string) =>
  Object.fromEntries(query<{ student_number: string; status: string }>(db, 'SELECT student_number, status FROM student').map((r) => [r.student_number, r.status]));

/** What a refused import must leave: the caseload, the backups and the import log exactly as they were. */
async function expectRefused(db: string, args: string[], sentence: string | RegExp) {
  const before = { caseload: caseloadSnapshot(db), backups: backups(db), log: query(db, 'SELECT id FROM roster_import') };
  const result = await counselor(['import', ...args, '--db', db]);
  expect(result.code).toBe(1);
  expect(result.stderr.split('\n')).toHaveLength(1);
  if (typeof sentence === 'string') expect(result.stderr).toContain(sentence);
  else expect(result.stderr).toMatch(sentence);
  expect(caseloadSnapshot(db)).toBe(before.caseload);
  expect(backups(db)).toEqual(before.backups);
  expect(query(db, 'SELECT id FROM roster_import')).toEqual(before.log);
  return result;
}

describe('a file in which every row is rejected', () => {
  it('writes nothing, marks nobody absent, takes no backup, and exits 1 naming the file', async () => {
    const db = await storeWith('caseload-100.csv');
    const result = await expectRefused(db, [fixture('all-rejected.csv')], /"all-rejected\.csv" was rejected, so there is nothing to import/);
    expect(result.stderr).toContain('fix the rejected rows');
    expect(Object.values(statuses(db)).every((s) => s === 'active')).toBe(true);
  });

  it('lists the rejected rows on a dry run and exits 1 with the same sentence', async () => {
    const db = await storeWith('caseload-100.csv');
    const dry = await counselor(['import', fixture('all-rejected.csv'), '--dry-run', '--json', '--db', db]);
    expect(dry.code).toBe(1);
    const out = JSON.parse(dry.stdout) as { added: number; absent: number; rejected: { reason: string }[] };
    expect(out.added).toBe(0);
    expect(out.absent).toBe(0);
    expect(out.rejected).toHaveLength(40);
    expect(out.rejected[0]!.reason).toMatch(/not a (high-school )?grade/);
    expect(dry.stderr).toContain('nothing to import');
  });
});

describe('a roster keyed on another ID column (Skyward "Other ID")', () => {
  const sentence =
    'Only 0 of 120 student numbers in this file are in your caseload, but 60 names match students you have under other numbers: choose the column that holds your student numbers';

  it('stops with the counts and the column to choose, and writes nothing', async () => {
    const db = await storeWith('caseload-100.csv');
    const result = await expectRefused(db, [fixture('skyward-other-id.xlsx')], sentence);
    expect(result.stderr).toContain('--map studentNumber=');
    const dry = await counselor(['import', fixture('skyward-other-id.xlsx'), '--dry-run', '--db', db]);
    expect(dry.code).toBe(1);
    expect(dry.stderr).toContain(sentence);
  });

  it('imports once the column holding the student numbers is chosen', async () => {
    const db = await storeWith('caseload-100.csv');
    const run = await counselor(['import', fixture('skyward-other-id.xlsx'), '--map', 'studentNumber=Student ID', '--partial', '--json', '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, number>;
    expect(out.added).toBe(60);
    expect(out.updated! + out.unchanged!).toBe(60);
    expect(out.absent).toBe(0);
  });

  it('is a normal first import into an empty store', async () => {
    const db = await storeWith(null);
    const run = await counselor(['import', fixture('skyward-other-id.xlsx'), '--json', '--db', db]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ added: 120, absent: 0 });
  });
});

describe('an import that would mark more than the threshold absent', () => {
  it('refuses 30 of 100 without --allow-absent, naming the count and the threshold', async () => {
    const db = await storeWith('caseload-100.csv');
    const result = await expectRefused(db, [fixture('missing-30-percent.csv')], 'would mark 30 of your 100 active students "not in latest roster", more than the 25');
    expect(result.stderr).toContain('10% of the active caseload or 25 students, whichever is larger');
    expect(result.stderr).toContain('--allow-absent');

    const dry = await counselor(['import', fixture('missing-30-percent.csv'), '--dry-run', '--json', '--db', db]);
    expect(dry.code).toBe(1);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, absent: 30, absentLimit: 25, unchanged: 70 });
    expect((await counselor(['import', fixture('missing-30-percent.csv'), '--dry-run', '--allow-absent', '--db', db])).code).toBe(0);
  });

  it('marks them with --allow-absent, and nobody with --partial', async () => {
    const partial = await storeWith('caseload-100.csv');
    const kept = await counselor(['import', fixture('missing-30-percent.csv'), '--partial', '--json', '--db', partial]);
    expect(kept.code).toBe(0);
    expect(JSON.parse(kept.stdout)).toMatchObject({ absent: 0, unchanged: 70 });
    expect(Object.values(statuses(partial)).filter((s) => s !== 'active')).toHaveLength(0);

    const db = await storeWith('caseload-100.csv');
    const run = await counselor(['import', fixture('missing-30-percent.csv'), '--allow-absent', '--json', '--db', db]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ absent: 30, unchanged: 70 });
    expect(Object.values(statuses(db)).filter((s) => s === 'not_in_latest_roster')).toHaveLength(30);
  });
});

describe('a student who reappears under a new number', () => {
  async function withPlans(db: string) {
    const store = await openStore(db);
    try {
      await updatePlan(store.db, '100006', { op: 'setNotes', notes: 'Wants to study nursing.' });
      await updatePlan(store.db, '100006', { op: 'addGoal', goal: { kind: 'career', text: 'Job shadow at the clinic', targetDate: null, status: 'in_progress' } });
      store.db
        .prepare(
          `INSERT INTO print_snapshot (student_number, printed_at, printed_on, lang, paper, school, pages, sha256, view)
           VALUES ('100006', '2026-11-01T18:00:00Z', '2026-11-01', 'en', 'letter', NULL, 1, ?, '{"student":{"studentNumber":"100006"}}')`,
        )
        .run('a'.repeat(64));
    } finally {
      store.close();
    }
  }

  it('is listed as "same student, new number?" on a dry run, and kept separate without --renumber', async () => {
    const db = await storeWith('caseload-100.csv');
    const dry = await counselor(['import', fixture('new-numbers.csv'), '--dry-run', '--json', '--db', db]);
    expect(dry.code).toBe(0);
    const preview = JSON.parse(dry.stdout) as { renumbered: { studentNumber: string; previousNumber: string; matchedOn: string }[] };
    expect(preview.renumbered.map((p) => [p.previousNumber, p.studentNumber, p.matchedOn])).toEqual([
      ['100006', '900005', 'dateOfBirth'],
      ['100041', '900040', 'dateOfBirth'],
      ['100078', '900077', 'dateOfBirth'],
    ]);

    const run = await counselor(['import', fixture('new-numbers.csv'), '--json', '--db', db]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { added: number; absent: number; renumbered: unknown[]; keptSeparate: unknown[] };
    expect(report).toMatchObject({ added: 4, absent: 4 });
    expect(report.renumbered).toEqual([]);
    expect(report.keptSeparate).toHaveLength(3);
  });

  it('gets the new number with --renumber, keeping plan, goals and history', async () => {
    const db = await storeWith('caseload-100.csv');
    await withPlans(db);
    const history = query<{ n: number }>(db, "SELECT count(*) AS n FROM plan_history WHERE student_number = '100006'")[0]!.n;
    expect(history).toBeGreaterThan(0);

    const run = await counselor(['import', fixture('new-numbers.csv'), '--renumber', '--json', '--db', db]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { added: number; absent: number; renumbered: { previousNumber: string }[] };
    // The fourth new number shares a name with a student who left, but not the birth date: a new student.
    expect(report).toMatchObject({ added: 1, absent: 1 });
    expect(report.renumbered.map((p) => p.previousNumber)).toEqual(['100006', '100041', '100078']);

    const s = statuses(db);
    expect(s['900005']).toBe('active');
    expect(s['100006']).toBeUndefined();
    expect(s['100091']).toBe('not_in_latest_roster');
    expect(s['900090']).toBe('active');
    expect(query(db, "SELECT notes FROM plan WHERE student_number = '900005'")).toEqual([{ notes: 'Wants to study nursing.' }]);
    expect(query(db, "SELECT text FROM plan_goal WHERE student_number = '900005'")).toEqual([{ text: 'Job shadow at the clinic' }]);
    expect(query<{ n: number }>(db, "SELECT count(*) AS n FROM plan_history WHERE student_number = '900005'")[0]!.n).toBe(history);
    expect(query(db, "SELECT * FROM plan WHERE student_number = '100006'")).toEqual([]);
    expect(query(db, 'PRAGMA foreign_key_check')).toEqual([]);
    // The printed copy stays listed with the student, and still shows the number it was printed with.
    expect(query(db, "SELECT student_number, view FROM print_snapshot")).toEqual([
      { student_number: '900005', view: '{"student":{"studentNumber":"100006"}}' },
    ]);

    // The report a counselor keeps names each renumbered student.
    const store = await openStore(db);
    try {
      const summary = importReportTable(getImport(store.db, (JSON.parse(run.stdout) as { importId: number }).importId))[0]!.rows;
      expect(summary.filter((r) => r[0] === 'Given a new number (plan kept)').map((r) => String(r[1]).replace(/^.*: /, ''))).toEqual([
        '#100006 → #900005',
        '#100041 → #900040',
        '#100078 → #900077',
      ]);
    } finally {
      store.close();
    }

    const plan = await counselor(['plan', '900005', '--json', '--db', db]);
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.stdout).notes).toBe('Wants to study nursing.');
  });
});

describe('student numbers Excel shortened to scientific notation', () => {
  it('rejects those rows with the reason, adds no student, and marks none of the students they stand for', async () => {
    const db = await storeWith('caseload-long-numbers.csv');
    const before = caseloadSnapshot(db);
    const run = await counselor(['import', fixture('excel-scientific.csv'), '--json', '--db', db]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { added: number; absent: number; unchanged: number; rejected: { value: string; reason: string }[] };
    expect(report).toMatchObject({ added: 0, absent: 0, unchanged: 4 });
    expect(report.rejected.map((r) => r.value)).toEqual(['4.12346E+11', '4.12347e+11', '4.12348E+11', '4.12349E+11', '4.1235E+11', '4.12351E+11']);
    for (const r of report.rejected) expect(r.reason).toBe('Excel shortened this number; format the column as text and export again.');
    expect(caseloadSnapshot(db)).toBe(before);
  });
});
