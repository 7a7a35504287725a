import { describe, expect, it } from 'vitest';
import { useApp } from './fixtures/app';
import { CaseloadPage } from './pages/caseload-page';

const sampleNames = ['Peña', 'Nguyễn', 'Żółć', 'Kowalczyk', 'Warsame'];

describe('browser mode without the access token', () => {
  const session = useApp({ sample: true });

  it('shows no student data when the address lacks the token', async () => {
    const page = session.page();
    const response = await page.goto(`${session.app().origin}/#/caseload`);
    expect(response?.status()).toBe(401);
    const text = await page.locator('body').innerText();
    for (const name of sampleNames) expect(text).not.toContain(name);
    expect(text).toMatch(/access token/);
  });

  it('shows no student data for a wrong token, and the API refuses a call without one', async () => {
    const page = session.page();
    const response = await page.goto(`${session.app().origin}/?token=not-the-token#/caseload`);
    expect(response?.status()).toBe(401);
    const text = await page.locator('body').innerText();
    for (const name of sampleNames) expect(text).not.toContain(name);

    const api = await fetch(`${session.app().origin}/api/students.list`, { method: 'POST', body: '{}' });
    expect(api.status).toBe(401);
    const body = await api.text();
    for (const name of sampleNames) expect(body).not.toContain(name);
  });

  it('with the token, shows the sample school (so the checks above can fail)', async () => {
    const caseload = new CaseloadPage(session.page());
    await caseload.open(session.app().url);
    const { studentCount } = await session.app().value<{ studentCount: number }>('store.info');
    await caseload.waitForCount(studentCount, studentCount);
    await caseload.search.fill('pena');
    await caseload.waitForCount(1, studentCount);
    expect(await caseload.page.locator('body').innerText()).toContain('Peña');
  });

  it('takes the token out of the address bar, sets no cookie, and keeps working after a reload (sessionStorage)', async () => {
    const caseload = new CaseloadPage(session.page());
    const { origin, token } = session.app();
    await caseload.open(session.app().url);
    const { studentCount } = await session.app().value<{ studentCount: number }>('store.info');
    await caseload.waitForCount(studentCount, studentCount);
    expect(caseload.page.url()).toBe(`${origin}/#/caseload`);
    expect(caseload.page.url()).not.toContain(token);
    // A cookie would go to every program listening on 127.0.0.1, whatever its port.
    expect(await caseload.page.context().cookies()).toEqual([]);

    await caseload.page.reload();
    await caseload.waitForCount(studentCount, studentCount);
    await caseload.search.fill('pena');
    await caseload.waitForCount(1, studentCount);
    expect(await caseload.page.locator('body').innerText()).toContain('Peña');

    // A new tab opened on the bare address (no token, empty sessionStorage) gets nothing.
    const other = await caseload.page.context().newPage();
    await other.goto(`${origin}/#/caseload`);
    // Polled: the sentence may be drawn by the page's script after the load event (it once was read too early, empty).
    await expect.poll(() => other.locator('body').innerText()).toMatch(/needs its access token/);
    const text = await other.locator('body').innerText();
    for (const name of sampleNames) expect(text).not.toContain(name);
  });

  it('says so in an alert when the application stops answering, on a page seen before and on one never opened', async () => {
    const caseload = new CaseloadPage(session.page());
    await caseload.open(session.app().url);
    // The Framework page's script is loaded now; after the stop only its questions to the application fail.
    await caseload.navLink('Framework').press('Enter');
    await expect.poll(() => caseload.title.textContent()).toMatch(/Framework/);
    await caseload.navLink('Caseload').press('Enter');
    await expect.poll(() => caseload.title.textContent()).toBe('Caseload');
    await session.app().stop();
    await caseload.navLink('Framework').press('Enter');
    await expect.poll(() => caseload.alert.textContent()).toMatch(/not reachable/);
    // The Backups page was never opened: its script cannot arrive either, and the window says so rather than going blank.
    await caseload.navLink('Backups').press('Enter');
    await expect.poll(() => caseload.alert.textContent()).toMatch(/^This page could not be opened\. .*not reachable/);
  });
});
