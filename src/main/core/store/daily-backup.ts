import type { Database as Db } from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { localIsoDate } from '../../../shared/domain/common';
import { backupFolder, backupStore, parseBackupName } from './backup';

/**
 * The day of the newest daily backup, by store path, remembered so that every later write of the
 * day costs one map lookup. Read from the backups folder once per store per run.
 */
const newestDaily = new Map<string, string>();
/** A daily backup being taken: writes that arrive meanwhile wait for it, so it holds the day's start. */
const inFlight = new Map<string, Promise<string | null>>();

/**
 * A backup of the store on the first change of each day (reason `daily`): plan edits, course and
 * program edits are not imports, and without it a day of a counselor's work has no copy at all.
 * Call it before the write. Days are the counselor's own calendar (local time). A backup that fails
 * (a full disk) does not stop the counselor's change: it is logged, and the next write tries again.
 */
export async function takeDailyBackup(db: Db, storePath: string, now = new Date()): Promise<string | null> {
  const running = inFlight.get(storePath);
  if (running) return running;
  const today = localIsoDate(now);
  let last = newestDaily.get(storePath);
  if (last === undefined) {
    last = newestDailyOnDisk(storePath);
    newestDaily.set(storePath, last);
  }
  if (last >= today) return null;
  const previous = last;
  const taking = backupStore(db, storePath, 'daily', now).then(
    (path) => {
      newestDaily.set(storePath, today);
      return path;
    },
    (e: unknown) => {
      console.error(`[counselor] the daily backup (the last was on ${previous || 'no day yet'}) failed:`, e);
      return null;
    },
  );
  inFlight.set(storePath, taking);
  try {
    return await taking;
  } finally {
    inFlight.delete(storePath);
  }
}

function newestDailyOnDisk(storePath: string): string {
  const folder = backupFolder(storePath);
  if (!existsSync(folder)) return '';
  const store = basename(storePath, '.db');
  let newest = '';
  for (const file of readdirSync(folder)) {
    const name = parseBackupName(file);
    if (name?.store !== store || name.reason !== 'daily') continue;
    const day = localIsoDate(name.takenAt);
    if (day > newest) newest = day;
  }
  return newest;
}
