import type { BulkStudentOutcome } from '../../../shared/domain/bulk';
import type { MigrationPicks, MigrationRow } from '../../../shared/domain/framework-migration';
import { CounselorError } from '../../../shared/errors';
import type { CommandContext } from '../context';
import { UsageError } from '../context';

const USAGE = 'counselor framework migrate --to 2024 [--dry-run] [--pick STUDENT=CODE ...] [--json] | counselor framework migrate --undo [--json]';

type Request = { kind: 'preview' } | { kind: 'apply'; picks: MigrationPicks } | { kind: 'undo' };

function parse(args: readonly string[]): Request {
  let to: string | undefined;
  let dryRun = false;
  let undo = false;
  const picks: MigrationPicks = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--to') to = args[++i];
    else if (arg === '--dry-run') dryRun = true;
    else if (arg === '--undo') undo = true;
    else if (arg === '--pick') {
      const pick = /^([^=\s]+)=(\S+)$/.exec(args[++i] ?? '');
      if (!pick) throw new UsageError(`--pick takes STUDENT=CODE, for example --pick 100234=HHS-PHS (${USAGE}).`);
      picks[pick[1] as string] = pick[2] as string;
    } else throw new UsageError(`unknown option ${String(arg)} (${USAGE}).`);
  }
  if (undo) {
    if (to !== undefined || dryRun || Object.keys(picks).length > 0) throw new UsageError(`--undo takes no other option (${USAGE}).`);
    return { kind: 'undo' };
  }
  if (to !== '2024') throw new UsageError(`--to 2024 is the one framework plans can move to (${USAGE}).`);
  return dryRun ? { kind: 'preview' } : { kind: 'apply', picks };
}

const side = (a: { code: string; name: string } | null, b: { code: string; name: string } | null) =>
  [a, b].filter((x) => x !== null).map((x) => `${x.code} ${x.name}`).join(' / ') || '—';

function line(r: MigrationRow): string {
  const to = r.needsPick ? `pick one: ${r.options.map((o) => `${o.code} ${o.name}`).join('; ')}` : side(r.to.cluster, r.to.subCluster);
  return `${r.studentNumber.padEnd(10)}${r.name}: ${side(r.from.cluster, r.from.pathway)} → ${to}${r.basis ? `  (${r.basis})` : ''}`;
}

/** The page has a pick list for each such plan; here the way to give one is a flag. */
function withPickHint(e: unknown): never {
  if (e instanceof CounselorError && (e.details as { needsPick?: unknown } | undefined)?.needsPick) {
    throw new CounselorError(e.code, `${e.message} Give each with --pick STUDENT=CODE.`, e.details);
  }
  throw e;
}

const outcomeLine = (r: BulkStudentOutcome) => `${r.studentNumber.padEnd(10)}${r.name}: ${r.outcome} — ${r.summary}`;
const count = (results: readonly BulkStudentOutcome[], outcome: BulkStudentOutcome['outcome']) => results.filter((r) => r.outcome === outcome).length;

/**
 * `counselor framework migrate`: --dry-run shows every plan's legacy choice and its proposed 2024
 * one; without it the move is applied (one transaction, refused whole while a needed pick is
 * missing); --undo takes back the last move. Through the contract, as the Framework page does.
 */
export async function runFrameworkMigrate({ io, json, call }: CommandContext, rest: readonly string[]): Promise<void> {
  const request = parse(rest);
  if (request.kind === 'preview') {
    const preview = await call('framework.migratePreview', {});
    if (json) return io.out(JSON.stringify({ dryRun: true, ...preview }, null, 2));
    for (const r of preview.rows) io.out(line(r));
    const { plans, proposed, needsPick, nothingChosen } = preview.counts;
    io.out(
      `${plans} plans: ${proposed} move as proposed, ${needsPick} need a counselor's pick (the crosswalk gives more than one), ${nothingChosen} have no cluster chosen. Nothing was changed (--dry-run).`,
    );
    return;
  }
  const answer = request.kind === 'apply' ? await call('framework.migrate', { picks: request.picks }).catch(withPickHint) : await call('framework.migrateUndo', {});
  if (json) return io.out(JSON.stringify(answer, null, 2));
  for (const r of answer.results) io.out(outcomeLine(r));
  const { results } = answer;
  const tally = `${count(results, 'changed')} changed, ${count(results, 'unchanged')} unchanged, ${count(results, 'refused')} left as they are`;
  io.out(
    request.kind === 'apply'
      ? `Moved to 2024 (move ${answer.migration}): ${tally}. Their 16-cluster choices are kept beside. To take it back: counselor framework migrate --undo.`
      : `Took back the move of ${answer.migration}: ${tally}.`,
  );
}
