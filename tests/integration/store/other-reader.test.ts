import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../e2e/fixtures/browser-mode';

/**
 * The hazard of SQLite's "How To Corrupt" §2.2: a process holding a connection that opens and
 * closes the store file by any other means drops its own POSIX locks. Another program with an
 * older SQLite (Debian 12's Python: 3.40) then believes it is alone, deletes the live -wal, and
 * every acknowledged save after that is lost at the next crash. This runs the sequence a counselor's
 * computer runs: browser mode, a job, a backup tool reading the store, a save, a power cut.
 */
const PYTHON = '/usr/bin/python3';
let app: RunningApp | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

async function waitForJob(a: RunningApp, method: 'roster.previewStatus' | 'print.status', jobId: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const s = await a.value<{ state: string }>(method, { jobId });
    if (s.state !== 'running') return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the job did not finish');
}

function readWithOlderSqlite(dbPath: string): string {
  return execFileSync(
    PYTHON,
    ['-c', 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("select count(*) from student").fetchone(); print(sqlite3.sqlite_version)', dbPath],
    { encoding: 'utf8' },
  ).trim();
}

describe('a second program reading the store while the application runs', () => {
  it('keeps every acknowledged save through a crash after a job and an outside reader', async () => {
    app = await startApp();
    await app.value('sample.load');
    const { students } = await app.value<{ students: { studentNumber: string }[] }>('students.list');
    const studentNumber = students[0]!.studentNumber;

    // Any job: printing a plan runs in a worker thread with its own connection to the store.
    const { jobId } = await app.value<{ jobId: string }>('print.start', {
      selection: { studentNumbers: [studentNumber] },
      mode: 'combined',
    });
    await waitForJob(app, 'print.status', jobId);

    expect(readWithOlderSqlite(app.dbPath)).toMatch(/^3\./);

    const notes = 'Met with family 12/1: wants welding dual credit.';
    await app.value('plans.update', { studentNumber, operation: { op: 'setNotes', notes } });
    await app.crash();

    const db = new Database(app.dbPath);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const row = db.prepare('SELECT notes FROM plan WHERE student_number = ?').get(studentNumber) as { notes: string } | undefined;
      expect(row?.notes).toBe(notes);
    } finally {
      db.close();
    }
  });
});
