import { basename } from 'node:path';
import type { SubjectArea } from '../../../shared/domain/catalog';
import { SUBJECT_AREAS } from '../../../shared/domain/catalog';
import type { HistoryCounts, HistoryImportReport, HistoryPreview, HistoryRequest, UnmatchedCourse } from '../../../shared/domain/history';
import type { RejectedRow } from '../../../shared/domain/roster';
import { CounselorError } from '../../../shared/errors';
import { areaFromText } from '../../core/courses/catalog-departments';
import { importHistory, previewHistory } from '../../core/history/import';
import type { Command } from '../command';
import { UsageError, type CommandContext } from '../context';
import { polled } from '../polled';
import { readRosterFile } from './import';

const USAGE = 'counselor history import FILE [--dry-run] [--map field=Header ...] [--sheet NAME] [--credit-type "TEXT=area" ...] [--json] | history unmatched [--json] | history match COURSE_NUMBER (CATALOG_NUMBER | --forget)';

/** `counselor history …`: a nightly transcript sync, the courses still to match, and a match. */
export const historyCommand: Command = {
  name: 'history',
  usage: USAGE,
  summary: 'Import course history (transcripts) from PowerSchool, Infinite Campus, Xello ...; list and match unknown courses.',
  acceptsArguments: true,
  async run(context) {
    const [sub, ...rest] = context.args;
    if (sub === 'import') return runImport(context, rest);
    if (sub === 'unmatched') {
      if (rest.length > 0) throw new UsageError(`unexpected ${rest.join(' ')}.`);
      return printUnmatched(context, (await context.call('history.unmatched', {})).courses);
    }
    if (sub === 'match') return runMatch(context, rest);
    throw new UsageError(sub === undefined ? 'say what to do: history import FILE, history unmatched or history match.' : `there is no "history ${sub}".`);
  },
};

