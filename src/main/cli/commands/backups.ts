import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { backupFolder } from '../../core/store/backup';
import { listBackups } from '../../core/store/backup-list';
import { backupReasonText, type Backup } from '../../../shared/domain/backup';
import { restoreBackup } from '../../core/store/restore';
import { restoreOverDamagedStore } from '../../core/store/restore-damaged';
import { CounselorError } from '../../../shared/errors';
import type { Command } from '../command';
import { UsageError } from '../context';

export const backupsCommand: Command = {
  name: 'backups',
  usage: 'counselor backups [--json]',
  summary: 'List the backups beside the store: when, why, size and students, newest first.',
  async run({ call, io, json, storePath, department }) {
    const { backups } = await call('store.backups', {}).catch((e: unknown) => {
      // A damaged store is when the list is needed most: read the backups without it.
      if (!(e instanceof CounselorError) || e.code !== 'store_damaged') throw e;
      const reader = new Database(':memory:');
      try {
        return { backups: listBackups(reader, storePath) };
      } finally {
        reader.close();
      }
    });
    if (json) {
      io.out(JSON.stringify({ backups }, null, 2));
      return;
    }
    if (department) {
      // The server's own pg_dump files (store/department-backup.ts); the district's backups are its own.
      for (const b of backups) io.out(backupLine(b, 'pg_dump'));
      io.out(`${backups.length} pg_dump files taken by the department server${backups.length > 0 ? ` in ${backups[0]!.path.replace(/[/\\][^/\\]+$/, '')}` : ''}; district IT restores one with pg_restore.`);
      return;
    }
    if (backups.length === 0) {
      io.out('No backups yet: one is taken before each import, each schema upgrade, each restore, and on the first change of each day.');
      return;
    }
    for (const b of backups) io.out(backupLine(b));
    io.out(`${backups.length} backups in ${backups[0]!.path.replace(/[/\\][^/\\]+$/, '')}`);
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  usage: 'counselor restore BACKUP [--json]',
  summary: 'Replace the store with a backup (a file name from `counselor backups`, or a path); the store is backed up first.',
  acceptsArguments: true,
  async run({ args, call, department, io, json, store, storePath }) {
    const named = args.filter((a) => !a.startsWith('-'));
    const unknown = args.find((a) => a.startsWith('-'));
    if (unknown) throw new UsageError(`unknown option ${unknown}.`);
    if (named.length !== 1) throw new UsageError(named.length === 0 ? 'name the backup to restore.' : 'one backup at a time.');
    // The department server's answer is a sentence: district IT restores its database with pg_restore.
    if (department) {
      await call('store.restore', { file: named[0]! });
      return;
    }
    // A name from the list, else a file named from the current folder (`restore copy.db`).
    const arg = named[0]!;
    const backup = existsSync(join(backupFolder(storePath), arg)) || !existsSync(arg) ? arg : resolve(arg);
    // A damaged store is what a backup is for: the normal open refuses it, the restore goes on.
    const result = await store().then(
      (opened) => restoreBackup(opened, backup),
      (e: unknown) => {
        if (!(e instanceof CounselorError) || e.code !== 'store_damaged') throw e;
        return restoreOverDamagedStore(storePath, backup);
      },
    );
    if (json) {
      io.out(JSON.stringify(result, null, 2));
      return;
    }
    io.out(`Restored ${result.restored.file} (${result.students} students) into ${storePath}.`);
    io.out(`The store as it was before is kept in ${result.beforeRestorePath}.`);
    if (result.fromVersion !== result.toVersion) {
      io.out(`The backup was upgraded from store version ${result.fromVersion} to ${result.toVersion}.`);
    }
  },
};

/** `2026-11-22 14:03  before a roster import  9.1 MB  60 students  counselor-….db` (local time). */
function backupLine(b: Backup, kind?: string): string {
  const when = new Date(b.takenAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())} ${pad(when.getHours())}:${pad(when.getMinutes())}`;
  const students = kind ?? (b.students === null ? `unreadable: ${b.problem ?? 'unknown'}` : `${b.students} students`);
  return [stamp, backupReasonText(b.reason).padEnd(42), sizeText(b.bytes).padStart(9), students.padEnd(14), b.file].join('  ');
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
