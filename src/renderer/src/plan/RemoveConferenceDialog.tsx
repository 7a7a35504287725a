import { useState } from 'react';
import type { Conference } from '../../../shared/domain/conference';
import { api } from '../client/api';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { useModalDialog } from '../ui/useModalDialog';
import { attendeesText } from './conferences';
import { formatDate } from './format';

/**
 * The confirmation before a conference record goes: it is what the district is shown, so removing
 * is for a record made by mistake. Focus starts on "Keep it"; the date shown is the date the
 * removal checks, so a record changed meanwhile is not removed.
 */
export function RemoveConferenceDialog({
  conference,
  onRemoved,
  onCancel,
}: {
  conference: Conference;
  onRemoved: () => void;
  onCancel: () => void;
}) {
  const { dialog, safe: keep } = useModalDialog();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const when = formatDate(conference.heldOn);

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
      await api['conferences.remove']({ id: conference.id, confirmHeldOn: conference.heldOn });
      dialog.current?.close();
      onRemoved();
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="modal-dialog"
      aria-labelledby="conference-dialog-title"
      aria-describedby="conference-dialog-what"
      onCancel={(e) => {
        e.preventDefault();
        cancel();
      }}
    >
      <h2 id="conference-dialog-title">Remove the conference of {when}?</h2>
      <p id="conference-dialog-what">
        The record of the conference with {attendeesText(conference)} on {when} will be gone: the caseload and the reports will no
        longer count it. Remove it only if it was recorded by mistake.
      </p>
      <ErrorAlert title="The conference was not removed." message={error} />
      <div className="form-buttons">
        <button ref={keep} type="button" className="button button--primary" onClick={cancel}>
          Keep it
        </button>
        <button type="button" className="button button--danger" aria-disabled={busy || undefined} onClick={() => void remove()}>
          {busy ? 'Removing…' : 'Remove the conference'}
        </button>
      </div>
    </dialog>
  );
}
