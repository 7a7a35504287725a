import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, watch, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOurTempFile } from '../../../src/main/core/files/write-whole';
import { saveStudents } from '../../../src/main/core/students/repository';
import { useTempDir } from '../../helpers/temp';
import { sampleStore, student, TODAY } from '../plans/stores';

/**
 * Files the app writes on its own are written whole and are its owner's only. The real `counselor`
 * command (the build in out/, as a nightly script runs it) prints a big caseload and is killed with
 * SIGKILL at several moments: the PDF on disk is always the previous file byte for byte or a complete
 * PDF. Every process runs under umask 000, so only the app's own care makes the files 0600.
 */

const tempDir = useTempDir();
const BIN = resolve(__dirname, '../../../bin/counselor.mjs');
const EXTRA_STUDENTS = 60;

/** `counselor ARGS` in its own process under a permissive umask. */
function launch(args: string[]): ChildProcess {
  return spawn('/bin/sh', ['-c', 'umask 000 && exec "$0" "$@"', process.execPath, BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

function finished(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout?.resume();
  return new Promise((done) => child.on('exit', (code, signal) => done({ code, signal, stderr })));
}

function pdfinfoOk(path: string): boolean {
  return spawnSync('pdfinfo', [path], { encoding: 'utf8' }).status === 0;
}

function mode(path: string): string {
  return (statSync(path).mode & 0o777).toString(8);
}

/** A store with the sample school and enough generated students that printing everyone takes seconds. */
async function bigStore(dir: string): Promise<string> {
  const db = join(dir, 'school.db');
  const store = await sampleStore(dir, db);
  const grades = [9, 10, 11, 12];
  saveStudents(store.db, Array.from({ length: EXTRA_STUDENTS }, (_, i) => student(String(700000 + i), grades[i % 4]!, `Family${i}`)), TODAY);
  store.close();
  return db;
}

describe('PDFs written whole', () => {
  it('a print killed at any moment leaves the previous file byte for byte or a complete PDF, and a clean run leaves no temporary file', async () => {
    const dir = tempDir();
    const db = await bigStore(dir);
    const out = join(dir, 'plans', 'everyone.pdf');
    const args = ['print', '--all', '--out', out, '--db', db];
    mkdirSync(join(dir, 'plans'));

    // A first, clean print: the file every killed print must leave alone.
    const started = Date.now();
    const firstChild = launch(args);
    const firstPid = firstChild.pid!;
    const first = await finished(firstChild);
    const duration = Date.now() - started;
    expect(first, first.stderr).toMatchObject({ code: 0 });
    expect(duration, 'the print must last long enough to be killed part-way').toBeGreaterThan(1000);
    expect(pdfinfoOk(out)).toBe(true);
    expect(mode(out)).toBe('600');
    let previous = readFileSync(out);

    const outcomes: string[] = [];
    const check = (when: string) => {
      const now = readFileSync(out);
      if (now.equals(previous)) outcomes.push(`${when}: previous file`);
      else {
        expect(pdfinfoOk(out), `${when}: the file on disk is neither the previous one nor a complete PDF`).toBe(true);
        expect(mode(out)).toBe('600');
        outcomes.push(`${when}: new complete file`);
        previous = now;
      }
    };

    // Killed after a share of a clean run's time...
    for (const share of [0.15, 0.5, 0.85, 1.0]) {
      const child = launch(args);
      const ended = finished(child);
      const timer = setTimeout(() => child.kill('SIGKILL'), Math.round(duration * share));
      await ended;
      clearTimeout(timer);
      check(`killed at ${Math.round(share * 100)}%`);
    }

    // ...and at the very moment it starts writing: as soon as anything in the folder changes.
    for (let attempt = 0; attempt < 2; attempt++) {
      const before = statSync(out);
      const earlier = new Set(readdirSync(join(dir, 'plans')));
      const child = launch(args);
      const ended = finished(child);
      let running = true;
      void ended.then(() => (running = false));
      // Watch closely only towards the end, so the watching does not slow the print down.
      await new Promise((r) => setTimeout(r, duration / 2));
      while (running) {
        const names = readdirSync(join(dir, 'plans'));
        const now = statSync(out);
        if (names.some((n) => isOurTempFile(n) && !earlier.has(n)) || now.size !== before.size || now.mtimeMs !== before.mtimeMs || now.ino !== before.ino) {
          child.kill('SIGKILL');
          break;
        }
        await new Promise((r) => setImmediate(r));
      }
      await ended;
      check(`killed while writing (${attempt + 1})`);
    }

    // A clean run afterwards: a complete file, and no temporary file left, not even a killed run's
    // (one is planted, named for a process that has ended); another file's is not ours to remove.
    // The target itself is only ever replaced by a rename, never modified in place.
    const gone = firstPid;
    writeFileSync(join(dir, 'plans', `.everyone.pdf.counselor-${gone}-0badf00d.tmp`), 'half a PDF');
    writeFileSync(join(dir, 'plans', `.other.pdf.counselor-${gone}-0badf00d.tmp`), 'half a PDF');
    const inPlace: string[] = [];
    const watcher = watch(join(dir, 'plans'), (event, name) => {
      if (name === 'everyone.pdf' && event === 'change') inPlace.push(event);
    });
    const last = await finished(launch(args));
    // Let the folder's last events arrive before we stop listening.
    await new Promise((r) => setTimeout(r, 300));
    watcher.close();
    expect(last, last.stderr).toMatchObject({ code: 0 });
    expect(pdfinfoOk(out)).toBe(true);
    expect(mode(out)).toBe('600');
    expect(readdirSync(join(dir, 'plans')).sort()).toEqual([`.other.pdf.counselor-${gone}-0badf00d.tmp`, 'everyone.pdf']);
    expect(inPlace, 'the PDF was modified in place').toEqual([]);
    console.log(`clean print ${duration} ms; ${outcomes.join('; ')}`);
  }, 300_000);

  it('writes each file of a folder print (and the folder it makes) and a caseload export owner-only, whatever the umask', async () => {
    const dir = tempDir();
    const db = join(dir, 'school.db');
    const store = await sampleStore(dir, db);
    store.close();
    const folder = join(dir, 'conference');
    const printed = await finished(launch(['print', '--grade', '11', '--out-dir', folder, '--db', db]));
    expect(printed, printed.stderr).toMatchObject({ code: 0 });
    expect(mode(folder), 'the folder the print made').toBe('700');
    const files = readdirSync(folder);
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) {
      expect(name).toMatch(/\.pdf$/);
      expect(mode(join(folder, name)), name).toBe('600');
      expect(pdfinfoOk(join(folder, name)), name).toBe(true);
    }

    for (const format of ['xlsx', 'csv']) {
      const out = join(dir, `caseload.${format}`);
      // An earlier file anyone could read is replaced by one only its owner can.
      writeFileSync(out, 'old', { mode: 0o644 });
      const exported = await finished(launch(['export', 'caseload', '--out', out, '--db', db]));
      expect(exported, exported.stderr).toMatchObject({ code: 0 });
      expect(mode(out), format).toBe('600');
      expect(readFileSync(out).length).toBeGreaterThan(1000);
    }
    expect(readdirSync(dir).filter((n) => isOurTempFile(n))).toEqual([]);
  }, 120_000);

  it('says in one sentence why a file cannot be written, and leaves the previous file', async () => {
    const dir = tempDir();
    const db = join(dir, 'school.db');
    (await sampleStore(dir, db)).close();
    // The target is a folder: the write fails at the rename, after the PDF was made.
    const out = join(dir, 'taken.pdf');
    mkdirSync(out);
    const run = await finished(launch(['print', '004100', '--out', out, '--db', db]));
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`Cannot write "${out}"`);
    expect(run.stderr).not.toMatch(/ at |Error:/);
    expect(existsSync(out) && statSync(out).isDirectory()).toBe(true);
    expect(readdirSync(dir).filter((n) => isOurTempFile(n))).toEqual([]);
  });
});
