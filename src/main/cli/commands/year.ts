import type { YearStartPreview, YearStatus } from '../../../shared/domain/year';
import { changesAnything, SchoolYearText } from '../../../shared/domain/year';
import type { Command } from '../command';
import { UsageError, type CommandContext } from '../context';

const USAGE = 'counselor year status [--json] | year start YYYY-YY [--dry-run] [--json] | year undo [--json] | year reactivate STUDENT_NUMBER [--json]';

/** `counselor year …`: start the next school year at year-end (graduates, grades, reviews), or undo it. */
export const yearCommand: Command = {
  name: 'year',
  usage: USAGE,
  summary: 'Start the next school year (class years passed graduate, grades advance, reviews reset), see the school year, or undo the start.',
  acceptsArguments: true,
  async run(context) {
    const [sub, ...rest] = context.args;
    if (sub === 'status') {
      noMore(rest);
      return printStatus(context, await context.call('year.status', {}));
    }
    if (sub === 'start') return runStart(context, rest);
    if (sub === 'undo') {
      noMore(rest);
      const undone = await context.call('year.undo', {});
      if (context.json) return context.io.out(JSON.stringify(undone, null, 2));
      const r = undone.restored;
      context.io.out(`Undid the start of school year ${undone.schoolYear}: ${r.graduated} back from graduated, ${r.gradesAdvanced} grades back, ${r.reviewsReset} reviews count again.`);
      if (undone.backupPath) context.io.out(`Backup taken before the undo: ${undone.backupPath}`);
      return;
    }
    if (sub === 'reactivate') return runReactivate(context, rest);
    throw new UsageError(sub === undefined ? 'say what to do: year status, year start YYYY-YY, year undo or year reactivate STUDENT_NUMBER.' : `there is no "year ${sub}".`);
  },
};

function noMore(rest: readonly string[]): void {
  if (rest.length > 0) throw new UsageError(`unexpected ${rest.join(' ')}.`);
}

async function runStart(context: CommandContext, args: readonly string[]): Promise<void> {
  let year: string | undefined;
  let dryRun = false;
  for (const arg of args) {
    if (arg === '--dry-run') dryRun = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}.`);
    else if (year === undefined) year = arg;
    else throw new UsageError(`one school year at a time (got ${year} and ${arg}).`);
  }
  if (year === undefined) throw new UsageError('name the school year to start, for example: counselor year start 2027-28.');
  if (!SchoolYearText.safeParse(year).success) throw new UsageError(`"${year}" is not a school year; write it YYYY-YY, for example 2027-28.`);
  const result = await context.call('year.start', { schoolYear: year, dryRun });
  if (context.json) return context.io.out(JSON.stringify(result, null, 2));
  const { preview } = result;
  context.io.out(dryRun ? `Dry run of starting school year ${preview.schoolYear} (nothing written):` : `Started school year ${preview.schoolYear}:`);
  for (const line of previewLines(preview, !dryRun)) context.io.out(`  ${line}`);
  if (result.started?.backupPath) context.io.out(`Backup taken before the start: ${result.started.backupPath}`);
  if (!dryRun) context.io.out('Undo with `counselor year undo` until the next roster or course history import.');
}

/** One graduate who did not finish (a fifth-year senior) back on the active caseload. */
async function runReactivate(context: CommandContext, args: readonly string[]): Promise<void> {
  const [studentNumber, ...more] = args;
  if (studentNumber === undefined || studentNumber.startsWith('-')) throw new UsageError('name the student to make active again, for example: counselor year reactivate 100234.');
  noMore(more);
  const done = await context.call('year.reactivate', { studentNumber });
  if (context.json) return context.io.out(JSON.stringify(done, null, 2));
  context.io.out(
    `Student ${done.studentNumber} is active again (graduated by the start of ${done.graduatedBy.schoolYear} on ${done.graduatedBy.startedOn}); the next roster import sets their grade.`,
  );
}

function previewLines(p: YearStartPreview, done: boolean): string[] {
  const verb = (would: string, did: string) => (done ? did : would);
  const classes = p.graduatingByClassYear.map((c) => `class of ${c.classYear}: ${c.students}`).join(', ');
  const grades = p.advancingByGrade.map((g) => `${g.from} → ${g.to}: ${g.students}`).join(', ');
  return [
    `${p.counts.graduated} ${verb('would graduate', 'graduated')} (class of ${p.graduatingClassYear} and earlier${classes ? `; ${classes}` : ''})`,
    `${p.counts.gradesAdvanced} ${verb('would advance', 'advanced')} a grade${grades ? ` (${grades})` : ''}`,
    `${p.counts.reviewsReset} reviewed ${p.counts.reviewsReset === 1 ? 'plan' : 'plans'} ${verb('would show', 'show')} as complete until reviewed again`,
  ];
}

function printStatus(context: CommandContext, status: YearStatus): void {
  if (context.json) return context.io.out(JSON.stringify(status, null, 2));
  context.io.out(`Current school year: ${status.currentSchoolYear}`);
  const last = status.lastStart;
  if (last) {
    context.io.out(`Started ${last.schoolYear} on ${last.startedOn}: ${last.counts.graduated} graduated, ${last.counts.gradesAdvanced} grades advanced, ${last.counts.reviewsReset} reviews reset.`);
    context.io.out(last.undoRefusal ?? 'It can be undone with `counselor year undo` until the next roster or course history import.');
  }
  const late = status.lateStart;
  if (late && changesAnything(late.counts)) {
    context.io.out(`School year ${late.schoolYear} was never started here; starting it now (\`counselor year start ${late.schoolYear}\`) would change:`);
    for (const line of previewLines(late, false)) context.io.out(`  ${line}`);
    context.io.out(`  ${late.keptAsListed} listed by a roster imported since ${late.listedSince} would keep the grade and status it gave`);
  }
  context.io.out(`Starting ${status.next.schoolYear} would change:`);
  for (const line of previewLines(status.next, false)) context.io.out(`  ${line}`);
  if (status.next.startRefusal) context.io.out(status.next.startRefusal);
}
