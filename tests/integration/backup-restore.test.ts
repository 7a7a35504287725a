import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CounselorError } from '../../src/shared/errors';
import { createHandlers } from '../../src/main/core/api';
import { dispatch } from '../../src/main/core/dispatch';
import { loadSampleSchool, sampleStudents } from '../../src/main/core/sample/load';
import { saveStudents } from '../../src/main/core/students/repository';
import { backupFolder, backupStore } from '../../src/main/core/store/backup';
import { listBackups } from '../../src/main/core/store/backup-list';
import { openStore, type Store } from '../../src/main/core/store/connection';
import { migrations } from '../../src/main/core/store/migrations';
import { restoreBackup } from '../../src/main/core/store/restore';
import { caseloadSnapshot } from '../helpers/store-snapshot';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();
const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 14, 0, 0));
const count = (store: Store) => (store.db.prepare('SELECT count(*) AS n FROM student').get() as { n: number }).n;

async function sampleStore(): Promise<Store> {
  const store = await openStore(join(tempDir(), 'counselor.db'));
  loadSampleSchool(store.db);
  return store;
}

function sha256(path: string): string {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'absent';
}

/** The store's bytes as they are on disk, -wal included, and the backups beside it. */
function diskState(store: Store) {
  return {
    main: sha256(store.path),
    wal: sha256(`${store.path}-wal`),
    backups: readdirSync(backupFolder(store.path)).sort(),
  };
}

async function refusal(promise: Promise<unknown>): Promise<CounselorError> {
  const e = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(CounselorError);
  return e as CounselorError;
}

