import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { counselor } from '../../helpers/cli';
import { useTempDir } from '../../helpers/temp';

/**
 * Two `counselor import` processes with different full rosters against one store file. The test
 * holds the write lock while both start, so both have read the store, compared and backed up
 * before either may write: exactly the overlap in which a difference computed before the lock
 * goes stale. Once the lock is free, whichever commits second must leave every student its file
 * does not list "not in latest roster".
 */

const tempDir = useTempDir();
const fixture = (name: string) => join(__dirname, '..', '..', 'fixtures', 'roster', name);
const bin = join(__dirname, '..', '..', '..', 'bin', 'counselor.mjs');

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
}

describe('two full-roster imports at once', () => {
  it('apply the second one against the first one, not a stale difference', async () => {
    const dir = tempDir();
    const db = join(dir, 'school.db');
    expect((await counselor(['import', fixture('caseload-100.csv'), '--db', db])).code).toBe(0);

    // Each file leaves out ten students of the caseload and brings ten new ones.
    const [header, ...lines] = readFileSync(fixture('caseload-100.csv'), 'utf8').trim().split(/\r?\n/);
    const roster = (name: string, leaveOut: number, firstNew: number) => {
      const kept = lines.filter((_, i) => i < leaveOut || i >= leaveOut + 10);
      const added = Array.from({ length: 10 }, (_, i) => `${firstNew + i},Newcomer${firstNew + i},Sam,10,2010-05-05`);
      writeFileSync(join(dir, name), [header, ...kept, ...added].join('\r\n'));
      return new Set([...kept, ...added].map((l) => l.split(',')[0]!));
    };
    const files = { 'b.csv': roster('b.csv', 0, 200001), 'c.csv': roster('c.csv', 10, 300001) };

    const backups = join(dir, 'backups');
    const before = existsSync(backups) ? readdirSync(backups).length : 0;
    const holder = new Database(db);
    holder.exec('BEGIN IMMEDIATE');
    const runs = Object.keys(files).map((name) => run(['import', join(dir, name), '--json', '--db', db]));
    // Both have compared and backed up, and now wait for the lock (within SQLite's busy timeout).
    await until(() => readdirSync(backups).length >= before + 2, 4_000);
    await new Promise((r) => setTimeout(r, 200));
    holder.exec('ROLLBACK');
    holder.close();
    const results = await Promise.all(runs);
    for (const r of results) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }

    const check = new Database(db, { readonly: true });
    try {
      const log = check.prepare('SELECT file_name, report FROM roster_import ORDER BY id').all() as { file_name: string; report: string }[];
      const second = log[log.length - 1]!;
      expect(['b.csv', 'c.csv']).toContain(second.file_name);
      const listed = files[second.file_name as keyof typeof files];
      const students = check.prepare('SELECT student_number, status FROM student').all() as { student_number: string; status: string }[];
      expect(students).toHaveLength(120);
      const wrong = students.filter((s) => (s.status === 'active') !== listed.has(s.student_number));
      expect(wrong).toEqual([]);
      // The second import reports what it did on the store as the first one left it: the ten the
      // first marked come back, its ten newcomers and the first's ten are marked.
      expect(JSON.parse(second.report).counts).toEqual({ added: 10, updated: 10, unchanged: 80, absent: 20, rejected: 0 });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      check.close();
    }
  }, 60_000);
});
