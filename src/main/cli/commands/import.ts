import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CounselorError } from '../../../shared/errors';
import { absentRuleText, type ImportReport, type RosterPreview, type RejectedRow, type SameStudent } from '../../../shared/domain/roster';
import { importRoster, previewRoster, type ParsedRosterRequest } from '../../core/roster/import';
import type { TaskContext } from '../../core/jobs/task';
import type { Command } from '../command';
import { polled } from '../polled';
import { UsageError, type CommandContext } from '../context';

export const importCommand: Command = {
  name: 'import',
  usage: 'counselor import FILE [--dry-run] [--map field=Header ...] [--sheet NAME] [--partial] [--allow-absent] [--renumber] [--take-roster-values] [--json]',
  summary: 'Import a roster (.xlsx, .csv, .tsv, .txt) from any student information system.',
  acceptsArguments: true,
  async run(context) {
    const options = parseImportArgs(context.args);
    const request = {
      fileName: basename(options.file),
      base64: readRosterFile(options.file).toString('base64'),
      ...(options.sheet ? { sheet: options.sheet } : {}),
      ...(Object.keys(options.map).length ? { mapping: options.map } : {}),
      markAbsent: !options.partial,
      ...(options.allowAbsent ? { allowAbsent: true } : {}),
      ...(options.renumber ? { renumber: 'all' as const } : {}),
      ...(options.takeRosterValues ? { takeRosterValues: true } : {}),
    };
    const run = await runner(context);
    if (options.dryRun) {
      const preview = await run.preview(request);
      printPreview(context, preview, options.renumber);
      // A dry run answers "would this import go through?": the same refusal, the same exit code.
      const refusal = dryRunRefusal(preview, options.allowAbsent);
      if (refusal) throw new CounselorError('invalid_input', refusal);
    } else {
      printReport(context, await run.import(request));
    }
  },
};

