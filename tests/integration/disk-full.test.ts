import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { counselor } from '../helpers/cli';
import { createHandlers } from '../../src/main/core/api';
import { dispatch } from '../../src/main/core/dispatch';
import { workerLauncher } from '../../src/main/core/jobs/launch';
import { JobRegistry } from '../../src/main/core/jobs/registry';
import { openStore } from '../../src/main/core/store/connection';
import { adoptSampleAsOwn } from './plans/stores';

/**
 * A full disk during an import, a print and an export, on a real file system that really fills up:
 * a 2 MB tmpfs (mounting needs root, which this machine's test runs have; elsewhere these tests are
 * skipped and say so). Each case: one sentence naming the file, exit 1, and nothing changed.
 */

const root = mkdtempSync(join(tmpdir(), 'cw-diskfull-'));
const disk = join(root, 'disk');
const away = join(root, 'away'); // on the ordinary disk: the roster files to import
mkdirSync(disk);
mkdirSync(away);
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m,mode=0755', 'tmpfs', disk], { encoding: 'utf8' }).status === 0;
if (!mounted) console.warn('disk-full tests skipped: cannot mount a small tmpfs here (needs root).');

const store = join(disk, 'school.db');
/** For prints and exports: the store on the ordinary disk, the file written on the full one. */
const storeElsewhere = join(away, 'school.db');
const filler = join(disk, 'filler');

function sentence(place: string): string {
  return `counselor: The disk holding ${place} is full; free some space and try again. Nothing was changed.`;
}

/** Takes every free byte but `leave` (tmpfs counts whole 4 KB pages). */
function fillDisk(leave = 0): void {
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  let size = 0;
  try {
    for (;;) size += writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
    ftruncateSync(fd, Math.max(0, size - leave));
  } finally {
    closeSync(fd);
  }
}

