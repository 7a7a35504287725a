import { join } from 'node:path';
import { createHandlers } from './core/api';
import { workerLauncher } from './core/jobs/launch';
import { JobRegistry } from './core/jobs/registry';
import { openStore } from './core/store/connection';
import { resolveStorePath } from './core/store/location';
import { startHttpTransport } from './transports/http';
import { CounselorError } from '../shared/errors';

/**
 * Browser mode: the application served to a browser on 127.0.0.1 when no desktop window can be
 * opened (no Electron binary on an offline network) or when asked with `npm run web`.
 * Flags: --db PATH, --port N (default: a free port). Prints the address with its token.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const store = await openStore(resolveStorePath(flag('--db')));
  const transport = await startHttpTransport({
    handlers: createHandlers(
      store,
      new JobRegistry(workerLauncher({ storePath: store.path, workerFile: join(__dirname, 'job-worker.js') })),
    ),
    rendererDir: join(__dirname, '../renderer'),
    port: flag('--port') ? Number(flag('--port')) : 0,
  });
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

main().catch((e: unknown) => {
  process.stderr.write(`counselor: ${e instanceof CounselorError ? e.message : String((e as Error).stack ?? e)}\n`);
  process.exit(1);
});
