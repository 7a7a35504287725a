import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Another writer on the same store (the command line importing, a backup tool, a second window),
 * played by Debian's Python sqlite3 (SQLite 3.40): a separate process that takes the write lock,
 * changes one student's homeroom to B12, and holds the lock for a while before committing.
 */
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

export interface HeldLock {
  /** Resolves once the other program holds the write lock. */
  locked: Promise<void>;
  /** Resolves once it has committed and let go. */
  committed: Promise<void>;
  process: ChildProcess;
}

export function holdWriteLock(dbPath: string, studentNumber: string, seconds: number): HeldLock {
  const child = spawn('/usr/bin/python3', ['-c', HOLD, dbPath, studentNumber, String(seconds)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const waiters: (() => void)[] = [];
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    for (const w of waiters) w();
  });
  const seen = (word: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => out.includes(word) && resolve();
      waiters.push(check);
      child.once('exit', (code) => (out.includes(word) ? resolve() : reject(new Error(`python exited ${code}: ${out}`))));
      check();
    });
  return { locked: seen('locked'), committed: seen('committed'), process: child };
}
