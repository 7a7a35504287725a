import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { localIsoDate } from '../../../shared/domain/common';
import { Paper, PrintLang, SchoolName, type PrintRequest, type PrintSelection, type SkippedStudent } from '../../../shared/domain/print';
import { SchoolYearName } from '../../../shared/domain/school-year';
import { CounselorError } from '../../../shared/errors';
import { writeWholeFiles } from '../../core/files/write-whole';
import { combinedFileName } from '../../core/print/options';
import { printPlans, type PrintOutcome } from '../../core/print/print-plans';
import { nextSchoolYear, printRequestSheets, requestSheetsFileName, type RequestSheetOutcome } from '../../core/print/print-request-sheets';
import { recordSnapshots } from '../../core/print/snapshots';
import { printChoices } from '../../core/settings/settings';
import { selectStudents } from '../../core/print/views';
import type { Command } from '../command';
import { UsageError, type CliIO, type CommandContext } from '../context';
import { polled } from '../polled';
import type { Database as Db } from 'better-sqlite3';
import { choice, optionValue, StudentChoice } from '../selection-args';

export const printCommand: Command = {
  name: 'print',
  usage:
    'counselor print (STUDENT... | --grade N | --counselor NAME | --all) (--out FILE.pdf | --out-dir DIR) [--request-sheets [--year YYYY-YY]] [--lang CODE] [--paper letter|a4] [--school NAME] [--json]',
  summary: 'Print plans as PDF (one file with every plan, each on an odd page, or one file per student), or course request sheets.',
  acceptsArguments: true,
  async run(context) {
    const { args, io, json } = context;
    const options = parsePrintArgs(args);
    checkDestination(options);
    if (context.department) {
      await printOnDepartment(context, options);
      return;
    }
    const { db } = await context.store();
    const now = new Date();
    const printedOn = localIsoDate(now);
    if (options.requestSheets) {
      await printSheets(db, options, now, printedOn, io, json);
      return;
    }
    const studentNumbers = selectStudents(db, options.selection);
    const outcome = await printPlans(
      db,
      studentNumbers,
      {
        mode: options.out ? 'combined' : 'separate',
        ...printChoices(db, options),
        printedAt: now,
        printedOn,
        fileName: combinedFileName(options.selection, printedOn),
      },
      { progress: () => undefined, throwIfCancelled: () => undefined },
    );
    const files = writeOutcome(outcome, options);
    recordSnapshots(db, outcome.snapshots);
    sayPrinted(io, json, options, { students: outcome.students, pages: outcome.pages, files });
  },
};

/**
 * On a department database (`--db postgres://…`): the department server's own print job, as the
 * operator, polled to its end (as `import` does); the same selection, choices, snapshots and files.
 */
async function printOnDepartment(context: CommandContext, options: PrintArgs): Promise<void> {
  const schoolYear = options.requestSheets ? (options.year ?? nextSchoolYear(new Date())) : undefined;
  const { lang, paper, school } = options;
  const request: PrintRequest = {
    selection: options.selection,
    mode: options.out ? 'combined' : 'separate',
    ...(lang !== undefined && { lang }),
    ...(paper !== undefined && { paper }),
    ...(school !== undefined && { school }),
    ...(schoolYear !== undefined && { kind: 'request_sheets', schoolYear }),
  };
  const result = await polled(context, 'print.status', (await context.call('print.start', request)).jobId);
  const written =
    result.mode === 'combined'
      ? [{ path: options.out!, bytes: Buffer.from(result.base64, 'base64') }]
      : result.files.map((f) => ({ path: join(options.outDir!, f.fileName), bytes: Buffer.from(f.base64, 'base64') }));
  const pages = result.mode === 'combined' ? result.pages : result.files.reduce((sum, f) => sum + f.pages, 0);
  const files = writeWholeFiles(written);
  if (schoolYear === undefined) sayPrinted(context.io, context.json, options, { students: result.students, pages, files });
  else saySheets(context.io, context.json, options, { students: result.students, pages, files, schoolYear, skipped: result.skipped ?? [] });
}

/** What a print of plans says it did: the same words from either store. */
function sayPrinted(io: CliIO, json: boolean, options: PrintArgs, done: { students: number; pages: number; files: string[] }): void {
  if (json) io.out(JSON.stringify(done, null, 2));
  else if (options.out) io.out(`Printed ${done.students} plans (${done.pages} pages) to ${options.out}.`);
  else io.out(`Printed ${done.students} plans (${done.pages} pages) as ${done.files.length} files in ${options.outDir}.`);
}

