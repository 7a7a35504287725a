import { extname } from 'node:path';
import { framework2024 } from '../../../shared/domain/framework-2024';
import { crosswalkBasisMeaning, namedCrosswalk, type NamedCrosswalkEntry } from '../../../shared/domain/framework-crosswalk';
import { indexFrameworks, searchFrameworks, type ClusterMatch } from '../../../shared/domain/framework-search';
import type { Occupation } from '../../../shared/domain/occupations';
import { writeWholeFile } from '../../core/files/write-whole';
import { crosswalkXlsx } from '../../core/framework/crosswalk-xlsx';
import type { Command } from '../command';
import { runFrameworkMigrate } from './framework-migrate';
import { UsageError } from '../context';

type View = 'shipped' | '2024' | 'crosswalk' | 'search';

interface Options {
  view: View;
  query: string;
  xlsx: string | null;
}

/** `--edition 16` is the framework plans use today (the default); `--edition 2024` the modernized one. */
function parseOptions(args: readonly string[]): Options {
  const options: Options = { view: 'shipped', query: '', xlsx: null };
  let edition2024 = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--edition') {
      const edition = args[++i];
      if (edition === '2024') edition2024 = true;
      else if (edition !== '16') throw new UsageError('--edition is 16 (the framework plans use) or 2024.');
    } else if (arg === '--crosswalk') options.view = 'crosswalk';
    else if (arg === '--search') {
      const query = args[++i];
      if (query === undefined || query.trim() === '') throw new UsageError('--search needs the words to look for, e.g. --search "nurse".');
      options.view = 'search';
      options.query = query;
    } else if (arg === '--xlsx') {
      const file = args[++i];
      if (file === undefined || extname(file).toLowerCase() !== '.xlsx') throw new UsageError('--xlsx needs a file name ending in .xlsx.');
      options.xlsx = file;
    } else throw new UsageError(`unknown option ${String(arg)}.`);
  }
  if (options.xlsx !== null && options.view !== 'crosswalk') throw new UsageError('--xlsx writes the crosswalk: give it with --crosswalk.');
  if (edition2024 && options.view === 'shipped') options.view = '2024';
  return options;
}

function print2024(out: (text: string) => void) {
  for (const c of framework2024.clusters) {
    out(`${c.code}  ${c.name}  (${c.grouping}${c.crossCutting ? ', cross-cutting' : ''})`);
    for (const s of c.subClusters) out(`    ${s.code.padEnd(9)}${s.name}`);
  }
}

const occupationText = (o: Occupation) => (o.soc ? `${o.name} (${o.soc})` : o.name);

type AnyMatch = ClusterMatch<{ code: string; name: string }, { code: string; name: string }>;

/** The search's answer as JSON: codes, names and the occupations shown, with the ones the words found. */
function matchesJson(matches: readonly AnyMatch[]) {
  return matches.map((m) => ({
    code: m.cluster.code,
    name: m.cluster.name,
    groups: m.groups.map((g) => ({
      code: g.group.code,
      name: g.group.name,
      occupations: g.occupations.map(({ id, soc, name }) => ({ id, soc, name })),
      found: g.found,
    })),
  }));
}

function printMatches(out: (text: string) => void, title: string, matches: readonly AnyMatch[]) {
  out(`${title}: ${matches.length === 0 ? 'nothing found' : ''}`.trimEnd());
  for (const m of matches) {
    out(`  ${m.cluster.code.padEnd(5)}${m.cluster.name}`);
    for (const g of m.groups) {
      // The occupations the words found, or (when the name itself matched) the list's first few.
      const shown = g.found.length > 0 ? g.occupations.filter((o) => g.found.includes(o.id)) : g.occupations.slice(0, 5);
      out(`      ${g.group.code.padEnd(9)}${g.group.name}: ${shown.map(occupationText).join('; ')}`);
    }
  }
}

export const frameworkCommand: Command = {
  name: 'framework',
  usage: 'counselor framework [--edition 16|2024] [--crosswalk [--xlsx FILE.xlsx]] [--search WORDS] [--json] | counselor framework migrate --to 2024 [--dry-run] [--pick STUDENT=CODE ...] [--json] | counselor framework migrate --undo [--json]',
  summary:
    'List the 16 career clusters and their 79 career pathways with their codes; --edition 2024: the 14 clusters and 72 sub-clusters of 2024; --crosswalk: where each of the 16 and 79 goes in 2024 (--xlsx: as a workbook); --search: clusters, pathways, sub-clusters and occupations in both; migrate --to 2024 --dry-run: the 2024 choice proposed for each plan; without --dry-run: move every plan (--pick where the crosswalk gives more than one), in one transaction; --undo: take back the last move.',
  acceptsArguments: true,
  async run(context) {
    const { call, io, json, args } = context;
    if (args[0] === 'migrate') return runFrameworkMigrate(context, args.slice(1));
    const options = parseOptions(args);
    if (options.view === '2024') {
      // No store needed: the 2024 framework is not in the store (yet).
      if (json) io.out(JSON.stringify(framework2024, null, 2));
      else print2024(io.out);
      return;
    }
    const framework = await call('framework.get', {});
    if (options.view === 'search') {
      const result = searchFrameworks(indexFrameworks(framework), options.query);
      if (json) return io.out(JSON.stringify({ query: options.query, legacy: matchesJson(result.legacy), modern: matchesJson(result.modern) }, null, 2));
      printMatches(io.out, '16 clusters', result.legacy);
      printMatches(io.out, '2024', result.modern);
      return;
    }
    if (options.view === 'crosswalk') {
      if (options.xlsx !== null) {
        const file = await crosswalkXlsx(framework);
        writeWholeFile(options.xlsx, file.bytes);
        if (json) return io.out(JSON.stringify({ out: options.xlsx, rows: file.count }));
        return io.out(`Wrote the crosswalk (${file.count} rows) to ${options.xlsx}.`);
      }
      const crosswalk = namedCrosswalk(framework);
      if (json) return io.out(JSON.stringify(crosswalk, null, 2));
      const line = (e: NamedCrosswalkEntry) => `${e.from.name} → ${e.to.map((t) => `${t.code} ${t.name}`).join('; ')}  (${e.basis})`;
      for (const c of crosswalk.clusters) {
        io.out(`${c.from.code.padEnd(8)}${line(c)}`);
        for (const p of crosswalk.pathways.filter((e) => e.from.code.startsWith(`${c.from.code}-`))) io.out(`    ${p.from.code.padEnd(8)}${line(p)}`);
      }
      io.out(Object.entries(crosswalkBasisMeaning).map(([basis, meaning]) => `${basis}: ${meaning}`).join('; ') + '.');
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
