import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/core/api';
import { dispatch } from '../../../src/main/core/dispatch';
import { loadSampleSchool } from '../../../src/main/core/sample/load';
import { openStore, type Store } from '../../../src/main/core/store/connection';
import { BUSY_TIMEOUT_MS } from '../../../src/main/core/store/transaction';
import { useTempDir } from '../../helpers/temp';

/**
 * Another writer on the same store: the command line importing, a backup tool, a second window.
 * Played by Debian's Python sqlite3 (SQLite 3.40), a separate process that takes the write lock,
 * changes a student and holds the lock for a while before committing.
 */
const tempDir = useTempDir();
const holders: ChildProcess[] = [];
afterEach(() => {
  for (const h of holders.splice(0)) h.kill('SIGKILL');
});

const HOLD = `
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
c.execute('BEGIN IMMEDIATE')
c.execute("UPDATE student SET homeroom = 'B12' WHERE student_number = ?", (sys.argv[2],))
print('locked', flush=True)
time.sleep(float(sys.argv[3]))
c.execute('COMMIT')
print('committed', flush=True)
`;

/** Resolves once the other program holds the write lock; `committed` once it has let go. */
function holdWriteLock(dbPath: string, studentNumber: string, seconds: number) {
  const child = spawn('/usr/bin/python3', ['-c', HOLD, dbPath, studentNumber, String(seconds)], { stdio: ['ignore', 'pipe', 'inherit'] });
  holders.push(child);
  let out = '';
  const seen = (word: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => out.includes(word) && resolve();
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        check();
      });
      child.once('exit', (code) => (out.includes(word) ? resolve() : reject(new Error(`python exited ${code}: ${out}`))));
      check();
    });
  return { locked: seen('locked'), committed: seen('committed') };
}

async function sampleStore(): Promise<{ store: Store; studentNumber: string }> {
  const store = await openStore(join(tempDir(), 'counselor.db'));
  loadSampleSchool(store.db);
  const { student_number } = store.db.prepare('SELECT student_number FROM student ORDER BY student_number LIMIT 1').get() as {
    student_number: string;
  };
  return { store, studentNumber: student_number };
}

describe('a plan saved while another program writes to the store', () => {
  it('waits for the other writer and is saved, instead of failing at once', async () => {
    const { store, studentNumber } = await sampleStore();
    const other = holdWriteLock(store.path, studentNumber, 1);
    await other.locked;
    const handlers = createHandlers(store);
    const saved = await dispatch(handlers, 'plans.update', { studentNumber, operation: { op: 'setNotes', notes: 'Saved while importing.' } });
    expect(saved).toMatchObject({ ok: true });
    await other.committed;
    const row = store.db.prepare('SELECT notes FROM plan WHERE student_number = ?').get(studentNumber) as { notes: string };
    expect(row.notes).toBe('Saved while importing.');
    // The other program's change is there too: nobody's work was lost.
    expect(store.db.prepare('SELECT homeroom FROM student WHERE student_number = ?').pluck().get(studentNumber)).toBe('B12');
    store.close();
  });

  it('says the store is busy, in a sentence, when the other writer holds on longer than we wait', async () => {
    const { store, studentNumber } = await sampleStore();
    const other = holdWriteLock(store.path, studentNumber, BUSY_TIMEOUT_MS / 1000 + 2);
    await other.locked;
    const started = Date.now();
    const refused = await dispatch(createHandlers(store), 'plans.update', { studentNumber, operation: { op: 'setNotes', notes: 'Not yet.' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(BUSY_TIMEOUT_MS - 100);
    expect(refused).toMatchObject({ ok: false, error: { code: 'busy' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/busy.*not saved.*try again/i);
    await other.committed;
    expect(store.db.prepare('SELECT notes FROM plan WHERE student_number = ?').pluck().get(studentNumber) ?? null).not.toBe('Not yet.');
    store.close();
  }, 20_000);
});