/** Request sheets: the same selection, files and choices; the students skipped are said, not dropped. */
async function printSheets(db: Db, options: PrintArgs, now: Date, printedOn: string, io: CliIO, json: boolean): Promise<void> {
  const schoolYear = options.year ?? nextSchoolYear(now);
  const outcome = await printRequestSheets(
    db,
    options.selection,
    schoolYear,
    {
      mode: options.out ? 'combined' : 'separate',
      ...printChoices(db, options),
      printedAt: now,
      printedOn,
      fileName: requestSheetsFileName(options.selection, schoolYear, printedOn),
    },
    { progress: () => undefined, throwIfCancelled: () => undefined },
  );
  const files = writeOutcome(outcome, options);
  saySheets(io, json, options, { students: outcome.students, pages: outcome.pages, files, schoolYear, skipped: outcome.skipped });
}

/** What a print of request sheets says it did, the students skipped said, not dropped. */
function saySheets(io: CliIO, json: boolean, options: PrintArgs, done: { students: number; pages: number; files: string[]; schoolYear: string; skipped: SkippedStudent[] }): void {
  if (json) {
    io.out(JSON.stringify(done, null, 2));
    return;
  }
  io.out(`Printed ${done.students} course request sheets for ${done.schoolYear} (${done.pages} pages) ${options.out ? `to ${options.out}` : `as ${done.files.length} files in ${options.outDir}`}.`);
  for (const s of done.skipped) io.out(`  skipped ${s.studentNumber}  ${s.name}: ${s.reason}`);
}

interface PrintArgs {
  requestSheets?: boolean;
  year?: string;
  selection: PrintSelection;
  out?: string;
  outDir?: string;
  lang?: PrintLang;
  paper?: Paper;
  school?: string;
}

function parsePrintArgs(args: readonly string[]): PrintArgs {
  const whom = new StudentChoice();
  const parsed: Omit<PrintArgs, 'selection'> = {};
  const value = (i: number, flag: string) => optionValue(args, i, flag);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--out') parsed.out = value(++i, '--out');
    else if (arg === '--request-sheets') parsed.requestSheets = true;
    else if (arg === '--year') parsed.year = choice(SchoolYearName, value(++i, '--year'), '--year takes a school year written like 2027-28');
    else if (arg === '--out-dir') parsed.outDir = value(++i, '--out-dir');
    else if (arg === '--lang') parsed.lang = choice(PrintLang, value(++i, '--lang'), '--lang takes a printout language\'s code: en, es, or one added with counselor labels');
    else if (arg === '--paper') parsed.paper = choice(Paper, value(++i, '--paper'), '--paper takes letter or a4');
    else if (arg === '--school') parsed.school = choice(SchoolName, value(++i, '--school'), '--school takes the school name');
    else {
      const last = whom.take(args, i);
      if (last === null) throw new UsageError(`unknown option ${arg}.`);
      i = last;
    }
  }
  const selection = whom.one('plans to print');
  if ((parsed.out === undefined) === (parsed.outDir === undefined)) {
    throw new UsageError('say where to print: --out FILE.pdf (one file) or --out-dir DIR (a file per student).');
  }
  if (parsed.year !== undefined && !parsed.requestSheets) throw new UsageError('--year goes with --request-sheets (plans cover every year).');
  if (parsed.out !== undefined && !parsed.out.toLowerCase().endsWith('.pdf')) throw new UsageError(`--out must end in .pdf (got "${parsed.out}").`);
  return { selection, ...parsed };
}

/** Before any printing: the folder for --out must exist; --out-dir is made if need be. */
function checkDestination(options: PrintArgs): void {
  const folder = options.out !== undefined ? dirname(options.out) : options.outDir!;
  if (options.outDir !== undefined && !existsSync(folder)) {
    try {
      // Made for student records: the owner's only, like the files printed into it.
      mkdirSync(folder, { recursive: true, mode: 0o700 });
    } catch (e) {
      throw new CounselorError('store_unavailable', `Cannot make the folder "${folder}": ${(e as Error).message}.`);
    }
  }
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new CounselorError('store_unavailable', `The folder "${folder}" does not exist; make it or choose another.`);
  }
  // Said before the plans are drawn, not after a minute of printing.
  if (options.out !== undefined && existsSync(options.out) && statSync(options.out).isDirectory()) {
    throw new CounselorError('store_unavailable', `Cannot write "${options.out}": it is a folder; name a file to write, for example ${join(options.out, 'plans.pdf')}.`);
  }
}

/** Each PDF written whole (a kill mid-way leaves the previous file) and readable by its owner only. */
function writeOutcome(outcome: PrintOutcome | RequestSheetOutcome, options: PrintArgs): string[] {
  if (outcome.mode === 'combined') return writeWholeFiles([{ path: options.out!, bytes: outcome.bytes }]);
  return writeWholeFiles(outcome.files.map((f) => ({ path: join(options.outDir!, f.fileName), bytes: f.bytes })));
}
