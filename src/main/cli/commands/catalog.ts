import { basename } from 'node:path';
import type { Command } from '../command';
import { UsageError } from '../context';
import { readRosterFile } from './import';

function parseCatalogArgs(args: readonly string[]): { file: string; sheet?: string } {
  const [sub, ...rest] = args;
  if (sub !== 'import') throw new UsageError(sub === undefined ? 'say what to do: catalog import FILE.' : `there is no "catalog ${sub}"; use catalog import FILE.`);
  let file: string | undefined;
  let sheet: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--sheet') {
      sheet = rest[++i];
      if (sheet === undefined || sheet.startsWith('--')) throw new UsageError('--sheet needs a sheet name.');
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}.`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`one file at a time (got "${file}" and "${arg}").`);
  }
  if (!file) throw new UsageError('name the catalog file to import.');
  return sheet === undefined ? { file } : { file, sheet };
}

/**
 * Good rows go in and bad rows are listed; the exit status is 0 either way (as for rosters),
 * because the import did what it could. A file that cannot be read at all exits 1.
 */
export const catalogCommand: Command = {
  name: 'catalog',
  usage: 'counselor catalog import FILE [--sheet NAME] [--json]',
  summary: 'Import a course catalog (.xlsx or .csv): good rows in, bad rows listed with row, column and reason.',
  acceptsArguments: true,
  async run({ args, call, io, json }) {
    const { file, sheet } = parseCatalogArgs(args);
    const report = await call('catalog.import', {
      fileName: basename(file),
      base64: readRosterFile(file).toString('base64'),
      ...(sheet === undefined ? {} : { sheet }),
    });
    if (json) {
      io.out(JSON.stringify(report, null, 2));
      return;
    }
    io.out(
      `Imported ${report.fileName}: ${report.added} new, ${report.updated} changed, ${report.unchanged} unchanged, ${new Set(report.rejected.map((r) => r.row)).size} rows rejected.`,
    );
    for (const r of report.rejected) io.out(`  rejected row ${r.row}, ${r.column} "${r.value}": ${r.reason}`);
  },
};
