import { z } from 'zod';

/** One copy of the store in `backups/` beside it, as the Backups page and `counselor backups` list it. */
export const Backup = z.object({
  path: z.string(),
  file: z.string(),
  /** When the copy was taken, ISO 8601 in UTC. */
  takenAt: z.string(),
  /** Why: `before-import`, `before-catalog-import`, `before-programs-import`, `before-v5`, `before-restore`, `daily`. */
  reason: z.string(),
  bytes: z.number().int(),
  /** Students in the copy; null when the copy cannot be read (then `problem` says why). */
  students: z.number().int().nullable(),
  problem: z.string().nullable(),
});
export type Backup = z.infer<typeof Backup>;

export const RestoreResult = z.object({
  /** The copy now in the store. */
  restored: Backup,
  /** The copy of the store as it was just before, taken first. */
  beforeRestorePath: z.string(),
  students: z.number().int(),
  /** The backup's schema version, and the version the store is at now (migrated when older). */
  fromVersion: z.number().int(),
  toVersion: z.number().int(),
});
export type RestoreResult = z.infer<typeof RestoreResult>;

/**
 * What a pg_dump the department server took (store/department-backup.ts) says instead of a student
 * count: it is read by PostgreSQL's own tools, not by this application, so it is listed, never
 * restored from the Backups page.
 */
export const DUMP_NOTE = 'A pg_dump of the department database: district IT restores it with pg_restore (README, "Backups of the department database").';

/** Whether a listed backup is one of the department server's pg_dump files. */
export function isDepartmentDump(backup: Backup): boolean {
  return backup.students === null && backup.problem === DUMP_NOTE;
}

/** Where the department database is, as store.info names it: never a file, never a password. */
export function departmentStorePath(database: string, where: string): string {
  return `PostgreSQL database ${database} on ${where}`;
}

/** Whether store.info's path names a department database rather than a workstation's file. */
export function isDepartmentStorePath(path: string): boolean {
  return path.startsWith('PostgreSQL database ');
}

/** Why a backup was taken, in the counselor's words. */
export function backupReasonText(reason: string): string {
  const upgrade = /^before-v(\d+)$/.exec(reason);
  if (upgrade) return `before the upgrade to store version ${upgrade[1]}`;
  switch (reason) {
    case 'before-import':
      return 'before a roster import';
    case 'before-catalog-import':
      return 'before a course catalog import';
    case 'before-programs-import':
      return 'before a programs of study import';
    case 'before-upgrade':
      return 'before an upgrade of the department database';
    case 'before-restore':
      return 'before a restore';
    case 'before-year-start':
      return 'before starting a school year';
    case 'before-year-undo':
      return 'before undoing a school year start';
    case 'daily':
      return 'daily, before the first change of the day';
    default:
      return reason.replace(/-/g, ' ');
  }
}
