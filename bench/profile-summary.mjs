// `node bench/profile-summary.mjs FILE.cpuprofile [N]`: where a CPU profile's time went, by
// function (self time) and by source file, so a bench's slow step can be named without DevTools.
import { readFileSync } from 'node:fs';

const [file, top = '25'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fn = new Map();
const files = new Map();
for (const [id, us] of self) {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  const where = url.replace(/^.*node_modules\//, '').replace(/^.*\/out\//, 'out/') || '(native)';
  const key = `${functionName || '(anonymous)'}  ${where}:${lineNumber + 1}`;
  fn.set(key, (fn.get(key) ?? 0) + us);
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  const f = pkg ? pkg[1] : url.startsWith('node:') ? 'node internals' : url ? where : '(native: gc, program, idle)';
  files.set(f, (files.get(f) ?? 0) + us);
}
const show = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(top))
  .forEach(([k, us]) => console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`));
console.log(`total ${(total / 1000).toFixed(0)} ms\n-- by function (self) --`);
show(fn);
console.log('-- by package / file --');
show(files);
