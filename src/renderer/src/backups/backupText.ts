import { isDepartmentDump, isDepartmentStorePath, type Backup } from '../../../shared/domain/backup';

/** When a backup was taken, on the counselor's own clock: "Nov 22, 2026, 2:03 PM". */
export function whenText(takenAt: string): string {
  return new Date(takenAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function studentsText(n: number): string {
  return n === 1 ? '1 student' : `${n} students`;
}

/**
 * What the Students column says of a backup: its count; for one of the department server's
 * pg_dump files, that it is not counted (this application does not read a dump); for a copy
 * that cannot be read, why.
 */
export function studentsCellText(backup: Backup): string {
  if (backup.students !== null) return String(backup.students);
  if (isDepartmentDump(backup)) return 'not counted (a pg_dump)';
  return `cannot be read: ${backup.problem ?? 'unknown'}`;
}

/** What stands in a pg_dump's row where a workstation's copy has its Restore button. */
export const DUMP_RESTORED_BY = 'Restored by district IT with pg_restore';

/** The hint above the list: what is backed up when, and where (a workstation's folder; on the server, by whom). */
export function backupsHintText(storePath: string): { text: string; folder: string | null } {
  if (isDepartmentStorePath(storePath)) {
    return {
      text: 'The department server takes a pg_dump of its database before each upgrade. District IT keeps the database’s other backups and restores any of them with pg_restore (README, “Backups of the department database”).',
      folder: null,
    };
  }
  return {
    text: 'A copy of the store is taken before each roster or catalog import, before each upgrade, before each restore, and on the first change of each day.',
    folder: storePath ? storePath.replace(/[^/\\]+$/, 'backups') : null,
  };
}

/**
 * What a confirmation says comes before a school-wide change (a year's start or undo, the sample
 * school's removal): a workstation's backup of its file (`workstation`, the dialog's own words);
 * on the department server none, said so (the database's backups are the district's). Nothing
 * while the store's kind is not known (null).
 */
export function backupFirstText(department: boolean | null, workstation: string): string {
  if (department === null) return '';
  return department ? 'No backup is taken here: the department database’s backups are the district’s, and the change is recorded in the audit log.' : workstation;
}
