import { basename } from 'node:path';
import type { SubjectArea } from '../../../shared/domain/catalog';
import { SUBJECT_AREAS } from '../../../shared/domain/catalog';
import { areaFromText, departmentKey } from '../../core/courses/catalog-departments';
import type { Command } from '../command';
import { UsageError } from '../context';
import { readRosterFile } from './import';

interface CatalogArgs {
  file: string;
  sheet?: string;
  areas: Record<string, SubjectArea>;
}

/** --area "Family & Consumer Sciences=cte": a department of the file and the subject area its rows go to. */
function parseAreaChoice(text: string | undefined): [string, SubjectArea] {
  const at = text?.lastIndexOf('=') ?? -1;
  if (text === undefined || text.startsWith('--') || at <= 0) throw new UsageError('--area needs "DEPARTMENT=AREA", for example --area "Special Education=elective".');
  const department = text.slice(0, at).trim();
  const area = areaFromText(text.slice(at + 1));
  if (department === '' || !area) {
    throw new UsageError(`--area "${text}": the area after "=" must be one of ${SUBJECT_AREAS.join(', ')}.`);
  }
  return [department, area];
}

function parseCatalogArgs(args: readonly string[]): CatalogArgs {
  const [sub, ...rest] = args;
  if (sub !== 'import') throw new UsageError(sub === undefined ? 'say what to do: catalog import FILE.' : `there is no "catalog ${sub}"; use catalog import FILE.`);
  let file: string | undefined;
  let sheet: string | undefined;
  const areas: Record<string, SubjectArea> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--sheet') {
      sheet = rest[++i];
      if (sheet === undefined || sheet.startsWith('--')) throw new UsageError('--sheet needs a sheet name.');
    } else if (arg === '--area') {
      const [department, area] = parseAreaChoice(rest[++i]);
      areas[department] = area;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}.`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`one file at a time (got "${file}" and "${arg}").`);
  }
  if (!file) throw new UsageError('name the catalog file to import.');
  return sheet === undefined ? { file, areas } : { file, sheet, areas };
}

/**
 * Good rows go in and bad rows are listed; the exit status is 0 either way (as for rosters),
 * because the import did what it could. A file that cannot be read at all exits 1. Rows of a
 * department no mapping covers are rejected, each naming the --area choice that would take them.
 */
export const catalogCommand: Command = {
  name: 'catalog',
  usage: 'counselor catalog import FILE [--sheet NAME] [--area "DEPARTMENT=AREA"]... [--json]',
  summary: 'Import a course catalog (.xlsx or .csv): good rows in, bad rows listed with row, column and reason.',
  acceptsArguments: true,
  async run({ args, call, io, json }) {
    const { file, sheet, areas } = parseCatalogArgs(args);
    const report = await call('catalog.import', {
      fileName: basename(file),
      base64: readRosterFile(file).toString('base64'),
      ...(sheet === undefined ? {} : { sheet }),
      ...(Object.keys(areas).length === 0 ? {} : { areas }),
    });
    if (json) {
      io.out(JSON.stringify(report, null, 2));
      return;
    }
    io.out(
      `Imported ${report.fileName}: ${report.added} new, ${report.updated} changed, ${report.unchanged} unchanged, ${new Set(report.rejected.map((r) => r.row)).size} rows rejected.`,
    );
    const chosen = new Set(report.departments.filter((d) => d.source === 'chosen').map((d) => departmentKey(d.department)));
    for (const department of Object.keys(areas).filter((a) => !chosen.has(departmentKey(a)))) {
      io.out(`  --area "${department}=…": no row of ${report.fileName} names that department; nothing was mapped by it.`);
    }
    for (const d of report.departments.filter((d) => d.area === null)) {
      io.out(`  department "${d.department}" (${d.rows} rows) has no subject area: import again with --area "${d.department}=AREA".`);
    }
    for (const r of report.rejected) io.out(`  rejected row ${r.row}, ${r.column} "${r.value}": ${r.reason}`);
  },
};
