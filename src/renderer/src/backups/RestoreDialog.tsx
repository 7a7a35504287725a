import { useId } from 'react';
import { useModalDialog } from '../ui/useModalDialog';
import type { Backup } from '../../../shared/domain/backup';
import { studentsText, whenText } from './backupText';

/**
 * Asks before a restore, saying what will be replaced and that the store as it is is kept first.
 * A modal <dialog>: focus stays inside, Escape cancels, and Cancel has focus first, so an Enter
 * pressed too soon does not replace the caseload.
 */
export function RestoreDialog({
  backup,
  currentStudents,
  busy,
  onConfirm,
  onCancel,
}: {
  backup: Backup;
  currentStudents: number | null;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { dialog, safe: cancel } = useModalDialog();
  const titleId = useId();
  const textId = useId();

  const now = currentStudents === null ? 'the caseload as it is now' : `the caseload as it is now (${studentsText(currentStudents)})`;
  return (
    <dialog
      ref={dialog}
      className="modal-dialog restore-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId} className="restore-dialog__title">
        Restore the backup of {whenText(backup.takenAt)}?
      </h2>
      <div id={textId}>
        <p>
          This replaces {now}, with every plan, course, program of study and requirement, by the backup of{' '}
          {whenText(backup.takenAt)}
          {backup.students === null ? '' : ` (${studentsText(backup.students)})`}. Changes made since then are replaced.
        </p>
        <p>A backup of the store as it is now is taken first, so you can restore it from this page if you change your mind.</p>
      </div>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onConfirm} disabled={busy}>
          {busy ? 'Restoring…' : 'Restore this backup'}
        </button>
        <button ref={cancel} type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
