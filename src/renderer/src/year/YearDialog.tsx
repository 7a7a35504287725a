import { useId, type ReactNode } from 'react';
import { useModalDialog } from '../ui/useModalDialog';

/**
 * Asks before a bulk change of the caseload (starting a school year, undoing it): what will
 * change, counted. A modal <dialog> with Cancel focused first, so an Enter pressed too soon
 * changes nothing; Escape cancels.
 */
export function YearDialog({
  title,
  confirmLabel,
  busyLabel,
  busy,
  children,
  onConfirm,
  onCancel,
}: {
  title: string;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  children: ReactNode;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { dialog, safe: cancel } = useModalDialog();
  const titleId = useId();
  const textId = useId();
  return (
    <dialog
      ref={dialog}
      className="modal-dialog year-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId} className="year-dialog__title">
        {title}
      </h2>
      <div id={textId}>{children}</div>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onConfirm} disabled={busy}>
          {busy ? busyLabel : confirmLabel}
        </button>
        <button ref={cancel} type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
