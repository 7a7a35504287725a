/**
 * Where a caseload keystroke goes, for one store: a CPU profile of the page while the bench's
 * queries are typed into the search box (written to OUT). A tool for finding the slow step, not a
 * figure to quote: the profiler itself slows the page. Build unminified first for readable names
 * (`COUNSELOR_PROFILE_BUILD=1 npx electron-vite build`; build again without it afterwards), and
 * summarise with `node bench/profile-summary.mjs OUT.cpuprofile`.
 *
 *   npx tsx bench/keystroke-profile.ts STORE.db OUT.cpuprofile
 */
import { writeFileSync } from 'node:fs';
import { launchChromium, startApp } from '../tests/e2e/fixtures/browser-mode';

const QUERIES = ['nguyen', 'pena', 'maria g', '1012', 'oconn', 'zolc'];

async function main(): Promise<void> {
  const [dbPath, out] = process.argv.slice(2);
  if (!dbPath || !out) throw new Error('usage: keystroke-profile STORE.db OUT.cpuprofile');
  const app = await startApp({ dbPath, checkOutputs: false });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${app.url}#/caseload`);
    await page.locator('tbody [role="row"]').first().waitFor({ timeout: 60_000 });
    const search = page.getByLabel('Search by name or student number');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    for (const query of QUERIES) {
      await search.fill('');
      for (const key of query) {
        await page.keyboard.type(key);
        await page.waitForTimeout(60);
      }
    }
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(out, JSON.stringify(profile));
    await context.close();
  } finally {
    await browser.close();
    await app.stop();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
