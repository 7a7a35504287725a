import { framework2024 } from '../../../shared/domain/framework-2024';
import { clusterCrosswalk, pathwayCrosswalk, type CrosswalkEntry } from '../../../shared/domain/framework-crosswalk';
import type { Framework } from '../../../shared/domain/framework';
import type { Command } from '../command';
import { UsageError } from '../context';

type View = 'shipped' | '2024' | 'crosswalk';

/** `--edition 16` is the framework plans use today (the default); `--edition 2024` the modernized one. */
function parseView(args: readonly string[]): View {
  let view: View = 'shipped';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--edition') {
      const edition = args[++i];
      if (edition === '2024') view = view === 'crosswalk' ? view : '2024';
      else if (edition !== '16') throw new UsageError('--edition is 16 (the framework plans use) or 2024.');
    } else if (arg === '--crosswalk') view = 'crosswalk';
    else throw new UsageError(`unknown option ${String(arg)}.`);
  }
  return view;
}

const names2024 = new Map<string, string>(
  framework2024.clusters.flatMap((c) => [[c.code, c.name] as const, ...c.subClusters.map((s) => [s.code, s.name] as const)]),
);

/** Each crosswalk entry with the names on both sides, so a reader needs no second lookup. */
function crosswalkOf(shipped: Framework) {
  const names = new Map<string, string>(shipped.clusters.flatMap((c) => [[c.code, c.name] as const, ...c.pathways.map((p) => [p.code, p.name] as const)]));
  const named = (e: CrosswalkEntry) => ({
    from: { code: e.from, name: names.get(e.from) ?? e.from },
    to: e.to.map((code) => ({ code, name: names2024.get(code) ?? code })),
    basis: e.basis,
  });
  // In the order the shipped framework lists them, the order counselors know.
  const order = [...names.keys()];
  const byShippedOrder = (a: CrosswalkEntry, b: CrosswalkEntry) => order.indexOf(a.from) - order.indexOf(b.from);
  return { clusters: [...clusterCrosswalk].sort(byShippedOrder).map(named), pathways: [...pathwayCrosswalk].sort(byShippedOrder).map(named) };
}

function print2024(out: (text: string) => void) {
  for (const c of framework2024.clusters) {
    out(`${c.code}  ${c.name}  (${c.grouping}${c.crossCutting ? ', cross-cutting' : ''})`);
    for (const s of c.subClusters) out(`    ${s.code.padEnd(9)}${s.name}`);
  }
}

export const frameworkCommand: Command = {
  name: 'framework',
  usage: 'counselor framework [--edition 16|2024] [--crosswalk] [--json]',
  summary: 'List the 16 career clusters and their 79 career pathways with their codes; --edition 2024: the 14 clusters and 72 sub-clusters of 2024; --crosswalk: where each of the 16 and 79 goes in 2024.',
  acceptsArguments: true,
  async run({ call, io, json, args }) {
    const view = parseView(args);
    if (view === '2024') {
      // No store needed: the 2024 framework is not in the store (yet).
      if (json) io.out(JSON.stringify(framework2024, null, 2));
      else print2024(io.out);
      return;
    }
    const framework = await call('framework.get', {});
    if (view === 'crosswalk') {
      const crosswalk = crosswalkOf(framework);
      if (json) return io.out(JSON.stringify(crosswalk, null, 2));
      const line = (e: ReturnType<typeof crosswalkOf>['clusters'][number]) =>
        `${e.from.name} → ${e.to.map((t) => `${t.code} ${t.name}`).join('; ')}  (${e.basis})`;
      for (const c of crosswalk.clusters) {
        io.out(`${c.from.code.padEnd(8)}${line(c)}`);
        for (const p of crosswalk.pathways.filter((e) => e.from.code.startsWith(`${c.from.code}-`))) io.out(`    ${p.from.code.padEnd(8)}${line(p)}`);
      }
      io.out('stated: Advance CTE says so; inferred: from the names; derived: by this application, no official map exists.');
      return;
    }
    if (json) {
      io.out(JSON.stringify(framework, null, 2));
      return;
    }
    for (const cluster of framework.clusters) {
      io.out(`${cluster.code}  ${cluster.name}`);
      for (const p of cluster.pathways) io.out(`    ${p.code.padEnd(8)}${p.name}`);
    }
  },
};