function parseImportArgs(args: readonly string[]) {
  let file: string | undefined;
  let sheet: string | undefined;
  let dryRun = false;
  const map: Record<string, string> = {};
  const creditTypes: Record<string, SubjectArea> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = (message: string) => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(message);
      return v;
    };
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--sheet') sheet = value('--sheet needs a sheet name.');
    else if (arg === '--map') {
      const pair = value('--map needs field=Header, for example --map studentNumber="Perm ID".');
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new UsageError(`--map takes field=Header (got "${pair}").`);
      map[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
    } else if (arg === '--credit-type') {
      const pair = value('--credit-type needs "TEXT=AREA", for example --credit-type "LANG=english".');
      const at = pair.lastIndexOf('=');
      const area = at > 0 ? areaFromText(pair.slice(at + 1)) : null;
      if (at <= 0 || !area || pair.slice(0, at).trim() === '') throw new UsageError(`--credit-type "${pair}": write TEXT=AREA with AREA one of ${SUBJECT_AREAS.join(', ')}.`);
      creditTypes[pair.slice(0, at).trim()] = area;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}.`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`one file at a time (got "${file}" and "${arg}").`);
  }
  if (!file) throw new UsageError('name the course history file to import.');
  return { file, sheet, dryRun, map, creditTypes };
}

async function runImport(context: CommandContext, args: readonly string[]): Promise<void> {
  const options = parseImportArgs(args);
  const request = {
    fileName: basename(options.file),
    base64: readRosterFile(options.file).toString('base64'),
    ...(options.sheet ? { sheet: options.sheet } : {}),
    ...(Object.keys(options.map).length ? { mapping: options.map } : {}),
    ...(Object.keys(options.creditTypes).length ? { creditTypes: options.creditTypes } : {}),
  };
  const run = await runner(context);
  if (!options.dryRun) return printOutcome(context, await run.import(request));
  const preview = await run.preview(request);
  if (preview.mappingProblem) throw new CounselorError('invalid_input', preview.mappingProblem);
  printOutcome(context, preview);
  // A dry run answers "would this import go through?": the same refusal, the same exit code.
  if (preview.nothingToImport) throw new CounselorError('invalid_input', preview.nothingToImport);
}

/**
 * On a store file the tasks run right here; on a department database (`--db postgres://…`) the
 * department server's own methods run them as the operator, started as jobs and polled to the end.
 */
async function runner(context: CommandContext): Promise<{ preview(r: HistoryRequest): Promise<HistoryPreview>; import(r: HistoryRequest): Promise<HistoryImportReport> }> {
  if (context.department) {
    return {
      preview: async (r) => polled(context, 'history.previewStatus', (await context.call('history.preview', r)).jobId),
      import: async (r) => polled(context, 'history.importStatus', (await context.call('history.import', r)).jobId),
    };
  }
  const store = await context.store();
  const task = { db: store.db, storePath: store.path, progress: () => undefined, throwIfCancelled: () => undefined };
  return { preview: (r) => previewHistory(r, task), import: (r) => importHistory(r, task) };
}

function isPreview(outcome: HistoryImportReport | HistoryPreview): outcome is HistoryPreview {
  return 'nothingToImport' in outcome;
}

function printOutcome(context: CommandContext, outcome: HistoryImportReport | HistoryPreview): void {
  const c: HistoryCounts = outcome.counts;
  const dryRun = isPreview(outcome);
  if (context.json) {
    const { rejected: _count, ...figures } = c;
    const json = {
      ...figures,
      rejected: outcome.rejected,
      unmatched: outcome.unmatched.map((u) => ({ courseNumber: u.courseNumber, title: u.title, students: u.students })),
      dryRun,
      ...(dryRun ? {} : { importId: outcome.importId, backupPath: outcome.backupPath }),
    };
    context.io.out(JSON.stringify(json, null, 2));
    return;
  }
  const what = dryRun ? `Dry run of ${outcome.fileName} (nothing written)` : `Imported ${outcome.fileName}`;
  context.io.out(`${what}: ${c.students} students; ${c.added} new rows, ${c.updated} changed, ${c.unchanged} unchanged, ${c.missing} missing from the file (kept, flagged), ${c.rejected} rejected.`);
  if (dryRun) {
    for (const change of outcome.changed) {
      const fields = change.changes.map((ch) => `${ch.label}: ${ch.before ?? '—'} → ${ch.after ?? '—'}`).join('; ');
      context.io.out(`  row ${change.row}, ${change.studentNumber} ${change.name}, ${change.courseNumber} ${change.schoolYear ?? ''} ${change.term}: ${fields}`);
    }
    for (const m of outcome.missing) context.io.out(`  missing: ${m.studentNumber} ${m.name}, ${m.courseNumber} ${m.title} ${m.schoolYear ?? ''} ${m.term} (kept, flagged)`);
  } else if (outcome.backupPath) context.io.out(`Backup taken before the import: ${outcome.backupPath}`);
  printRejected(context, outcome.rejected);
  if (outcome.unmatched.length > 0) {
    context.io.out('Courses the catalog does not know (match them with counselor history match COURSE_NUMBER CATALOG_NUMBER):');
    printUnmatchedLines(context, outcome.unmatched);
  }
}

function printRejected(context: CommandContext, rejected: readonly RejectedRow[]): void {
  for (const r of rejected) context.io.out(`  rejected row ${r.row}, ${r.column} "${r.value}": ${r.reason}`);
}

function printUnmatchedLines(context: CommandContext, courses: readonly UnmatchedCourse[]): void {
  for (const u of courses) {
    context.io.out(`  ${u.courseNumber} ${u.title}: ${u.students} student${u.students === 1 ? '' : 's'}, counted as ${u.area}${u.creditType ? ` (credit type ${u.creditType})` : ''}`);
  }
}

function printUnmatched(context: CommandContext, courses: readonly UnmatchedCourse[]): void {
  if (context.json) {
    context.io.out(JSON.stringify({ courses }, null, 2));
    return;
  }
  if (courses.length === 0) context.io.out('Every transcript course is matched to the catalog.');
  else printUnmatchedLines(context, courses);
}

async function runMatch(context: CommandContext, args: readonly string[]): Promise<void> {
  const [courseNumber, target, ...extra] = args;
  if (courseNumber === undefined || target === undefined || extra.length > 0) {
    throw new UsageError('history match takes a transcript course number and a catalog course number (or --forget).');
  }
  const known = (await context.call('history.unmatched', {})).courses.find((u) => u.courseNumber === courseNumber);
  const catalogNumber = target === '--forget' ? null : target;
  const { courses } = await context.call('history.matchCourse', { courseNumber, title: known?.title ?? '', catalogNumber });
  if (context.json) {
    context.io.out(JSON.stringify({ courseNumber, catalogNumber, unmatched: courses }, null, 2));
    return;
  }
  context.io.out(catalogNumber === null ? `${courseNumber} is no longer matched to a catalog course.` : `${courseNumber} now counts as catalog course ${catalogNumber} in every plan.`);
  context.io.out(`${courses.length} transcript course${courses.length === 1 ? '' : 's'} still unmatched.`);
}
