/**
 * Where the caseload's first show goes, for one store: every request's start and end, the page's
 * own marks, and a CPU profile of the page (written beside the store). A tool for finding the slow
 * step, not a figure to quote: the profiler itself slows the page.
 *
 *   npx tsx bench/caseload-profile.ts STORE.db OUT.cpuprofile   (COUNSELOR_PROFILE_BUILD=1 npx electron-vite build first for readable names)
 */
import { writeFileSync } from 'node:fs';
import { launchChromium, startApp } from '../tests/e2e/fixtures/browser-mode';

async function main(): Promise<void> {
  const [dbPath, out] = process.argv.slice(2);
  if (!dbPath || !out) throw new Error('usage: caseload-profile STORE.db OUT.cpuprofile');
  const app = await startApp({ dbPath, checkOutputs: false });
  const browser = await launchChromium();
  try {
    for (let run = 0; run < 2; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const profiling = run === 1;
      if (profiling) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      await page.goto(`${app.url}#/caseload`);
      await page.locator('tbody [role="row"]').first().waitFor({ timeout: 60_000 });
      const shownAt = await page.evaluate('performance.now()');
      if (profiling) {
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(out, JSON.stringify(profile));
      }
      const entries = await page.evaluate(`performance.getEntries().map((e) => ({ type: e.entryType, name: e.name.replace(/^.*\\//, ''), start: Math.round(e.startTime), end: Math.round(e.responseEnd ?? (e.startTime + e.duration)), bytes: e.encodedBodySize }))`);
      console.log(`run ${run}${profiling ? ' (profiled)' : ''}: first row in DOM at ${Math.round(shownAt as number)} ms`);
      for (const e of entries as { type: string; name: string; start: number; end: number; bytes?: number }[]) {
        console.log(`  ${e.type.padEnd(10)} ${String(e.start).padStart(5)} → ${String(e.end).padStart(5)}  ${e.name}${e.bytes ? ` (${Math.round(e.bytes / 1024)} kB)` : ''}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
