import { accessSync, constants, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CounselorError } from '../../../shared/errors';

export const APP_FOLDER = 'Counselor Workstation';
export const STORE_FILE = 'counselor.db';

/**
 * The per-user application data folder, the same one Electron's app.getPath('userData') names, so
 * the desktop, browser mode and the `counselor` command all open the same caseload by default.
 */
export function defaultStorePath(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER, STORE_FILE);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER, STORE_FILE);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER, STORE_FILE);
}

/**
 * Where `counselor serve` keeps its own files (certificate, the pg_dump backups it takes) unless
 * given --data-dir: beside the per-user store, so the command run on the server's computer finds them.
 */
export function defaultDepartmentDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  return join(dirname(defaultStorePath(platform, env)), 'department-server');
}

/** `--db PATH` wins, then COUNSELOR_DB, then the per-user default. */
export function resolveStorePath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  if (env.COUNSELOR_DB) return resolve(env.COUNSELOR_DB);
  return defaultStorePath(process.platform, env);
}

/**
 * Before SQLite or `fs` touch a store path: one sentence for the mistakes a `--db` can hold (a
 * folder, a path through a file, a file the account cannot read) instead of EISDIR/ENOTDIR/EACCES.
 * A missing file is fine: it becomes a new store.
 */
export function checkStoreLocation(file: string): void {
  let stats;
  try {
    stats = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') {
      throw new CounselorError(
        'store_unavailable',
        `The store ${file} cannot be made: ${fileOnTheWay(file)} is a file, not a folder. Choose another path with --db.`,
      );
    }
    if (code === 'EACCES') {
      throw new CounselorError('store_unavailable', `The store ${file} is in a folder this account may not open; choose another path with --db.`);
    }
    throw new CounselorError('store_unavailable', `Cannot open the store ${file} (${code ?? (e as Error).message}); choose another path with --db.`);
  }
  if (stats.isDirectory()) {
    throw new CounselorError(
      'store_unavailable',
      `${file} is a folder; --db needs the store file itself, for example ${join(file, STORE_FILE)}.`,
    );
  }
  if (!stats.isFile()) {
    throw new CounselorError('store_unavailable', `${file} is not a file (it is a device or a pipe); --db needs a store file.`);
  }
  try {
    accessSync(file, constants.R_OK);
  } catch {
    throw new CounselorError(
      'store_unavailable',
      `The store ${file} cannot be read by this account (permission denied); ask whoever owns it, or choose another file with --db.`,
    );
  }
}

/** The part of the path that is a file (stat of anything below it fails with ENOTDIR). */
function fileOnTheWay(file: string): string {
  for (let current = dirname(file); dirname(current) !== current; current = dirname(current)) {
    try {
      if (statSync(current).isFile()) return current;
      break;
    } catch {
      // Below a file (ENOTDIR): look one level up.
    }
  }
  return dirname(file);
}
