import { join } from 'node:path';
import { hostname } from 'node:os';
import { CounselorError } from '../../../shared/errors';
import { departmentHandlers } from '../../core/api/department';
import { defaultDepartmentDataDir } from '../../core/store/location';
import { departmentBackupFolder, upgradeDepartment } from '../../core/store/department-backup';
import { departmentRefusal, openPostgres } from '../../core/store/postgres';
import { refuseSuperuser } from '../../core/store/row-security';
import { serverCertificate } from '../../transports/certificate';
import { startDepartmentServer } from '../../transports/department';
import type { Command } from '../command';
import { isDepartmentUrl, UsageError } from '../context';

const USAGE = 'counselor serve --postgres postgres://USER:PASSWORD@HOST:PORT/DATABASE [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE] [--data-dir DIR] [--json]';

/**
 * 8443: the usual port for a second HTTPS service, above 1023 so the server needs no root; on
 * every address (0.0.0.0), since the counselors' computers reach it over the school network.
 * `--listen 127.0.0.1:8443` keeps it to this computer, `[::]:8443` adds IPv6.
 */
export const DEFAULT_LISTEN = { host: '0.0.0.0', port: 8443 } as const;

/**
 * `counselor serve`: the department server (transports/department.ts) over PostgreSQL, until
 * SIGINT or SIGTERM. Refuses a superuser connection (row-level security would not bind it), then
 * migrates the database, as every command on it does. Without
 * --tls-cert/--tls-key it presents a self-signed certificate kept in the data folder and prints
 * its fingerprint, which counselors compare once with what their browser shows.
 */
export const serveCommand: Command = {
  name: 'serve',
  usage: USAGE,
  summary: 'Serve the application to the counselors of a department over HTTPS, on the department database (PostgreSQL), until stopped.',
  acceptsArguments: true,
  async run(context) {
    const flags = parseFlags(context.args);
    const url = flags.postgres ?? context.department;
    if (!url) throw new UsageError('name the department database with --postgres postgres://USER:PASSWORD@HOST:PORT/DATABASE (or set COUNSELOR_DB to it).');
    if (!isDepartmentUrl(url)) throw new UsageError(`--postgres takes a postgres:// address (got "${String(url).split('@').pop()}").`);
    const listenAt = flags.listen ? parseListen(flags.listen) : DEFAULT_LISTEN;
    const dataDir = flags.dataDir ?? defaultDepartmentDataDir(process.platform, context.io.env);
    const certificate = serverCertificate({ dataDir, ...(flags.tlsCert ? { certFile: flags.tlsCert } : {}), ...(flags.tlsKey ? { keyFile: flags.tlsKey } : {}) });

    const db = openPostgres(url);
    try {
      // Refused before migrating: tables made by a superuser would be out of the server role's reach.
      // A database holding a school is backed up before an upgrade (pg_dump), or not upgraded.
      const upgraded = await refuseSuperuser(db)
        .then(() => upgradeDepartment(db, url, departmentBackupFolder(dataDir)))
        .catch((e: unknown) => {
          throw departmentRefusal(e, url) ?? e;
        });
      const server = await startDepartmentServer({
        db,
        handlersFor: departmentHandlers(db, { backupFolder: departmentBackupFolder(dataDir) }),
        // The build's layout: out/main/cli.js beside out/renderer/.
        rendererDir: join(__dirname, '../renderer'),
        certificate,
        host: listenAt.host,
        port: listenAt.port,
      }).catch((e: unknown) => {
        throw listenError(e, listenAt);
      });
      try {
        const shownHost = listenAt.host === '0.0.0.0' || listenAt.host === '::' ? hostname() : listenAt.host;
        const address = `https://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${server.port}`;
        if (context.json) {
          context.io.out(
            JSON.stringify({ url: address, fingerprint256: certificate.fingerprint256, certificate: certificate.source, listen: { host: listenAt.host, port: server.port }, backup: upgraded.backup }),
          );
        } else {
          if (upgraded.backup) {
            context.io.out(`Backed up the department database (store version ${upgraded.fromVersion}) to ${upgraded.backup.file} before upgrading it to version ${upgraded.toVersion}.`);
          }
          context.io.out(`Serving ${address} — certificate SHA-256 fingerprint ${certificate.fingerprint256}`);
          if (certificate.source === 'made') {
            context.io.out(`${certificate.replacedExpired ? 'The certificate had expired: made a new one' : 'Made a self-signed certificate'} in ${dataDir}; tell the counselors this fingerprint, to compare once with the one their browser shows.`);
          }
        }
        await (context.io.untilStopped ?? untilSignalled)();
      } finally {
        await server.close();
      }
    } finally {
      await db.destroy();
    }
  },
};

interface ServeFlags {
  postgres?: string;
  listen?: string;
  tlsCert?: string;
  tlsKey?: string;
  dataDir?: string;
}

const FLAGS: Record<string, keyof ServeFlags> = { '--postgres': 'postgres', '--listen': 'listen', '--tls-cert': 'tlsCert', '--tls-key': 'tlsKey', '--data-dir': 'dataDir' };

function parseFlags(args: readonly string[]): ServeFlags {
  const flags: ServeFlags = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const [name, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const key = FLAGS[name];
    if (!key) throw new UsageError(`unknown argument ${arg}.`);
    const value = inline ?? args[++i];
    if (!value) throw new UsageError(`${name} needs a value.`);
    flags[key] = value;
  }
  if (!flags.tlsCert !== !flags.tlsKey) throw new UsageError('give both --tls-cert and --tls-key, or neither for a self-signed certificate.');
  return flags;
}

/** HOST:PORT, [IPv6]:PORT, or :PORT (every address). */
export function parseListen(text: string): { host: string; port: number } {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(text);
  const port = m ? Number(m[3]) : NaN;
  if (!m || port > 65535) throw new UsageError(`--listen takes HOST:PORT, for example 0.0.0.0:8443 or [::]:8443 (got "${text}").`);
  return { host: m[1] ?? (m[2] || DEFAULT_LISTEN.host), port };
}

function untilSignalled(): Promise<void> {
  return new Promise((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
}

function listenError(e: unknown, at: { host: string; port: number }): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new CounselorError('store_unavailable', `Port ${at.port} is already in use by another program on this computer; choose another with --listen.`);
  if (code === 'EACCES') return new CounselorError('store_unavailable', `Port ${at.port} is reserved on this computer; choose a port above 1023 with --listen.`);
  if (code === 'EADDRNOTAVAIL') return new CounselorError('store_unavailable', `${at.host} is not an address of this computer; choose one of its own with --listen, or 0.0.0.0 for all.`);
  return e;
}
