import { existsSync, statSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { RequestExport, RequestPreset, SchoolYearName, type RequestSelection } from '../../../shared/domain/requests';
import { CounselorError } from '../../../shared/errors';
import { writeWholeFile } from '../../core/files/write-whole';
import { exportRequests, type RequestFile } from '../../core/requests/export';
import type { Command } from '../command';
import { UsageError, type CommandContext } from '../context';
import { polled } from '../polled';
import { optionValue, StudentChoice } from '../selection-args';

/**
 * `counselor requests export`: the course request file for the student information system, from
 * each student's courses planned for the school year named. The grade chosen is the students' grade
 * now; the requests are for the grade each will be in that year.
 */
export const requestsCommand: Command = {
  name: 'requests',
  usage:
    'counselor requests export --year YYYY-YY (--grade N | --counselor NAME | STUDENT... | --all) --out FILE.csv|FILE.xlsx [--preset powerschool|skyward|aeries|generic] [--json]',
  summary: "Export course requests (a school year's planned courses, with alternates) for the student information system.",
  acceptsArguments: true,
  async run(context) {
    const { args, io, json } = context;
    const [what, ...rest] = args;
    if (what !== 'export') throw new UsageError('say what to do: `counselor requests export --year YYYY-YY ... --out FILE`.');
    const options = parseArgs(rest);
    checkDestination(options.out);
    const file = await requestFile(context, options.request);
    // Whole or not at all, owner-only: the file names students and their courses.
    writeWholeFile(options.out, file.bytes);
    const { preset, schoolYear } = options.request;
    if (json) {
      io.out(JSON.stringify({ out: options.out, preset, schoolYear, students: file.students, requests: file.requests, alternates: file.alternates, skipped: file.skipped }, null, 2));
      return;
    }
    io.out(`Exported ${count(file.requests, 'course request')} (${count(file.alternates, 'alternate')}) for ${count(file.students, 'student')}, ${schoolYear}, to ${options.out}.`);
    if (file.skipped.length > 0) {
      io.out(`Skipped ${count(file.skipped.length, 'student')}:`);
      for (const s of file.skipped) io.out(`  ${s.studentNumber}  ${s.name}: ${s.reason}`);
    }
  },
};

/**
 * The file from a store file, made right here; or from a department database (`--db postgres://…`)
 * by the department server's own job, as the operator, polled to its end (as `import` does).
 */
async function requestFile(context: CommandContext, request: RequestExport): Promise<Pick<RequestFile, 'bytes' | 'students' | 'requests' | 'alternates' | 'skipped'>> {
  if (!context.department) return exportRequests((await context.store()).db, request);
  const { base64, ...result } = await polled(context, 'requests.status', (await context.call('requests.start', request)).jobId);
  return { ...result, bytes: Buffer.from(base64, 'base64') };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function parseArgs(args: readonly string[]): { request: RequestExport; out: string } {
  const whom = new StudentChoice();
  let year: string | undefined;
  let out: string | undefined;
  let preset: RequestPreset = 'generic';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--year') year = optionValue(args, ++i, '--year');
    else if (arg === '--out') out = optionValue(args, ++i, '--out');
    else if (arg === '--preset') {
      const parsed = RequestPreset.safeParse(optionValue(args, ++i, '--preset'));
      if (!parsed.success) throw new UsageError(`--preset takes powerschool, skyward, aeries or generic (got "${args[i]}").`);
      preset = parsed.data;
    } else {
      const last = whom.take(args, i);
      if (last === null) throw new UsageError(`unknown option ${arg}.`);
      i = last;
    }
  }
  const selection = whom.one('requests to export');
  if (year === undefined) throw new UsageError('say which school year the requests are for: --year 2027-28.');
  if (!SchoolYearName.safeParse(year).success) throw new UsageError(`--year takes a school year written like 2027-28 (got "${year}").`);
  if (out === undefined) throw new UsageError('name the file to write with --out FILE.csv or --out FILE.xlsx.');
  const format = extname(out).toLowerCase().slice(1);
  if (format !== 'csv' && format !== 'xlsx') throw new UsageError(`--out must end in .csv or .xlsx (got "${out}").`);
  return { request: RequestExport.parse({ schoolYear: year, selection, preset, format }), out };
}

/** Said before anything is read: a folder that is not there, or a folder named as the file. */
function checkDestination(out: string): void {
  const folder = dirname(out);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new CounselorError('store_unavailable', `The folder "${folder}" does not exist; make it or choose another.`);
  }
  if (existsSync(out) && statSync(out).isDirectory()) {
    throw new CounselorError('store_unavailable', `Cannot write "${out}": it is a folder; name a file to write, for example requests.csv.`);
  }
}
