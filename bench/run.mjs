// `npm run bench`: each benchmark in its own process (so one's memory and JIT state cannot colour
// another's figures), in order. Each prints its figures and its ratio against a baseline it runs
// itself. Pass names to run only some: `npm run bench -- caseload`.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const benches = ['caseload', 'standings-warm', 'standing-stamps', 'roster-import', 'history-import', 'print', 'requests', 'output-check', 'reports', 'conferences', 'department', 'year-start'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const tsx = join(here, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');

let failed = 0;
for (const name of benches.filter((b) => wanted.length === 0 || wanted.includes(b))) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(process.execPath, ['--expose-gc', tsx, join(here, `${name}.ts`)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.error(`bench ${name} failed (exit ${run.status ?? run.signal})`);
  }
}
process.exit(failed ? 1 : 0);
