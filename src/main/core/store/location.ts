import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

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

/** `--db PATH` wins, then COUNSELOR_DB, then the per-user default. */
export function resolveStorePath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  if (env.COUNSELOR_DB) return resolve(env.COUNSELOR_DB);
  return defaultStorePath(process.platform, env);
}
