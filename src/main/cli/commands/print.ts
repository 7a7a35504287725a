import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { localIsoDate } from '../../../shared/domain/common';
import { Paper, PrintLang, SchoolName, type PrintSelection } from '../../../shared/domain/print';
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
import { UsageError, type CliIO } from '../context';
import type { Database as Db } from 'better-sqlite3';
import { choice, optionValue, StudentChoice } from '../selection-args';

export const printCommand: Command = {
  name: 'print',
  usage:
    'counselor print (STUDENT... | --grade N | --counselor NAME | --all) (--out FILE.pdf | --out-dir DIR) [--request-sheets [--year YYYY-YY]] [--lang CODE] [--paper letter|a4] [--school NAME] [--json]',
  summary: 'Print plans as PDF (one file with every plan, each on an odd page, or one file per student), or course request sheets.',
  acceptsArguments: true,
  async run({ args, io, json, store }) {
    const options = parsePrintArgs(args);
    checkDestination(options);
    const { db } = await store();
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
    if (json) io.out(JSON.stringify({ students: outcome.students, pages: outcome.pages, files }, null, 2));
    else if (options.out) io.out(`Printed ${outcome.students} plans (${outcome.pages} pages) to ${options.out}.`);
    else io.out(`Printed ${outcome.students} plans (${outcome.pages} pages) as ${files.length} files in ${options.outDir}.`);
  },
};

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
  if (json) {
    io.out(JSON.stringify({ students: outcome.students, pages: outcome.pages, files, schoolYear, skipped: outcome.skipped }, null, 2));
    return;
  }
  io.out(`Printed ${outcome.students} course request sheets for ${schoolYear} (${outcome.pages} pages) ${options.out ? `to ${options.out}` : `as ${files.length} files in ${options.outDir}`}.`);
  for (const s of outcome.skipped) io.out(`  skipped ${s.studentNumber}  ${s.name}: ${s.reason}`);
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
