import { useCallback, useEffect, useRef, useState } from 'react';
import { backupReasonText, isDepartmentDump, type Backup, type RestoreResult } from '../../../shared/domain/backup';
import { api } from '../client/api';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { Page } from '../shell/Page';
import { RestoreDialog } from './RestoreDialog';
import { backupsHintText, DUMP_RESTORED_BY, sizeText, studentsCellText, studentsText, whenText } from './backupText';
import '../ui/setup.css';
import './backups.css';

const restoreKey = (file: string) => `restore-${file}`;

/** The store's backups, and a way back to any of them. */
export function BackupsPage({ focusOnShow }: { focusOnShow: boolean }) {
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const [studentCount, setStudentCount] = useState<number | null>(null);
  const [storePath, setStorePath] = useState('');
  const [asking, setAsking] = useState<Backup | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<RestoreResult | null>(null);
  const notice = useRef<HTMLParagraphElement>(null);

  /** The list and the store's own count, read again after a restore (the caseload has changed). */
  const load = useCallback(async () => {
    try {
      const [list, info] = await Promise.all([api['store.backups']({}), api['store.info']({})]);
      setBackups(list.backups);
      setStudentCount(info.studentCount);
      setStorePath(info.path);
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const close = (file: string | null) => {
    setAsking(null);
    // Back to the button that opened the dialog, so the counselor keeps their place in the list.
    if (file) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-focus-key="${restoreKey(file)}"]`)?.focus());
  };

  const restore = async () => {
    if (!asking) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api['store.restore']({ file: asking.file });
      setDone(result);
      setAsking(null);
      await load();
      requestAnimationFrame(() => notice.current?.focus());
    } catch (e) {
      setError(messageOf(e));
      close(asking.file);
    } finally {
      setBusy(false);
    }
  };

  // Said once the store is known: a workstation's copies and a department server's dumps are kept apart.
  const hint = backupsHintText(storePath);
  return (
    <Page title="Backups" focusOnShow={focusOnShow}>
      <div className="setup-page">
        {storePath ? (
          <p className="hint">
            {hint.text} {hint.folder ? <>They are kept in <span className="path">{hint.folder}</span>.</> : null}
          </p>
        ) : null}
        <ErrorAlert title="The backup was not restored." message={error} />
        <p ref={notice} tabIndex={-1} role="status" className="setup-status">
          {done
            ? `Restored the backup of ${whenText(done.restored.takenAt)}: the caseload now holds ${studentsText(done.students)}. The store as it was before is kept as ${fileOf(done.beforeRestorePath)}.`
            : ''}
        </p>
        {backups === null && !error ? <p role="status">Loading the backups…</p> : null}
        {backups !== null && backups.length === 0 ? <p>No backups yet.</p> : null}
        {backups !== null && backups.length > 0 ? <BackupTable backups={backups} onRestore={setAsking} /> : null}
        {asking ? (
          <RestoreDialog backup={asking} currentStudents={studentCount} busy={busy} onConfirm={() => void restore()} onCancel={() => close(asking.file)} />
        ) : null}
      </div>
    </Page>
  );
}

function BackupTable({ backups, onRestore }: { backups: readonly Backup[]; onRestore(b: Backup): void }) {
  return (
    <div className="table-scroll">
      <table className="data-table backup-table">
        <caption>Backups, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Taken</th>
            <th scope="col">Why</th>
            <th scope="col" className="num">
              Students
            </th>
            <th scope="col" className="num">
              Size
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((b) => (
            <tr key={b.file}>
              <th scope="row">{whenText(b.takenAt)}</th>
              <td>{backupReasonText(b.reason)}</td>
              <td className="num">{studentsCellText(b)}</td>
              <td className="num">{sizeText(b.bytes)}</td>
              <td>
                {isDepartmentDump(b) ? DUMP_RESTORED_BY : b.students === null ? null : (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Restore the backup of ${whenText(b.takenAt)} (${backupReasonText(b.reason)})`}
                    data-focus-key={restoreKey(b.file)}
                    onClick={() => onRestore(b)}
                  >
                    Restore…
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function fileOf(path: string): string {
  return path.replace(/^.*[/\\]/, '');
}