describe('backups a counselor can use', () => {
  it('lists backups newest first with when, why, size and students; an unreadable copy is listed as such', async () => {
    const store = await openStore(join(tempDir(), 'counselor.db'));
    const empty = await backupStore(store.db, store.path, 'before-import', day(0));
    const { studentsAdded } = loadSampleSchool(store.db);
    const full = await backupStore(store.db, store.path, 'daily', day(1));
    // A copy cut short (a disk that filled up) and a file that is no database at all.
    const folder = backupFolder(store.path);
    const truncated = join(folder, 'counselor-2026-11-03T14-00-00-000Z-before-catalog-import.db');
    writeFileSync(truncated, readFileSync(full).subarray(0, 4096));
    const garbage = join(folder, 'counselor-2026-11-04T14-00-00-000Z-before-restore.db');
    writeFileSync(garbage, 'this is not a database, it is a note somebody saved here');
    writeFileSync(join(folder, 'notes.txt'), 'not a backup');

    const listed = listBackups(store.db, store.path);
    expect(listed.map((b) => b.file)).toEqual([basename(garbage), basename(truncated), basename(full), basename(empty)]);
    expect(listed[2]).toEqual({
      path: full,
      file: basename(full),
      takenAt: '2026-11-02T14:00:00.000Z',
      reason: 'daily',
      bytes: statSync(full).size,
      students: studentsAdded,
      problem: null,
    });
    expect(listed[3]).toMatchObject({ reason: 'before-import', students: 0, problem: null });
    expect(listed[0]).toMatchObject({ reason: 'before-restore', students: null, problem: 'not an SQLite database' });
    expect(listed[1]).toMatchObject({ students: null });
    expect(listed[1]!.problem).toMatch(/damaged|cannot be read|not a Counselor/);
    // Reading the copies leaves nothing beside them.
    expect(readdirSync(folder).filter((f) => /-(wal|shm|journal)$/.test(f))).toEqual([]);
    store.close();
  });

  it('restores a backup into the open store, after taking a backup of the state it replaces', async () => {
    const store = await sampleStore();
    const before = caseloadSnapshot(store.path);
    const taken = await backupStore(store.db, store.path, 'before-import', day(0));
    store.db.prepare("UPDATE student SET first_name = 'Changed'").run();
    store.db.prepare('DELETE FROM guardian').run();
    const changed = caseloadSnapshot(store.path);

    const result = await restoreBackup(store, basename(taken), { now: day(1) });

    // The open connection reads the restored caseload at once; so does any other reader.
    expect(store.db.prepare("SELECT count(*) AS n FROM student WHERE first_name = 'Changed'").get()).toEqual({ n: 0 });
    expect(caseloadSnapshot(store.path)).toBe(before);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(result).toMatchObject({ students: count(store), fromVersion: migrations.length, toVersion: migrations.length });
    expect(result.restored.file).toBe(basename(taken));
    expect(basename(result.beforeRestorePath)).toBe('counselor-2026-11-02T14-00-00-000Z-before-restore.db');
    expect(caseloadSnapshot(result.beforeRestorePath)).toBe(changed);
    // A path works as well as a name from the list.
    await restoreBackup(store, result.beforeRestorePath, { now: day(2) });
    expect(caseloadSnapshot(store.path)).toBe(changed);
    store.close();
  });

  it('restores over a leftover -wal from a crashed writer: the backup comes back whole, integrity_check ok', async () => {
    const store = await sampleStore();
    const taken = await backupStore(store.db, store.path, 'before-import', day(0));
    const wanted = caseloadSnapshot(taken);
    store.close();
    crashWhileWriting(store.path);
    const walBytes = statSync(`${store.path}-wal`).size;
    expect(walBytes).toBeGreaterThan(4096 * 4);
    // The control: a plain file copy of the backup over this store is read back with the crashed
    // writer's -wal, which brings its committed frames back on top of the "restored" file.
    const control = join(tempDir(), 'counselor.db');
    copyFileSync(taken, control);
    copyFileSync(`${store.path}-wal`, `${control}-wal`);
    expect(safeSnapshot(control)).not.toBe(wanted);

    const reopened = await openStore(store.path);
    expect(reopened.db.prepare("SELECT count(*) AS n FROM student WHERE first_name = 'Crashed'").get()).toEqual({ n: count(reopened) });
    await restoreBackup(reopened, basename(taken), { now: day(1) });
    reopened.close();

    const check = new Database(store.path, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    expect(caseloadSnapshot(store.path)).toBe(wanted);
  });

  it('refuses a damaged, a too-new, a foreign and a non-SQLite backup with one sentence, leaving the store as it was', async () => {
    const store = await sampleStore();
    const good = await backupStore(store.db, store.path, 'before-import', day(0));
    const folder = backupFolder(store.path);
    const copy = (name: string, change: (db: Database.Database) => void) => {
      const path = join(folder, name);
      copyFileSync(good, path);
      const db = new Database(path);
      change(db);
      db.close();
      return path;
    };
    const tooNew = copy('counselor-2026-11-05T14-00-00-000Z-daily.db', (db) => db.pragma('user_version = 99'));
    // Another program's database saved under a backup's name.
    const foreign = join(folder, 'counselor-2026-11-06T14-00-00-000Z-daily.db');
    const other = new Database(foreign);
    other.exec("CREATE TABLE moz_places (url TEXT); INSERT INTO moz_places VALUES ('https://dpi.wi.gov')");
    other.close();
    const damaged = join(folder, 'counselor-2026-11-07T14-00-00-000Z-daily.db');
    const bytes = readFileSync(good);
    bytes.fill(0xa5, 4096 * 3, bytes.length - 4096); // pages of the tables, overwritten
    writeFileSync(damaged, bytes);
    const text = join(folder, 'counselor-2026-11-08T14-00-00-000Z-daily.db');
    writeFileSync(text, 'Student Number,Last Name\n100107,Nguyễn\n');
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const state = diskState(store);
    const caseload = caseloadSnapshot(store.path);

    const cases: [string, string, RegExp][] = [
      [tooNew, 'store_too_new', /newer version of Counselor Workstation \(store version 99/],
      [foreign, 'file_unreadable', /is not a Counselor Workstation backup/],
      [damaged, 'store_damaged', /damaged/],
      [text, 'file_unreadable', /not an SQLite database/],
      ['counselor-2026-01-01T00-00-00-000Z-daily.db', 'not_found', /There is no backup/],
    ];
    for (const [file, code, sentence] of cases) {
      const e = await refusal(restoreBackup(store, basename(file), { now: day(1) }));
      expect(e.code, file).toBe(code);
      expect(e.message).toMatch(sentence);
      expect(e.message).not.toContain('\n');
      if (code !== 'not_found') expect(e.message).toContain('the store was not changed');
      expect(diskState(store)).toEqual(state);
    }
    expect(caseloadSnapshot(store.path)).toBe(caseload);
    store.close();
  });

  it('over the contract, restores only a file of the backups folder, by name', async () => {
    const store = await sampleStore();
    const taken = await backupStore(store.db, store.path, 'before-import', day(0));
    const elsewhere = join(tempDir(), 'elsewhere.db');
    copyFileSync(taken, elsewhere);
    const handlers = createHandlers(store);
    const cwd = process.cwd();
    process.chdir(dirname(elsewhere));
    try {
      const byName = await dispatch(handlers, 'store.restore', { file: 'elsewhere.db' });
      expect(byName).toMatchObject({ ok: false, error: { code: 'not_found' } });
      const byPath = await dispatch(handlers, 'store.restore', { file: elsewhere });
      expect(byPath).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    } finally {
      process.chdir(cwd);
    }
    const listed = await dispatch(handlers, 'store.backups', {});
    expect(listed).toMatchObject({ ok: true, value: { backups: [{ file: basename(taken) }] } });
    const restored = await dispatch(handlers, 'store.restore', { file: basename(taken) });
    expect(restored).toMatchObject({ ok: true, value: { restored: { file: basename(taken) } } });
    store.close();
  });

  it('refuses the store itself named as the backup, without opening the live file by other means', async () => {
    const store = await sampleStore();
    const caseload = caseloadSnapshot(store.path);
    const e = await refusal(restoreBackup(store, store.path, { now: day(1) }));
    expect(e.code).toBe('invalid_input');
    expect(e.message).toMatch(/is the store itself, not a backup/);
    // Through a link, too: the same file under another name.
    symlinkSync(store.path, join(dirname(store.path), 'looks-like-a-backup.db'));
    const linked = await refusal(restoreBackup(store, join(dirname(store.path), 'looks-like-a-backup.db'), { now: day(1) }));
    expect(linked.message).toMatch(/is the store itself, not a backup/);
    expect(caseloadSnapshot(store.path)).toBe(caseload);
    store.close();
  });

  it('waits for another writer, and past the wait gives up with one sentence before writing anything', async () => {
    const store = await sampleStore();
    const taken = await backupStore(store.db, store.path, 'before-import', day(0));
    store.db.prepare("UPDATE student SET first_name = 'Kept'").run();
    const caseload = caseloadSnapshot(store.path);
    // Another program (here a second connection) in the middle of a write transaction.
    const other = new Database(store.path);
    other.exec('BEGIN IMMEDIATE');
    other.prepare("UPDATE student SET homeroom = 'B12'").run();

    const e = await refusal(restoreBackup(store, basename(taken), { now: day(1), busyWaitMs: 300 }));
    expect(e.code).toBe('busy');
    expect(e.message).toMatch(/is busy with another change \(an import\?\); nothing was restored/);
    other.exec('ROLLBACK');
    other.close();
    expect(caseloadSnapshot(store.path)).toBe(caseload);

    // A writer that finishes within the wait: the restore waits for it, then goes through (better-
    // sqlite3 alone would report this copy done with nothing copied).
    const again = new Database(store.path);
    again.exec('BEGIN IMMEDIATE');
    again.prepare("UPDATE student SET homeroom = 'C7'").run();
    setTimeout(() => {
      again.exec('COMMIT');
      again.close();
    }, 400);
    await restoreBackup(store, basename(taken), { now: day(2), busyWaitMs: 5000 });
    expect(caseloadSnapshot(store.path)).toBe(caseloadSnapshot(taken));
    store.close();
  });

  it('restoring a backup from an older version applies the migrations it lacks', async () => {
    const oldPath = join(tempDir(), 'counselor.db');
    const old = await openStore(oldPath, { migrations: migrations.slice(0, 4) });
    // Students only: today's sample loader writes columns later migrations add.
    saveStudents(old.db, sampleStudents(day(0)), day(0));
    const taken = await backupStore(old.db, old.path, 'before-v4', day(0));
    old.close();
    const store = await openStore(join(tempDir(), 'counselor.db'));

    const result = await restoreBackup(store, taken, { now: day(1) });

    expect(result).toMatchObject({ fromVersion: 4, toVersion: migrations.length });
    expect(store.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(count(store)).toBe(result.students);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    store.close();
  });
});

/**
 * Another program (Python's sqlite3) commits changes to the store and is killed in the middle of a
 * larger transaction: the -wal then holds committed frames not yet in the main file, and
 * uncommitted ones after them.
 */
function crashWhileWriting(storePath: string): void {
  const script = `
import os, signal, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA wal_autocheckpoint = 0")
db.execute("PRAGMA cache_size = 2")
db.execute("UPDATE student SET first_name = 'Crashed'")
db.execute("BEGIN")
db.execute("UPDATE student SET last_name = 'Halfway', homeroom = hex(randomblob(400))")
db.execute("CREATE TABLE filler (x)")
db.executemany("INSERT INTO filler VALUES (randomblob(3000))", [() for _ in range(200)])
os.kill(os.getpid(), signal.SIGKILL)
`;
  const run = spawnSync('/usr/bin/python3', ['-c', script, storePath], { encoding: 'utf8' });
  expect(run.signal).toBe('SIGKILL');
}

/** A snapshot, or the error a broken file gives: either way, not the backup's caseload. */
function safeSnapshot(path: string): string {
  try {
    return caseloadSnapshot(path);
  } catch (e) {
    return `unreadable: ${(e as Error).message}`;
  }
}
