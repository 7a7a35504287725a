import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/main/core/api';
import { dispatch } from '../../src/main/core/dispatch';
import { loadSampleSchool } from '../../src/main/core/sample/load';
import { backupFolder, backupStore } from '../../src/main/core/store/backup';
import { openStore } from '../../src/main/core/store/connection';
import { restoreBackup } from '../../src/main/core/store/restore';
import { caseloadSnapshot } from '../helpers/store-snapshot';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

afterEach(() => {
  vi.useRealTimers();
});

/** Only Date is faked: SQLite's backup steps run on setImmediate, which must stay real. */
function at(iso: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

const dailies = (storePath: string) =>
  readdirSync(backupFolder(storePath))
    .filter((f) => f.endsWith('-daily.db'))
    .sort();

describe('plan edits are backed up too', () => {
  it('takes one daily backup on the first plan save of a day, none on later saves, another the next day', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    loadSampleSchool(store.db);
    const student = (store.db.prepare('SELECT student_number AS n FROM student ORDER BY 1 LIMIT 1').get() as { n: string }).n;
    const handlers = createHandlers(store);
    const save = async (notes: string) => {
      const answer = await dispatch(handlers, 'plans.update', { studentNumber: student, operation: { op: 'setNotes', notes } });
      expect(answer.ok, JSON.stringify(answer)).toBe(true);
    };

    at('2026-11-02T09:00:00');
    await save('First note of Monday.');
    await save('Second note of Monday.');
    await dispatch(handlers, 'plans.applyProgram', { studentNumber: student, programId: 'welding' });
    expect(dailies(store.path)).toHaveLength(1);
    // The copy holds the day as it began: before the first note.
    const monday = join(backupFolder(store.path), dailies(store.path)[0]!);
    const notesIn = (path: string) => {
      const db = new Database(path, { readonly: true });
      try {
        return (db.prepare('SELECT notes FROM plan WHERE student_number = ?').get(student) as { notes: string | null } | undefined)?.notes ?? null;
      } finally {
        db.close();
      }
    };
    expect(notesIn(monday)).toBeNull();

    at('2026-11-02T22:30:00');
    await save('Late on Monday.');
    expect(dailies(store.path)).toHaveLength(1);

    at('2026-11-03T08:00:00');
    await save('Tuesday.');
    expect(dailies(store.path)).toHaveLength(2);
    const tuesday = join(backupFolder(store.path), dailies(store.path)[1]!);
    expect(notesIn(tuesday)).toBe('Late on Monday.');
    store.close();
  });

  it('remembers across runs that today already has a daily backup', async () => {
    const path = join(tempDir(), 'counselor.db');
    const first = await openStore(path);
    loadSampleSchool(first.db);
    // Taken by an earlier run today, found on disk by this one.
    at('2026-11-04T10:00:00');
    await backupStore(first.db, path, 'daily', new Date('2026-11-04T07:00:00'));
    const handlers = createHandlers(first);
    const current = await dispatch(handlers, 'requirements.get', {});
    if (!current.ok) throw new Error(JSON.stringify(current));
    const saved = await dispatch(handlers, 'requirements.save', current.value);
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    expect(dailies(path)).toHaveLength(1);
    first.close();
  });
});

describe('backups only their owner can read', () => {
  it('makes the backups folder 0700 and every backup 0600 even with a permissive umask', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    loadSampleSchool(store.db);
    const previous = process.umask(0o000);
    try {
      // A folder and a copy made earlier by another version, open to everyone.
      mkdirSync(backupFolder(store.path), { mode: 0o777 });
      expect(statSync(backupFolder(store.path)).mode & 0o777).toBe(0o777);
      const older = join(backupFolder(store.path), 'counselor-2026-10-01T02-00-00-000Z-before-import.db');
      writeFileSync(older, '', { mode: 0o666 });
      expect(statSync(older).mode & 0o777).toBe(0o666);
      const taken = await backupStore(store.db, store.path, 'before-import', new Date(Date.UTC(2026, 10, 1)));
      const restored = await restoreBackup(store, taken, { now: new Date(Date.UTC(2026, 10, 2)) });

      expect(statSync(backupFolder(store.path)).mode & 0o777).toBe(0o700);
      for (const file of [older, taken, restored.beforeRestorePath]) expect(statSync(file).mode & 0o777, file).toBe(0o600);
      expect(readdirSync(backupFolder(store.path))).toHaveLength(3);
      expect(caseloadSnapshot(restored.beforeRestorePath)).toBe(caseloadSnapshot(taken));
    } finally {
      process.umask(previous);
      store.close();
    }
  });
});