function studentCount(): number {
  const db = new Database(store, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return (db.prepare('select count(*) as n from student').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A roster far larger than the disk has room for once the store and its backup are on it. */
function bigRoster(): string {
  const file = join(away, 'big-roster.csv');
  if (existsSync(file)) return file;
  const lines = ['Student_Number,LastFirst,Grade_Level,Counselor'];
  for (let i = 0; i < 20_000; i++) lines.push(`${500000 + i},"Student${i}, Name${i} with a longer given name",${9 + (i % 4)},Ms. Alvarez`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function expectOneSentence(result: { code: number; stdout: string; stderr: string }, place: string): void {
  expect(result.stderr).toBe(sentence(place));
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(/report this|\n\s+at /);
}

/** No temporary files left over and nothing else this run wrote. */
function filesOnDisk(): string[] {
  return readdirSync(disk, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('lost+found')).sort();
}

beforeAll(async () => {
  if (!mounted) return;
  expect((await counselor(['demo', '--db', store])).code).toBe(0);
  expect((await counselor(['demo', '--db', storeElsewhere])).code).toBe(0);
  // The sample's students kept as the school's own: a store holding the sample school takes no import.
  const opened = await openStore(store);
  adoptSampleAsOwn(opened).close();
});

afterEach(() => rmSync(filler, { force: true }));

afterAll(() => {
  // A process of the last test (a CLI's store connection) can still hold the small disk for a
  // moment: then detach it lazily (the kernel frees it when the last file closes), so the folder
  // can go and no mount is left behind.
  if (mounted && spawnSync('umount', [disk]).status !== 0) spawnSync('umount', ['-l', disk]);
  rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

describe.runIf(mounted)('a full disk', () => {
  it('during an import: one sentence naming the store, exit 1, the caseload as it was', async () => {
    const before = studentCount();
    const result = await counselor(['import', bigRoster(), '--partial', '--db', store]);
    expectOneSentence(result, store);
    expect(studentCount()).toBe(before);
  });

  it('before an import can even take its backup: the same sentence', async () => {
    rmSync(join(disk, 'backups'), { recursive: true, force: true });
    const before = studentCount();
    fillDisk();
    const result = await counselor(['import', bigRoster(), '--partial', '--db', store]);
    expectOneSentence(result, store);
    rmSync(filler);
    expect(studentCount()).toBe(before);
  });

  it('during a print to one file: the previous PDF is left whole, no truncated file', async () => {
    const out = join(disk, 'grade-11.pdf');
    writeFileSync(out, 'the PDF printed last week');
    const files = filesOnDisk();
    fillDisk(16 * 1024);
    const result = await counselor(['print', '--all', '--out', out, '--db', storeElsewhere]);
    expectOneSentence(result, out);
    expect(readFileSync(out, 'utf8')).toBe('the PDF printed last week');
    expect(filesOnDisk()).toEqual([...files, 'filler'].sort());
    rmSync(out);
  });

  it('during a print to a folder: no file of that run is left', async () => {
    const folder = join(disk, 'plans');
    fillDisk(64 * 1024);
    const result = await counselor(['print', '--all', '--out-dir', folder, '--db', storeElsewhere]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^counselor: The disk holding ${folder}/[^/]+\\.pdf is full; free some space and try again\\. Nothing was changed\\.$`));
    expect(readdirSync(folder)).toEqual([]);
  });

  it('when the store itself cannot open for want of room: one sentence naming the store', async () => {
    const small = join(disk, 'small.db');
    expect((await counselor(['students', '--db', small])).code).toBe(0);
    fillDisk();
    // SQLite says only "disk I/O error" here (it cannot grow the store's -shm file).
    expectOneSentence(await counselor(['students', '--db', small]), small);
    const fresh = join(disk, 'fresh.db');
    expectOneSentence(await counselor(['students', '--db', fresh]), fresh);
  });

  it('during an export: one sentence naming the file, and no file', async () => {
    const out = join(disk, 'caseload.xlsx');
    fillDisk();
    const result = await counselor(['export', 'caseload', '--out', out, '--db', storeElsewhere]);
    expectOneSentence(result, out);
    expect(existsSync(out)).toBe(false);
    rmSync(filler);
    // ...and with room, the same export works (so the failure above was the disk).
    expect((await counselor(['export', 'caseload', '--out', out, '--db', storeElsewhere])).code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(1000);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('in the application, a plan save: the same sentence (not "internal"), and the plan as it was', async () => {
    const opened = await openStore(store);
    try {
      const handlers = createHandlers(opened);
      const listed = await dispatch(handlers, 'students.list', {});
      if (!listed.ok) throw new Error(JSON.stringify(listed));
      const studentNumber = (listed.value as { students: { studentNumber: string }[] }).students[0]!.studentNumber;
      const before = await dispatch(handlers, 'plans.get', { studentNumber });
      fillDisk();
      const saved = await dispatch(handlers, 'plans.update', { studentNumber, operation: { op: 'setNotes', notes: 'Met with the family. '.repeat(200) } });
      expect(saved).toEqual({
        ok: false,
        error: { code: 'store_unavailable', message: `The disk holding ${store} is full; free some space and try again. Nothing was changed.`, details: { code: 'disk_full' } },
      });
      rmSync(filler);
      expect(await dispatch(handlers, 'plans.get', { studentNumber })).toEqual(before);
    } finally {
      opened.close();
    }
  });

  it('in the application, an import job (a worker thread): the same sentence, and the caseload as it was', async () => {
    // The built worker (npm test builds first): the same file the desktop and browser mode start.
    const workerFile = join(__dirname, '..', '..', 'out', 'main', 'job-worker.js');
    expect(existsSync(workerFile)).toBe(true);
    rmSync(join(disk, 'backups'), { recursive: true, force: true });
    const before = studentCount();
    const opened = await openStore(store);
    try {
      const handlers = createHandlers(opened, new JobRegistry(workerLauncher({ storePath: opened.path, workerFile })));
      const started = await dispatch(handlers, 'roster.import', { fileName: 'big-roster.csv', base64: readFileSync(bigRoster()).toString('base64'), markAbsent: false });
      if (!started.ok) throw new Error(JSON.stringify(started));
      const { jobId } = started.value as { jobId: string };
      let status: { state: string; error: { code: string; message: string } | null };
      for (;;) {
        const polled = await dispatch(handlers, 'roster.importStatus', { jobId });
        if (!polled.ok) throw new Error(JSON.stringify(polled));
        status = polled.value as typeof status;
        if (status.state !== 'running') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(status.state).toBe('failed');
      expect(status.error?.message).toBe(`The disk holding ${store} is full; free some space and try again. Nothing was changed.`);
    } finally {
      opened.close();
    }
    expect(studentCount()).toBe(before);
  });
});
