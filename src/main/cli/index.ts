import { CounselorError } from '../../shared/errors';
import type { Command } from './command';
import { backupsCommand, restoreCommand } from './commands/backups';
import { yearCommand } from './commands/year';
import { migrateCommand } from './commands/migrate';
import { userCommand } from './commands/user';
import { serveCommand } from './commands/serve';
import { settingsCommand } from './commands/settings';
import { labelsCommand } from './commands/labels';
import { catalogCommand } from './commands/catalog';
import { conferencesCommand } from './commands/conferences';
import { coursesCommand } from './commands/courses';
import { demoCommand } from './commands/demo';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { frameworkCommand } from './commands/framework';
import { historyCommand } from './commands/history';
import { planCommand } from './commands/plan';
import { printCommand } from './commands/print';
import { programsCommand } from './commands/programs';
import { reportCommand } from './commands/report';
import { requestsCommand } from './commands/requests';
import { studentsCommand } from './commands/students';
import { studentCommand } from './commands/student';
import { workstationCommand } from './commands/workstation';
import { createContext, UsageError, type CliIO } from './context';
import { storeFailure } from '../core/store/failures';

/**
 * The `counselor` command: automation (nightly roster syncs, evening print runs) over the same core
 * as the window. Exit codes are part of its contract: 0 done, 1 the user's error (one line on
 * stderr, no stack trace), 2 wrong usage.
 */
export const commands: readonly Command[] = [frameworkCommand, studentsCommand, studentCommand, demoCommand, importCommand, historyCommand, exportCommand, catalogCommand, coursesCommand, programsCommand, planCommand, conferencesCommand, printCommand, requestsCommand, reportCommand, settingsCommand, labelsCommand, yearCommand, backupsCommand, restoreCommand, migrateCommand, userCommand, serveCommand, workstationCommand];

export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_USAGE = 2;

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let parsed: ReturnType<typeof parseGlobal>;
  try {
    parsed = parseGlobal(argv);
  } catch (e) {
    io.err(`counselor: ${(e as Error).message}`);
    io.err(usage());
    return EXIT_USAGE;
  }
  if (parsed.help || !parsed.command) {
    (parsed.help ? io.out : io.err)(usage());
    return parsed.help ? EXIT_OK : EXIT_USAGE;
  }
  const command = commands.find((c) => c.name === parsed.command);
  if (!command) {
    io.err(`counselor: there is no command "${parsed.command}".`);
    io.err(usage());
    return EXIT_USAGE;
  }
  if (!command.acceptsArguments && parsed.rest.length > 0) {
    io.err(`counselor ${command.name}: unexpected ${parsed.rest.join(' ')}`);
    io.err(`usage: ${command.usage}`);
    return EXIT_USAGE;
  }
  const { context, close, storePath } = createContext(io, parsed.db, parsed.rest, parsed.json);
  try {
    await command.run(context);
    return EXIT_OK;
  } catch (thrown) {
    const e = storeFailure(thrown, storePath);
    if (e instanceof UsageError) {
      io.err(`counselor ${command.name}: ${e.message}`);
      io.err(`usage: ${command.usage}`);
      return EXIT_USAGE;
    }
    if (e instanceof CounselorError) {
      io.err(`counselor: ${e.message}`);
      return EXIT_USER_ERROR;
    }
    io.err(`counselor: something went wrong (${(e as Error).message ?? String(e)}). Please report this.`);
    if (io.env.COUNSELOR_DEBUG) io.err(String((e as Error).stack));
    return EXIT_USER_ERROR;
  } finally {
    await close();
  }
}

/** Global flags may stand anywhere: `counselor --db x.db students` and `counselor students --db x.db`. */
function parseGlobal(argv: readonly string[]) {
  let db: string | undefined;
  let json = false;
  let help = false;
  let command: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--db') {
      const value = argv[++i];
      if (!value) throw new Error('--db needs a file path.');
      db = value;
    } else if (arg.startsWith('--db=')) db = arg.slice(5);
    else if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (!command && !arg.startsWith('-')) command = arg;
    else rest.push(arg);
  }
  return { db, json, help, command, rest };
}

export function usage(): string {
  return [
    'usage: counselor [--db PATH] <command> [options]',
    '',
    'commands:',
    // A usage longer than its column gets the summary on a line of its own, so the two never run together.
    ...commands.map((c) => (c.usage.length < 44 ? `  ${c.usage.padEnd(44)}${c.summary}` : `  ${c.usage}\n  ${''.padEnd(44)}${c.summary}`)),
    '',
    'global options:',
    '  --db PATH   the store file (default: COUNSELOR_DB, else the per-user application data folder); postgres://… for a department database, on which every command behaves the same',
    '  --json      print one JSON document on stdout',
    '',
    'exit codes: 0 done, 1 an error to fix (one line on stderr), 2 wrong usage',
  ].join('\n');
}

/** Entry for bin/counselor.mjs. */
export async function main(): Promise<void> {
  const out = quietWhenClosed(process.stdout);
  const err = quietWhenClosed(process.stderr);
  process.exitCode = await runCli(process.argv.slice(2), { out: (t) => out(`${t}\n`), err: (t) => err(`${t}\n`), env: process.env });
}

/**
 * `counselor students | head -1`: once the reader has gone (EPIPE), the rest of the output has
 * nowhere to go. Like standard tools, stop writing and finish quietly; the command's own work
 * (an import already committed) and its exit status are unaffected.
 */
function quietWhenClosed(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  // EPIPE, or any other failure of the terminal or pipe itself: nothing more can be shown there.
  stream.on('error', () => {
    closed = true;
  });
  return (text) => {
    if (!closed && !stream.destroyed) stream.write(text);
  };
}
