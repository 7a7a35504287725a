import type { MigrationRow } from '../../../shared/domain/framework-migration';
import { migrationPreview } from '../../core/framework/migration-preview';
import type { CommandContext } from '../context';
import { UsageError } from '../context';

const USAGE = 'counselor framework migrate --to 2024 --dry-run [--json]';

function parse(args: readonly string[]): void {
  let to: string | undefined;
  let dryRun = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--to') to = args[++i];
    else if (arg === '--dry-run') dryRun = true;
    else throw new UsageError(`unknown option ${String(arg)} (${USAGE}).`);
  }
  if (to !== '2024') throw new UsageError(`--to 2024 is the one framework plans can move to (${USAGE}).`);
  // Applying (one transaction, undoable, with the counselor's picks) is the next step; until it
  // exists a run without --dry-run must not look as if it moved anything.
  if (!dryRun) throw new UsageError('only the preview exists yet: add --dry-run. Moving the plans themselves is not built yet.');
}

const side = (a: { code: string; name: string } | null, b: { code: string; name: string } | null) =>
  [a, b].filter((x) => x !== null).map((x) => `${x.code} ${x.name}`).join(' / ') || '—';

function line(r: MigrationRow): string {
  const to = r.needsPick ? `pick one: ${r.options.map((o) => `${o.code} ${o.name}`).join('; ')}` : side(r.to.cluster, r.to.subCluster);
  return `${r.studentNumber.padEnd(10)}${r.name}: ${side(r.from.cluster, r.from.pathway)} → ${to}${r.basis ? `  (${r.basis})` : ''}`;
}

/** `counselor framework migrate --to 2024 --dry-run`: every plan's legacy choice and its proposed 2024 one. */
export async function runFrameworkMigrate({ io, json, store }: CommandContext, rest: readonly string[]): Promise<void> {
  parse(rest);
  const preview = migrationPreview((await store()).db);
  if (json) return io.out(JSON.stringify({ dryRun: true, ...preview }, null, 2));
  for (const r of preview.rows) io.out(line(r));
  const { plans, proposed, needsPick, nothingChosen } = preview.counts;
  io.out(
    `${plans} plans: ${proposed} move as proposed, ${needsPick} need a counselor's pick (the crosswalk gives more than one), ${nothingChosen} have no cluster chosen. Nothing was changed (--dry-run).`,
  );
}
