import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp';

/** Browser mode (`node out/main/web.js`, what `npm start`/`npm run web` runs) refusing to start: one sentence, the right exit code. */

const tempDir = useTempDir();
const webEntry = join(__dirname, '..', '..', 'out', 'main', 'web.js');
let blocker: Server | null = null;

afterEach(async () => {
  await new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve()));
  blocker = null;
});

function web(args: string[]) {
  expect(existsSync(webEntry)).toBe(true);
  // A browser mode that does start would never exit: the timeout ends the test with a clear failure.
  const run = spawnSync(process.execPath, [webEntry, ...args], { encoding: 'utf8', timeout: 15_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at |RangeError|ERR_SOCKET|EADDRINUSE|report this/);
}

describe('browser mode refuses to start', () => {
  it('on a port that is not a number: usage, exit 2', () => {
    const db = join(tempDir(), 'school.db');
    for (const port of ['abc', '99999', '-1', '80.5']) {
      const result = web(['--db', db, '--port', port]);
      expect(result.code, port).toBe(2);
      expect(result.stderr, port).toBe(`counselor: --port takes a port number from 1 to 65535 (got "${port}").\nusage: node out/main/web.js [--db PATH] [--port N]\n`);
      expectNoStackTrace(result.stderr);
    }
  });

  it('on a port another program already listens on: one sentence, exit 1', async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(0, '127.0.0.1', () => resolve()));
    const port = (blocker.address() as { port: number }).port;
    const result = web(['--db', join(tempDir(), 'school.db'), '--port', String(port)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `counselor: Port ${port} is already in use by another program on this computer; choose another with --port, or leave --port out to use a free one.\n`,
    );
    expect(result.stdout).toBe('');
    expectNoStackTrace(result.stderr);
  });

  it('on a --db that is a folder: one sentence, exit 1', () => {
    const dir = tempDir();
    const result = web(['--db', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`counselor: ${dir} is a folder; --db needs the store file itself, for example ${dir}/counselor.db.\n`);
  });
});
