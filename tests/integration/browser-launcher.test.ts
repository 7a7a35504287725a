import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * `npm start` in browser mode opens the browser for the counselor. Another local user must not be
 * able to read the access token from any process's arguments (/proc/PID/cmdline, `ps`): the
 * launcher, browser mode itself and the program that opens the browser. A stand-in opener
 * (COUNSELOR_OPEN_COMMAND) records what it is given, as xdg-open would be.
 */

const repoRoot = join(__dirname, '..', '..');
const made: string[] = [];
let launcher: ChildProcess | null = null;

afterEach(async () => {
  if (launcher && launcher.exitCode === null && launcher.signalCode === null) {
    const gone = new Promise((resolve) => launcher!.once('exit', resolve));
    launcher.kill('SIGTERM');
    await gone;
  }
  launcher = null;
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every process's arguments on this machine, as another user would read them. */
function allCommandLines(): string[] {
  const lines: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      lines.push(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' '));
    } catch {
      // The process ended while we looked.
    }
  }
  return lines;
}

async function until<T>(what: string, probe: () => T | null | undefined, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('npm start in browser mode', () => {
  it('opens the browser on a 0600 redirect page: the token is in no process arguments, and the page is removed on exit', async () => {
    expect(existsSync(join(repoRoot, 'out', 'main', 'web.js'))).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'cw-launcher-'));
    made.push(dir);
    const record = join(dir, 'opener-record.txt');
    const opener = join(dir, 'fake-opener.sh');
    // Records its arguments, the permissions of what it was given, and what that file says; then
    // lives on a moment, as a browser would, so its own arguments can be inspected too.
    writeFileSync(
      opener,
      `#!/bin/sh\n{ printf 'ARG %s\\n' "$@"; stat -c 'MODE %a' "$1"; stat -c 'DIRMODE %a' "$(dirname "$1")"; cat "$1"; } > "${record}.partial"\nmv "${record}.partial" "${record}"\nsleep 5\n`,
    );
    chmodSync(opener, 0o755);

    launcher = spawn(process.execPath, [join(repoRoot, 'scripts', 'start.mjs'), '--web', '--db', join(dir, 'school.db')], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DISPLAY: ':99', CI: '', COUNSELOR_OPEN_COMMAND: opener },
    });
    let printed = '';
    launcher.stdout!.on('data', (c: Buffer) => (printed += c.toString('utf8')));
    launcher.stderr!.on('data', (c: Buffer) => (printed += c.toString('utf8')));

    const url = await until('the printed address', () => /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/.exec(printed)?.[0]);
    const token = new URL(url).searchParams.get('token')!;
    expect(token.length).toBeGreaterThanOrEqual(32);
    const recorded = await until('the opener to run', () => (existsSync(record) ? readFileSync(record, 'utf8') : null));

    // What the opener was given: one path, not the address.
    const args = recorded.split('\n').filter((l) => l.startsWith('ARG ')).map((l) => l.slice(4));
    expect(args).toHaveLength(1);
    expect(args[0]).not.toContain(token);
    expect(args[0]).toMatch(/\.html$/);
    // The page it opens leads to the address, and only this account can read it.
    expect(recorded).toContain('MODE 600');
    expect(recorded).toContain('DIRMODE 700');
    expect(recorded).toContain(`url=${url}`);

    // No process on this machine (launcher, browser mode, opener, still running) shows the token.
    const leaking = allCommandLines().filter((line) => line.includes(token));
    expect(leaking).toEqual([]);

    const page = args[0]!;
    expect(existsSync(page)).toBe(true);
    const exited = new Promise<number | null>((resolve) => launcher!.once('exit', (code) => resolve(code)));
    launcher.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(page)).toBe(false);
    expect(existsSync(dirname(page))).toBe(false);
    expect(statSync(dir).isDirectory()).toBe(true);
  });
});
