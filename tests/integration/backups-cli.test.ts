import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseloadSnapshot } from '../helpers/store-snapshot';
import { counselor } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const bin = join(__dirname, '..', '..', 'bin', 'counselor.mjs');

interface Listed {
  backups: { path: string; file: string; takenAt: string; reason: string; bytes: number; students: number | null }[];
}

async function json<T>(args: string[]): Promise<T> {
  const run = await counselor([...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as T;
}

/** A sample school whose first plan edit of the day took a daily backup. */
async function storeWithBackup() {
  const db = join(tempDir(), 'school.db');
  const { studentsAdded } = await json<{ studentsAdded: number }>(['demo', '--db', db]);
  const snapshot = caseloadSnapshot(db);
  const { students } = await json<{ students: { studentNumber: string }[] }>(['students', '--db', db]);
  await json(['plan', students[0]!.studentNumber, '--apply', 'welding', '--db', db]);
  return { db, studentsAdded, snapshot };
}

describe('counselor backups and counselor restore', () => {
  it('lists the backups with when, why, size and students, and restores one after backing up the store', async () => {
    const { db, studentsAdded, snapshot } = await storeWithBackup();
    const listed = await json<Listed>(['backups', '--db', db]);
    expect(listed.backups).toHaveLength(1);
    const daily = listed.backups[0]!;
    expect(daily).toMatchObject({ reason: 'daily', students: studentsAdded, bytes: statSync(daily.path).size });
    expect(dirname(daily.path)).toBe(join(dirname(db), 'backups'));
    expect(Date.now() - Date.parse(daily.takenAt)).toBeLessThan(60_000);

    // The counselor's later change is replaced by the backup, and kept in the before-restore copy.
    const writer = new Database(db);
    writer.prepare("UPDATE student SET first_name = 'Changed'").run();
    writer.close();

    const restored = await json<{ students: number; beforeRestorePath: string; restored: { file: string } }>(['restore', daily.file, '--db', db]);
    expect(restored).toMatchObject({ students: studentsAdded, restored: { file: daily.file } });
    expect(caseloadSnapshot(db)).toBe(snapshot);
    expect(caseloadSnapshot(restored.beforeRestorePath)).toContain('"first_name":"Changed"');

    const after = await json<Listed>(['backups', '--db', db]);
    expect(after.backups.map((b) => b.reason)).toEqual(['before-restore', 'daily']);

    const text = await counselor(['backups', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('before a restore');
    expect(text.stdout).toContain('daily, before the first change of the day');
    expect(text.stdout).toContain(`${studentsAdded} students`);
    expect(text.stdout).toMatch(/2 backups in /);
  });

  it('refuses what it cannot restore with one line and exit 1, and wrong usage with exit 2', async () => {
    const { db, snapshot } = await storeWithBackup();
    const note = join(tempDir(), 'note.db');
    writeFileSync(note, 'Call the Nguyễn family on Tuesday.');

    for (const [backup, sentence] of [
      ['counselor-2020-01-01T00-00-00-000Z-daily.db', /There is no backup/],
      [note, /is not a Counselor Workstation backup \(it is not an SQLite database\); the store was not changed/],
      [db, /is the store itself/],
    ] as const) {
      const run = await counselor(['restore', backup, '--db', db]);
      expect(run.code, backup).toBe(1);
      expect(run.stderr).toMatch(sentence);
      expect(run.stderr.split('\n')).toHaveLength(1);
    }
    expect(caseloadSnapshot(db)).toBe(snapshot);
    expect((await counselor(['restore', '--db', db])).code).toBe(2);
    expect((await counselor(['restore', 'a.db', 'b.db', '--db', db])).code).toBe(2);
    expect((await counselor(['backups', 'extra', '--db', db])).code).toBe(2);
  });

  it('lists and restores backups of a store the normal open refuses as damaged', async () => {
    const { db, snapshot } = await storeWithBackup();
    const [daily] = (await json<Listed>(['backups', '--db', db])).backups;
    // Pages of the tables overwritten while nothing had the store open (a failing disk, a bad sync).
    const bytes = readFileSync(db);
    expect(existsSync(`${db}-wal`)).toBe(false);
    bytes.fill(0x5a, 4096 * 4, bytes.length - 4096 * 2);
    writeFileSync(db, bytes);
    const refused = await counselor(['students', '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/damaged/);

    const listed = await json<Listed>(['backups', '--db', db]);
    expect(listed.backups.map((b) => b.file)).toEqual([daily!.file]);
    const restored = await json<{ beforeRestorePath: string }>(['restore', daily!.file, '--db', db]);

    expect(caseloadSnapshot(db)).toBe(snapshot);
    const check = new Database(db, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    // The damaged state is kept too, as it was: someone may want to look at it.
    expect(readFileSync(restored.beforeRestorePath).subarray(4096 * 4, 4096 * 5).every((b) => b === 0x5a)).toBe(true);
    expect((await counselor(['students', '--db', db])).code).toBe(0);
  });

  it('runs as the installed bin: a restore under umask 000 still writes a backup only its owner can read', async () => {
    const { db } = await storeWithBackup();
    const [daily] = (await json<Listed>(['backups', '--db', db])).backups;
    const run = spawnSync('/bin/sh', ['-c', 'umask 000 && exec "$0" "$@"', process.execPath, bin, 'restore', daily!.file, '--json', '--db', db], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { beforeRestorePath } = JSON.parse(run.stdout) as { beforeRestorePath: string };
    expect(statSync(beforeRestorePath).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(beforeRestorePath)).mode & 0o777).toBe(0o700);
  });
});
