/** What every import report says the same way: where the backup is, and the report to save. */

export function BackupNote({ path }: { path: string | null }) {
  if (!path) return null;
  return (
    <p className="note">
      A copy of the store as it was before this import was kept at <span className="path">{path}</span>.
    </p>
  );
}

export function SaveReportButton({ saving, onSave }: { saving: boolean; onSave: () => void }) {
  return (
    <button type="button" className="button button--primary" aria-disabled={saving || undefined} onClick={() => (saving ? undefined : onSave())}>
      {saving ? 'Saving the report…' : 'Save report as .xlsx'}
    </button>
  );
}
