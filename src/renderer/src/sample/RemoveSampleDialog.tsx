import { useState } from 'react';
import type { SampleRemoval, SampleStatus } from '../../../shared/domain/sample';
import { api } from '../client/api';
import { useOnDepartmentStore } from '../client/storeKind';
import { backupFirstText } from '../backups/backupText';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { useModalDialog } from '../ui/useModalDialog';

/**
 * The confirmation before the sample school goes: what goes (counted), what stays, and that a
 * backup comes first (on a workstation; the department server takes none, and says so). A modal <dialog>: focus starts on "Keep the sample school" (the safe
 * choice), stays inside while open, and Escape closes it.
 */
export function RemoveSampleDialog({
  status,
  onRemoved,
  onCancel,
}: {
  status: SampleStatus;
  onRemoved: (removal: SampleRemoval) => void;
  onCancel: () => void;
}) {
  const { dialog, safe: keep } = useModalDialog();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const department = useOnDepartmentStore();

  // Closed before the caller moves focus: while a modal dialog is open the page behind it is inert.
  const cancel = () => {
    if (busy) return;
    dialog.current?.close();
    onCancel();
  };

  const remove = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onRemoved(await api['sample.remove']({}));
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="modal-dialog sample-dialog"
      aria-labelledby="sample-dialog-title"
      aria-describedby="sample-dialog-what"
      onCancel={(e) => {
        e.preventDefault();
        cancel();
      }}
    >
      <h2 id="sample-dialog-title" className="sample-dialog__title">
        Remove the sample school?
      </h2>
      <p id="sample-dialog-what">
        This removes {status.school}: its {status.students} made-up students with their plans, {status.courses} courses,{' '}
        {status.programs} programs of study and {status.postsecondary} postsecondary entries. Anything you added yourself
        stays. {backupFirstText(department, 'A backup of the store is taken first.')}
      </p>
      <ErrorAlert title="The sample school was not removed." message={error} />
      <div className="sample-dialog__actions">
        <button ref={keep} type="button" className="button" onClick={cancel} aria-disabled={busy || undefined}>
          Keep the sample school
        </button>
        <button type="button" className="button button--danger" onClick={() => void remove()} aria-disabled={busy || undefined}>
          {busy ? 'Removing the sample school…' : 'Remove sample school'}
        </button>
      </div>
    </dialog>
  );
}
