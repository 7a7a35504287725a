import { resolve } from 'node:path';
import { departmentRefusal, openPostgres } from '../../core/store/postgres';
import { moveToPostgres } from '../../core/store/to-postgres';
import type { Command } from '../command';
import { UsageError } from '../context';

const USAGE = 'counselor migrate --from FILE.db --to postgres://USER:PASSWORD@HOST:PORT/DATABASE [--dry-run] [--json]';

/**
 * `counselor migrate`: a workstation's store moved into the department server's PostgreSQL
 * database (core/store/to-postgres.ts): counts first, one transaction, the file left untouched.
 */
export const migrateCommand: Command = {
  name: 'migrate',
  usage: USAGE,
  summary: "Move a workstation's store into an empty department database (PostgreSQL) in one transaction; the file is left as it was.",
  acceptsArguments: true,
  async run(context) {
    let from: string | undefined;
    let to: string | undefined;
    let dryRun = false;
    const args = [...context.args];
    while (args.length > 0) {
      const arg = args.shift()!;
      if (arg === '--from') from = args.shift();
      else if (arg === '--to') to = args.shift();
      else if (arg === '--dry-run') dryRun = true;
      else throw new UsageError(`unknown argument ${arg}.`);
    }
    if (!from) throw new UsageError('name the store file to move with --from FILE.db.');
    if (!to) throw new UsageError('name the department database with --to postgres://USER:PASSWORD@HOST:PORT/DATABASE.');
    if (!/^postgres(ql)?:\/\//.test(to)) throw new UsageError(`--to takes a postgres:// address (got "${to.split('@').pop()}").`);
    const pg = openPostgres(to, { max: 2 });
    try {
      const moved = await moveToPostgres(resolve(from), pg, { dryRun }).catch((e: unknown) => {
        throw departmentRefusal(e, to) ?? e;
      });
      if (context.json) return context.io.out(JSON.stringify(moved, null, 2));
      const n = (x: number) => x.toLocaleString('en-US');
      context.io.out(dryRun ? `Dry run (nothing written): ${moved.from} would move to the department database:` : `Moved ${moved.from} to the department database:`);
      const shown = moved.tables.filter((t) => t.rows > 0).map((t) => `${t.table} ${n(t.rows)}`);
      context.io.out(`  ${shown.join(' · ')}`);
      context.io.out(`${n(moved.totalRows)} rows in ${moved.tables.length} tables${dryRun ? '' : ', in one transaction'}; the file was left as it was.`);
    } finally {
      await pg.destroy();
    }
  },
};
