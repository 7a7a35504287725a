import { join } from 'node:path';
import { createHandlers } from './core/api';
import { workerLauncher } from './core/jobs/launch';
import { JobRegistry } from './core/jobs/registry';
import { warmStandings } from './core/plans/standings-cache';
import { openStore } from './core/store/connection';
import { resolveStorePath } from './core/store/location';
import { startHttpTransport } from './transports/http';
import { CounselorError } from '../shared/errors';

/**
 * Browser mode: the application served to a browser on 127.0.0.1 when no desktop window can be
 * opened (no Electron binary on an offline network) or when asked with `npm run web`.
 * Flags: --db PATH, --port N (default: a free port). Prints the address with its token; the token
 * is made here and never passed on any command line (other local users can read those).
 * Exit codes as the `counselor` command: 1 a problem to fix (one sentence), 2 wrong usage.
 */
const USAGE = 'usage: node out/main/web.js [--db PATH] [--port N]';

class UsageError extends Error {}

function parseArgs(args: readonly string[]): { db?: string; port: number } {
  let db: string | undefined;
  let port = 0;
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = splitFlag(args[i] as string);
    if (name !== '--db' && name !== '--port') throw new UsageError(`unknown option ${args[i]}.`);
    const value = inline ?? args[++i];
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value.`);
    if (name === '--db') db = value;
    else {
      // 0 asks for a free port, as leaving --port out does.
      if (!/^\d+$/.test(value) || Number(value) > 65535) {
        throw new UsageError(`--port takes a port number from 1 to 65535 (got "${value}").`);
      }
      port = Number(value);
    }
  }
  return db === undefined ? { port } : { db, port };
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const store = await openStore(resolveStorePath(options.db));
  let transport;
  try {
    transport = await startHttpTransport({
      handlers: createHandlers(
        store,
        new JobRegistry(workerLauncher({ storePath: store.path, workerFile: join(__dirname, 'job-worker.js') })),
      ),
      rendererDir: join(__dirname, '../renderer'),
      port: options.port,
    });
  } catch (e) {
    store.close();
    throw listenError(e, options.port);
  }
  // The caseload's standings worked out while the page loads, in slices (plans/standings-cache.ts).
  void warmStandings(store.db);
  process.stdout.write(`Counselor Workstation (browser mode) is at ${transport.url}\n`);
  process.stdout.write(`Store: ${store.path}\n`);
  const stop = () => {
    void transport.close().then(() => {
      store.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function listenError(e: unknown, port: number): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    return new CounselorError(
      'store_unavailable',
      `Port ${port} is already in use by another program on this computer; choose another with --port, or leave --port out to use a free one.`,
    );
  }
  if (code === 'EACCES') {
    return new CounselorError('store_unavailable', `Port ${port} is reserved on this computer; choose a port above 1023 with --port, or leave --port out.`);
  }
  return e;
}

main().catch((e: unknown) => {
  if (e instanceof UsageError) {
    process.stderr.write(`counselor: ${e.message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (e instanceof CounselorError) process.stderr.write(`counselor: ${e.message}\n`);
  else {
    process.stderr.write(`counselor: browser mode could not start (${(e as Error).message ?? String(e)}).\n`);
    if (process.env.COUNSELOR_DEBUG) process.stderr.write(`${(e as Error).stack ?? ''}\n`);
  }
  process.exit(1);
});
