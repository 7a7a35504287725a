import { addAccount, disableAccount, listAccounts, ROLES, type Account, type Role } from '../../core/accounts/accounts';
import { departmentRefusal, migratePostgres, openPostgres } from '../../core/store/postgres';
import type { Command } from '../command';
import { UsageError, type CommandContext } from '../context';

const USAGE =
  'counselor user add USER --name "Ms. Alvarez" [--role counselor|lead|admin] --db postgres://… | user list [--json] --db postgres://… | user disable USER --db postgres://…  (the new password comes from COUNSELOR_PASSWORD)';

/**
 * `counselor user …`: the department server's accounts (core/accounts). Only on a department
 * database: a workstation has no accounts. The password is never an argument (others on the
 * machine can read a command line): it is read from COUNSELOR_PASSWORD.
 */
export const userCommand: Command = {
  name: 'user',
  usage: USAGE,
  summary: "Add, list or disable counselors' accounts on the department server (PostgreSQL).",
  acceptsArguments: true,
  async run(context) {
    const [sub, ...rest] = context.args;
    if (sub !== 'add' && sub !== 'list' && sub !== 'disable') {
      throw new UsageError(sub === undefined ? 'say what to do: user add, user list or user disable.' : `there is no "user ${sub}".`);
    }
    if (!context.department) throw new UsageError('accounts live in the department database: give --db postgres://USER:PASSWORD@HOST:PORT/DATABASE (or set COUNSELOR_DB to it).');
    const db = openPostgres(context.department, { max: 2 });
    try {
      await migratePostgres(db).catch((e: unknown) => {
        throw departmentRefusal(e, context.department!) ?? e;
      });
      if (sub === 'list') {
        if (rest.length > 0) throw new UsageError(`unexpected ${rest.join(' ')}.`);
        const accounts = await listAccounts(db);
        if (context.json) return context.io.out(JSON.stringify({ accounts }, null, 2));
        if (accounts.length === 0) return context.io.out('No accounts yet: add one with counselor user add.');
        for (const a of accounts) context.io.out(line(a));
        return;
      }
      if (sub === 'disable') {
        const [userName, ...more] = rest;
        if (!userName || more.length > 0) throw new UsageError('name one account to disable, for example: counselor user disable malvarez.');
        const done = await disableAccount(db, userName);
        if (context.json) return context.io.out(JSON.stringify(done, null, 2));
        return context.io.out(`Disabled ${done.userName} (${done.displayName}) on ${done.disabledAt!.slice(0, 10)}: they can no longer sign in; what they did stays in the record.`);
      }
      return await add(context, db, rest);
    } finally {
      await db.destroy();
    }
  },
};

async function add(context: CommandContext, db: ReturnType<typeof openPostgres>, args: string[]): Promise<void> {
  let userName: string | undefined;
  let displayName: string | undefined;
  let role: Role = 'counselor';
  const queue = [...args];
  while (queue.length > 0) {
    const arg = queue.shift()!;
    if (arg === '--name') displayName = queue.shift();
    else if (arg === '--role') {
      const value = queue.shift();
      if (!ROLES.includes(value as Role)) throw new UsageError(`--role takes counselor, lead or admin (got "${value ?? ''}").`);
      role = value as Role;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}.`);
    else if (userName === undefined) userName = arg;
    else throw new UsageError(`one account at a time (got ${userName} and ${arg}).`);
  }
  if (!userName) throw new UsageError('name the account to add, for example: counselor user add malvarez --name "Ms. Alvarez".');
  if (!displayName) throw new UsageError('give --name as the roster writes this counselor, for example --name "Ms. Alvarez".');
  const password = context.io.env.COUNSELOR_PASSWORD;
  if (!password) throw new UsageError("set COUNSELOR_PASSWORD to the new account's password (it is never taken on the command line, where others could read it).");
  const added = await addAccount(db, { userName, displayName, role, password });
  if (context.json) return context.io.out(JSON.stringify(added, null, 2));
  context.io.out(`Added ${added.userName} (${added.displayName}), ${added.role}.`);
}

function line(a: Account): string {
  return `${a.userName.padEnd(20)} ${a.displayName.padEnd(24)} ${a.role.padEnd(10)} ${a.disabledAt ? `disabled ${a.disabledAt.slice(0, 10)}` : 'active'}`;
}
