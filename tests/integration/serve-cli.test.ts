import { statSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli/index';
import { CERT_FILE, KEY_FILE } from '../../src/main/transports/certificate';
import { SKIPPED_WITHOUT_APP_ROLE, urlOf, useScratchPostgres, withoutAppRole } from '../helpers/postgres';
import { useTempDir } from '../helpers/temp';

/**
 * `counselor serve` in process: it migrates the database, listens, prints the address and the
 * certificate's fingerprint, and runs until told to stop (here by the test, not a signal). The
 * fingerprint printed is the one a TLS client is shown; a restart keeps it.
 */

const scratchDatabase = useScratchPostgres();
const tempDir = useTempDir();

/** Starts the command; resolves once it has printed its first line, with a way to stop it. */
async function startServe(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  let printed!: () => void;
  const firstLine = new Promise<void>((resolve) => (printed = resolve));
  const exit = runCli(['serve', ...args], {
    out: (t) => {
      out.push(t);
      printed();
    },
    err: (t) => {
      err.push(t);
      printed();
    },
    env,
    untilStopped: () => stopped,
  });
  await Promise.race([firstLine, exit]);
  return { out, err, exit, stop: async () => (stop(), exit) };
}

function servedFingerprint(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, servername: 'localhost', rejectUnauthorized: false }, () => {
      resolve(socket.getPeerCertificate().fingerprint256);
      socket.end();
    });
    socket.on('error', reject);
  });
}

const SERVING = /^Serving https:\/\/127\.0\.0\.1:(\d+) — certificate SHA-256 fingerprint ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})$/;

describe.skipIf(withoutAppRole)(`counselor serve${withoutAppRole ? ` (${SKIPPED_WITHOUT_APP_ROLE})` : ''}`, () => {
  it('prints the fingerprint of the certificate it serves, keeps that certificate (0600) across a restart, and exits 0 when stopped', async () => {
    const db = await urlOf(await scratchDatabase({ asAppRole: true }), { asAppRole: true });
    const dataDir = join(tempDir(), 'server');
    const first = await startServe(['--postgres', db, '--listen', '127.0.0.1:0', '--data-dir', dataDir]);
    expect(first.err).toEqual([]);
    const [, port, fingerprint] = SERVING.exec(first.out[0] ?? '') ?? [];
    expect(first.out[0]).toMatch(SERVING);
    expect(await servedFingerprint(Number(port))).toBe(fingerprint);
    expect(first.out[1]).toBe(`Made a self-signed certificate in ${dataDir}; tell the counselors this fingerprint, to compare once with the one their browser shows.`);
    for (const file of [CERT_FILE, KEY_FILE]) expect(statSync(join(dataDir, file)).mode & 0o777).toBe(0o600);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(await first.stop()).toBe(0);

    const again = await startServe(['--listen', '127.0.0.1:0', '--data-dir', dataDir, '--json'], { COUNSELOR_DB: db });
    const printed = JSON.parse(again.out[0]!) as { url: string; fingerprint256: string; certificate: string; listen: { port: number } };
    expect(printed).toMatchObject({ fingerprint256: fingerprint, certificate: 'kept' });
    expect(await servedFingerprint(printed.listen.port)).toBe(fingerprint);
    expect(again.out).toHaveLength(1);
    expect(await again.stop()).toBe(0);
  }, 60_000);

  it('exits 2 on wrong usage and 1, in one sentence, on a port already taken or a superuser connection', async () => {
    const db = await urlOf(await scratchDatabase({ asAppRole: true }), { asAppRole: true });
    const dataDir = join(tempDir(), 'server');
    const usage = async (args: string[]) => (await startServe(args)).exit;
    expect(await usage([])).toBe(2);
    expect(await usage(['--postgres', '/tmp/school.db'])).toBe(2);
    expect(await usage(['--postgres', db, '--listen', 'everywhere'])).toBe(2);
    expect(await usage(['--postgres', db, '--tls-cert', 'cert.pem'])).toBe(2);

    const running = await startServe(['--postgres', db, '--listen', '127.0.0.1:0', '--data-dir', dataDir]);
    const port = Number(SERVING.exec(running.out[0] ?? '')![1]);
    const taken = await startServe(['--postgres', db, '--listen', `127.0.0.1:${port}`, '--data-dir', dataDir]);
    expect(await taken.exit).toBe(1);
    expect(taken.err).toEqual([`counselor: Port ${port} is already in use by another program on this computer; choose another with --listen.`]);
    expect(await running.stop()).toBe(0);

    // A superuser is not bound by row-level security: refused before anything is served or migrated.
    const superuser = await startServe(['--postgres', await urlOf(await scratchDatabase()), '--listen', '127.0.0.1:0', '--data-dir', dataDir]);
    expect(await superuser.exit).toBe(1);
    expect(superuser.err[0]).toMatch(/^counselor: The department server connects to PostgreSQL as \w+, a superuser \(or a role that bypasses row-level security\)/);
    expect(superuser.out).toEqual([]);
  }, 60_000);
});
