import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { departmentHandlers } from '../../src/main/core/api/department';
import { createHandlers } from '../../src/main/core/api';
import { migratePostgres } from '../../src/main/core/store/postgres';
import { openStore } from '../../src/main/core/store/connection';
import { connectDepartment, linkFileFor, readLink } from '../../src/main/core/workstation/link';
import { departmentOrigin, probeDepartment } from '../../src/main/core/workstation/probe';
import { serverCertificate } from '../../src/main/transports/certificate';
import { startDepartmentServer } from '../../src/main/transports/department';
import { startHttpTransport } from '../../src/main/transports/http';
import { SKIPPED_WITHOUT_POSTGRES, useScratchPostgres, withoutPostgres } from '../helpers/postgres';
import { counselor } from '../helpers/cli';
import { useTempDir } from '../helpers/temp';

/**
 * Settings → "Where this workstation keeps its caseload": probing a department server over real
 * HTTPS (the real department server on a scratch PostgreSQL database), and the servers a counselor
 * may type by mistake: browser mode's plain HTTP, an intranet page over HTTPS, nothing at all.
 */

const tempDir = useTempDir();
const scratchDatabase = useScratchPostgres();
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** An HTTPS server that is not ours (an intranet page): it answers HTML to everything. */
async function intranetPage(dir: string): Promise<number> {
  const { cert, key } = serverCertificate({ dataDir: dir });
  const server = createServer({ cert, key }, (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>Lincoln High intranet</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return (server.address() as AddressInfo).port;
}

describe('the address a counselor types', () => {
  it('becomes an https origin; plain http, a user name and nonsense are refused in one sentence', () => {
    expect(departmentOrigin('counsel.lincoln.k12.wi.us:8443')).toBe('https://counsel.lincoln.k12.wi.us:8443');
    expect(departmentOrigin(' https://counsel.lincoln.k12.wi.us:8443/caseload?x=1 ')).toBe('https://counsel.lincoln.k12.wi.us:8443');
    expect(() => departmentOrigin('http://counsel.lincoln.k12.wi.us')).toThrow(/HTTPS only/);
    expect(() => departmentOrigin('https://ms.alvarez:secret@counsel.lincoln.k12.wi.us')).toThrow(/user name and password/);
    expect(() => departmentOrigin('counsel lincoln')).toThrow(/is not a server address/);
  });
});

describe('probing a server that is not a department server', () => {
  it('says nothing answers, no such computer, no HTTPS, or not a department server', async () => {
    await expect(probeDepartment('127.0.0.1:1')).rejects.toThrow('Nothing answers at 127.0.0.1:1; check the address and port');
    await expect(probeDepartment('no-such-host.invalid')).rejects.toThrow('No computer named no-such-host.invalid was found on the network');

    // Browser mode: a real Counselor Workstation server, but plain HTTP on loopback.
    const store = await openStore(join(tempDir(), 'store.db'));
    const web = await startHttpTransport({ handlers: createHandlers(store), rendererDir: tempDir() });
    closers.push(async () => {
      await web.close();
      store.close();
    });
    await expect(probeDepartment(`127.0.0.1:${web.port}`)).rejects.toThrow(`127.0.0.1:${web.port} does not answer over HTTPS`);

    const intranet = await intranetPage(tempDir());
    await expect(probeDepartment(`127.0.0.1:${intranet}`)).rejects.toThrow('it is not a Counselor Workstation department server');
  });
});

describe.skipIf(withoutPostgres)(`connecting to the department server${withoutPostgres ? ` (${SKIPPED_WITHOUT_POSTGRES})` : ''}`, () => {
  async function department() {
    const db = await scratchDatabase();
    await migratePostgres(db);
    const dataDir = tempDir();
    const certificate = serverCertificate({ dataDir });
    const server = await startDepartmentServer({ db, handlersFor: departmentHandlers(db), rendererDir: tempDir(), certificate, host: '127.0.0.1', port: 0 });
    closers.push(() => server.close());
    return { server, certificate, dataDir };
  }

  it('reads the fingerprint the server printed, and saves the link only for that certificate', async () => {
    const { server, certificate } = await department();
    const storePath = join(tempDir(), 'counselor.db');
    const probed = await probeDepartment(`127.0.0.1:${server.port}`);
    expect(probed).toEqual({ origin: `https://127.0.0.1:${server.port}`, fingerprint256: certificate.fingerprint256 });
    expect(readLink(storePath)).toBeNull();

    // A fingerprint that is not the one presented (the counselor compared another server's): nothing saved.
    const other = certificate.fingerprint256.replace(/^../, certificate.fingerprint256.startsWith('00') ? '01' : '00');
    await expect(connectDepartment(storePath, { origin: probed.origin, fingerprint256: other }, probeDepartment)).rejects.toThrow(
      /now presents a different certificate .*nothing was changed/,
    );
    expect(existsSync(linkFileFor(storePath))).toBe(false);

    const view = await connectDepartment(storePath, probed, probeDepartment, new Date('2026-12-03T09:00:00Z'));
    expect(view.department).toEqual({ ...probed, connectedAt: '2026-12-03T09:00:00.000Z' });
    expect(readLink(storePath)).toEqual(view.department);
  });

  it('is set by `counselor workstation` as district IT scripts it: check, connect with the fingerprint, back to local', async () => {
    const { server, certificate } = await department();
    const db = join(tempDir(), 'counselor.db');
    const address = `127.0.0.1:${server.port}`;
    const checked = await counselor(['workstation', '--db', db, '--check', address, '--json']);
    expect(checked.code, checked.stderr).toBe(0);
    expect(JSON.parse(checked.stdout)).toEqual({ origin: `https://${address}`, fingerprint256: certificate.fingerprint256 });

    // --connect without the fingerprint, or with another: nothing saved.
    expect((await counselor(['workstation', '--db', db, '--connect', address])).code).toBe(2);
    const other = certificate.fingerprint256.startsWith('00') ? `01${certificate.fingerprint256.slice(2)}` : `00${certificate.fingerprint256.slice(2)}`;
    const refused = await counselor(['workstation', '--db', db, '--connect', address, '--fingerprint', other]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('now presents a different certificate');
    expect(existsSync(linkFileFor(db))).toBe(false);

    const connected = await counselor(['workstation', '--db', db, '--connect', address, '--fingerprint', certificate.fingerprint256.toLowerCase()]);
    expect(connected.code, connected.stderr).toBe(0);
    expect(connected.stdout).toBe(`The window opens the department server at https://${address}, trusting the certificate ${certificate.fingerprint256}; this computer's store is kept at ${db}.`);
    expect((await counselor(['workstation', '--db', db, '--local'])).stdout).toBe(`The window opens this computer's store: ${db}.`);
    expect(existsSync(linkFileFor(db))).toBe(false);
    expect((await counselor(['workstation', '--db', db, '--local', '--check', address])).code).toBe(2);
  });
});

describe('the saved link', () => {
  it('is refused in one sentence when damaged, naming the file and what to do', () => {
    const storePath = join(tempDir(), 'counselor.db');
    writeFileSync(linkFileFor(storePath), '{"origin": "http://x"');
    expect(() => readLink(storePath)).toThrow(`The department server setting in ${linkFileFor(storePath)} cannot be read. Delete that file`);
    writeFileSync(linkFileFor(storePath), JSON.stringify({ origin: 'http://plain.example', fingerprint256: 'AB', connectedAt: 'now' }));
    expect(() => readLink(storePath)).toThrow(/cannot be read/);
    expect(readFileSync(linkFileFor(storePath), 'utf8')).toContain('plain.example');
  });
});