function parseImportArgs(args: readonly string[]) {
  let file: string | undefined;
  let sheet: string | undefined;
  let dryRun = false;
  let partial = false;
  let allowAbsent = false;
  let renumber = false;
  let takeRosterValues = false;
  const map: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--partial') partial = true;
    else if (arg === '--allow-absent') allowAbsent = true;
    else if (arg === '--renumber') renumber = true;
    else if (arg === '--take-roster-values') takeRosterValues = true;
    else if (arg === '--sheet') sheet = valueOf(args, ++i, '--sheet needs a sheet name.');
    else if (arg === '--map') {
      const pair = valueOf(args, ++i, '--map needs field=Header, for example --map studentNumber="Perm ID".');
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new UsageError(`--map takes field=Header (got "${pair}").`);
      map[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}.`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`one file at a time (got "${file}" and "${arg}").`);
  }
  if (!file) throw new UsageError('name the roster file to import.');
  return { file, sheet, dryRun, partial, allowAbsent, renumber, takeRosterValues, map };
}

function valueOf(args: readonly string[], i: number, message: string): string {
  const value = args[i];
  if (value === undefined || value.startsWith('--')) throw new UsageError(message);
  return value;
}

export function readRosterFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read';
    throw new CounselorError('file_unreadable', `"${file}" ${why}; check the path and try again.`);
  }
}

/**
 * On a store file nothing else needs the event loop, so the tasks run right here. On a department
 * database (`--db postgres://…`) the department server's own methods run them, as the operator:
 * started as jobs and polled to the end, as the server's page does.
 */
async function runner(context: CommandContext): Promise<{ preview(r: ParsedRosterRequest): Promise<RosterPreview>; import(r: ParsedRosterRequest): Promise<ImportReport> }> {
  if (context.department) {
    return {
      preview: async (r) => polled(context, 'roster.previewStatus', (await context.call('roster.preview', r)).jobId),
      import: async (r) => polled(context, 'roster.importStatus', (await context.call('roster.import', r)).jobId),
    };
  }
  const store = await context.store();
  const task: TaskContext = { db: store.db, storePath: store.path, progress: () => undefined, throwIfCancelled: () => undefined };
  return { preview: (r) => previewRoster(r, task), import: (r) => importRoster(r, task) };
}

function dryRunRefusal(preview: RosterPreview, allowAbsent: boolean): string | null {
  if (preview.nothingToImport) return preview.nothingToImport;
  const { absent } = preview.counts;
  if (absent <= preview.absentLimit || allowAbsent) return null;
  return `Importing "${preview.fileName}" would mark ${absent} of your ${preview.activeStudents} active students "not in latest roster", more than the ${preview.absentLimit} an import marks without asking (${absentRuleText()}): check that the file is the whole roster, then import with --allow-absent (or with --partial to mark nobody).`;
}

function printPreview(context: CommandContext, preview: RosterPreview, renumber: boolean): void {
  if (preview.mappingProblem) throw new CounselorError('invalid_input', preview.mappingProblem);
  if (context.json) {
    context.io.out(
      JSON.stringify(
        { dryRun: true, fileName: preview.fileName, ...preview.counts, absentLimit: preview.absentLimit, rejected: preview.rejected, renumbered: preview.sameStudent, handEntered: preview.handEntered },
        null,
        2,
      ),
    );
    return;
  }
  const c = preview.counts;
  context.io.out(
    `Dry run of ${preview.fileName} (nothing written): ${c.added} new, ${c.updated} changed, ${c.unchanged} unchanged, ${c.absent} would be marked not in latest roster, ${c.rejected} rejected.`,
  );
  for (const pair of preview.sameStudent) {
    const then = renumber ? 'would get the new number (--renumber)' : 'kept separate unless --renumber';
    context.io.out(`  row ${pair.row}, ${pair.studentNumber}: same student as #${pair.previousNumber} ${pair.name} (same name and ${matchedOnWords(pair)})? ${then}`);
  }
  for (const h of preview.handEntered) {
    const then = h.taken ? "the roster's is taken (--take-roster-values)" : "kept unless --take-roster-values";
    context.io.out(`  row ${h.row}, ${h.studentNumber} ${h.name}: ${h.label} entered by hand: ${h.hand ?? '—'}; roster says: ${h.roster ?? '—'}; ${then}.`);
  }
  for (const g of preview.keptGraduated) context.io.out(`  row ${g.row}, ${g.studentNumber} ${g.name}: graduated, kept as it is (a graduate's record is read-only).`);
  for (const change of preview.changed) {
    const fields = change.changes.map((ch) => `${ch.label}: ${ch.before ?? '—'} → ${ch.after ?? '—'}`).join('; ');
    const check = change.differentPerson ? ' (a different name: check this is the same student)' : '';
    context.io.out(`  row ${change.row}, ${change.studentNumber} ${change.name}${check}: ${fields}`);
  }
  printRejected(context, preview.rejected);
}

function matchedOnWords(pair: SameStudent): string {
  return pair.matchedOn === 'dateOfBirth' ? 'birth date' : 'grade';
}

function printReport(context: CommandContext, report: ImportReport): void {
  const renumbered = report.renumbered ?? [];
  const keptSeparate = report.keptSeparate ?? [];
  if (context.json) {
    const { counts, ...rest } = report;
    context.io.out(
      JSON.stringify({ ...counts, rejected: report.rejected, importId: rest.importId, backupPath: rest.backupPath, renumbered, keptSeparate }, null, 2),
    );
    return;
  }
  const c = report.counts;
  context.io.out(
    `Imported ${report.fileName}: ${c.added} new, ${c.updated} changed, ${c.unchanged} unchanged, ${c.absent} marked not in latest roster, ${c.rejected} rejected.`,
  );
  if (c.keptGraduated) context.io.out(`  ${c.keptGraduated} graduated ${c.keptGraduated === 1 ? 'student' : 'students'} listed in the file kept as graduated, unchanged.`);
  for (const pair of renumbered) context.io.out(`  #${pair.previousNumber} ${pair.name} now has the number ${pair.studentNumber}; plan and history kept.`);
  for (const pair of keptSeparate) {
    context.io.out(`  row ${pair.row}, ${pair.studentNumber} may be #${pair.previousNumber} ${pair.name} under a new number (same name and ${matchedOnWords(pair)}); kept separate (use --renumber to join them).`);
  }
  if (report.backupPath) context.io.out(`Backup taken before the import: ${report.backupPath}`);
  printRejected(context, report.rejected);
}

function printRejected(context: CommandContext, rejected: readonly RejectedRow[]): void {
  for (const r of rejected) context.io.out(`  rejected row ${r.row}, ${r.column} "${r.value}": ${r.reason}`);
}
