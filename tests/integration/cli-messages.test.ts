import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { counselor } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';
import { isOurTempFile } from '../../src/main/core/files/write-whole';

/**
 * Mistakes and situations a counselor meets on the command line get one sentence and the right
 * exit code: never a stack trace, never "please report this".
 */

const tempDir = useTempDir();
const repoRoot = join(__dirname, '..', '..');
const bin = join(repoRoot, 'bin', 'counselor.mjs');

function expectOneLine(result: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/report this|EISDIR|ENOTDIR|EACCES|\n\s+at /);
  expect(result.code).toBe(1);
}

describe('--db naming something that cannot be a store', () => {
  it('a folder: says it is a folder and what to name instead', async () => {
    const dir = tempDir();
    const result = await counselor(['students', '--db', dir]);
    expectOneLine(result, new RegExp(`^counselor: ${dir} is a folder; --db needs the store file itself, for example ${dir}/counselor\\.db\\.$`));
  });

  it('a path through a file: names the file that is in the way, and creates nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'roster.csv');
    writeFileSync(file, 'Student_Number\n1\n');
    for (const db of [join(file, 'school.db'), join(file, 'more', 'school.db')]) {
      const result = await counselor(['students', '--db', db]);
      expectOneLine(result, new RegExp(`^counselor: The store ${db} cannot be made: ${file} is a file, not a folder\\. Choose another path with --db\\.$`));
    }
  });

  it('a device: says it is not a file', async () => {
    expectOneLine(await counselor(['students', '--db', '/dev/null']), /^counselor: \/dev\/null is not a file \(it is a device or a pipe\); --db needs a store file\.$/);
  });

  it('a file this account cannot read: says so (run as another user when the tests run as root)', async () => {
    const dir = tempDir();
    const db = join(dir, 'school.db');
    expect((await counselor(['demo', '--db', db])).code).toBe(0);
    chmodSync(dir, 0o755);
    chmodSync(db, 0o600);
    const asRoot = process.getuid?.() === 0;
    if (!asRoot) chmodSync(db, 0o000);
    // Root reads everything: run the built command as "nobody", for whom the 0600 file is unreadable.
    const run = asRoot
      ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, 'students', '--db', db], { encoding: 'utf8' })
      : spawnSync(process.execPath, [bin, 'students', '--db', db], { encoding: 'utf8' });
    expect(existsSync(join(repoRoot, 'out', 'main', 'cli.js'))).toBe(true);
    expectOneLine(
      { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr.trimEnd() },
      new RegExp(`^counselor: The store ${db} cannot be read by this account \\(permission denied\\); ask whoever owns it, or choose another file with --db\\.$`),
    );
    expect(run.stdout).toBe('');
  });
});

describe('--out naming something that cannot be written', () => {
  it('a folder, or a file in a folder that does not exist: one sentence naming it, no temporary file left', async () => {
    const dir = tempDir();
    const db = join(dir, 'school.db');
    expect((await counselor(['demo', '--db', db])).code).toBe(0);
    const folder = join(dir, 'caseload.csv');
    mkdirSync(folder);
    expectOneLine(await counselor(['export', 'caseload', '--out', folder, '--db', db]), new RegExp(`^counselor: Cannot write "${folder}": it is a folder; name a file to write`));
    const missing = join(dir, 'exports', 'caseload.csv');
    expectOneLine(
      await counselor(['export', 'caseload', '--out', missing, '--db', db]),
      new RegExp(`^counselor: Cannot write "${missing}": the folder "${join(dir, 'exports')}" does not exist; make it or choose another\.$`),
    );
    expect(readdirSync(dir).filter((f) => isOurTempFile(f))).toEqual([]);
  });
});

describe('output piped into a program that stops reading', () => {
  it('`counselor students | head -1` and `framework --json | head -c 10` end quietly with 0', async () => {
    expect(existsSync(join(repoRoot, 'out', 'main', 'cli.js'))).toBe(true);
    const dir = tempDir();
    const db = join(dir, 'school.db');
    // A caseload whose listing (about 400 KB) is far more than a pipe holds, so writes go on after head has gone.
    const roster = join(dir, 'roster.csv');
    const rows = ['Student_Number,LastFirst,Grade_Level,Counselor'];
    for (let i = 0; i < 5000; i++) rows.push(`${700000 + i},"Lastname${i}, Firstname${i}",${9 + (i % 4)},Ms. Alvarez`);
    writeFileSync(roster, `${rows.join('\n')}\n`);
    expect((await counselor(['import', roster, '--db', db])).code).toBe(0);

    const errFile = (name: string) => join(dir, name);
    for (const [command, expected] of [
      [`node "${bin}" students --db "${db}" | head -1`, /^700000\s+Lastname0, Firstname0/],
      [`node "${bin}" framework --json --db "${db}" | head -c 10`, /^\{\n {2}"about/],
      [`node "${bin}" students --json --db "${db}" | head -c 10`, /^\{\n {2}"stud/],
    ] as const) {
      const result = spawnSync('bash', ['-c', `${command} 2>"${errFile('err.txt')}"; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
      const status = /status=(\d+)\s*$/.exec(result.stdout)?.[1];
      expect(result.stdout.replace(/status=\d+\s*$/, ''), command).toMatch(expected);
      expect(spawnSync('cat', [errFile('err.txt')], { encoding: 'utf8' }).stdout, command).toBe('');
      expect(status, command).toBe('0');
    }
  });
});
