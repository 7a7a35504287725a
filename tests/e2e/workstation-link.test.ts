import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { departmentHandlers } from '../../src/main/core/api/department';
import { migratePostgres } from '../../src/main/core/store/postgres';
import { linkFileFor } from '../../src/main/core/workstation/link';
import { serverCertificate } from '../../src/main/transports/certificate';
import { startDepartmentServer, type DepartmentServer } from '../../src/main/transports/department';
import { SKIPPED_WITHOUT_POSTGRES, useScratchPostgres, withoutPostgres } from '../helpers/postgres';
import { useApp } from './fixtures/app';
import { CaseloadPage } from './pages/caseload-page';

/**
 * Settings → "Where this workstation keeps its caseload" (issue 16), by keyboard in browser mode:
 * a wrong address is one sentence; the real department server (HTTPS, a scratch PostgreSQL
 * database) shows its certificate's fingerprint, which the counselor compares before connecting;
 * the link is kept beside the store, and "Use this computer's store again" removes it.
 */
const scratchDatabase = useScratchPostgres();
let department: DepartmentServer | undefined;
afterAll(async () => department?.close());

describe.skipIf(withoutPostgres)(`connecting a workstation to the department server${withoutPostgres ? ` (${SKIPPED_WITHOUT_POSTGRES})` : ''}`, () => {
  const session = useApp({ sample: true });

  it('checks the address, shows the fingerprint to compare, connects, and goes back to the store here', async () => {
    const db = await scratchDatabase();
    await migratePostgres(db);
    const certificate = serverCertificate({ dataDir: session.app().dir });
    department = await startDepartmentServer({ db, handlersFor: departmentHandlers(db), rendererDir: session.app().dir, certificate, host: '127.0.0.1', port: 0 });

    const page = session.page();
    const app = session.app();
    const shell = new CaseloadPage(page);
    const key = (k: string) => page.keyboard.press(k);
    await shell.open(app.url);
    await shell.openFromNavigation('Settings');
    const address = shell.main.getByRole('textbox', { name: 'Department server address' });
    await address.focus();

    // Nothing listens on port 1: one sentence, nothing saved.
    await page.keyboard.type('127.0.0.1:1');
    await key('Enter');
    await expect.poll(() => shell.main.getByRole('alert').textContent()).toContain('Nothing answers at 127.0.0.1:1; check the address and port');
    expect(existsSync(linkFileFor(app.dbPath))).toBe(false);

    await address.fill('');
    await address.focus();
    await page.keyboard.type(`127.0.0.1:${department.port}`);
    await key('Enter');
    const compare = shell.main.getByText(`The server at https://127.0.0.1:${department.port} presents a certificate with this fingerprint:`);
    await compare.waitFor();
    // Focus moves to what must be read before connecting; the fingerprint is the one the server printed.
    await expect.poll(() => compare.evaluate((el) => el === (el.ownerDocument.activeElement as unknown))).toBe(true);
    expect(await shell.main.getByText(certificate.fingerprint256, { exact: true }).count()).toBe(1);
    // Cancel puts focus back on the check; checking again shows the same fingerprint.
    await key('Tab');
    await key('Tab');
    expect(await shell.focused()).toEqual({ role: 'button', name: 'Cancel' });
    await key('Enter');
    await expect.poll(() => shell.focused()).toEqual({ role: 'button', name: 'Check the server' });
    expect(await compare.count()).toBe(0);
    await key('Enter');
    await expect.poll(() => compare.evaluate((el) => el === (el.ownerDocument.activeElement as unknown))).toBe(true);
    await key('Tab');
    expect(await shell.focused()).toEqual({ role: 'button', name: 'The fingerprints match: connect' });
    await key('Enter');
    await expect.poll(() => shell.main.getByRole('status').last().textContent()).toContain(`Connected. Open https://127.0.0.1:${department.port} in this browser`);
    expect(JSON.parse(readFileSync(linkFileFor(app.dbPath), 'utf8'))).toMatchObject({ origin: `https://127.0.0.1:${department.port}`, fingerprint256: certificate.fingerprint256 });

    // After a reload the page says where this workstation works, and offers the way back.
    await page.reload();
    const back = shell.main.getByRole('button', { name: "Use this computer's store again" });
    await back.waitFor();
    expect(await shell.main.getByText(`On the department server at https://127.0.0.1:${department.port}`, { exact: false }).count()).toBe(1);
    await back.focus();
    await key('Enter');
    await expect.poll(() => shell.main.getByRole('status').last().textContent()).toContain('This workstation opens its own store again.');
    expect(existsSync(linkFileFor(app.dbPath))).toBe(false);
    await address.waitFor();
  });
});
