import { useState } from 'react';
import type { PrintedPdf } from '../../../shared/domain/print';
import { messageOf } from '../shell/ErrorAlert';
import { studentsText } from './language';
import { savePdf } from './usePrintJob';

/** One PDF per student: each offered on its own button, or all of them one after another. */
export function SavedFiles({
  files,
  onOutcome,
}: {
  files: readonly PrintedPdf[];
  onOutcome: (outcome: { ok: boolean; message: string }) => void;
}) {
  const [busy, setBusy] = useState(false);

  const save = async (list: readonly PrintedPdf[]) => {
    if (busy) return;
    setBusy(true);
    try {
      for (const file of list) await savePdf(file);
      onOutcome({ ok: true, message: list.length === 1 ? `Saved ${list[0]?.fileName}.` : `Saved ${list.length} files.` });
    } catch (e) {
      onOutcome({ ok: false, message: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="print-files" aria-labelledby="print-files-title">
      <h3 id="print-files-title" className="print-snapshots__title">
        One PDF per student ({studentsText(files.length)})
      </h3>
      <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={() => void save(files)}>
        Save all {files.length} files
      </button>
      <ul className="print-files__list">
        {files.map((f) => (
          <li key={f.fileName}>
            <button type="button" className="button button--small button--quiet" aria-disabled={busy || undefined} onClick={() => void save([f])}>
              Save {f.fileName}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
