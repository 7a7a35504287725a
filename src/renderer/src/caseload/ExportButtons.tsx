import { useState } from 'react';
import { api } from '../client/api';
import { platform } from '../client/platform';
import { base64ToBytes, CSV_TYPE, XLSX_TYPE } from '../shell/bytes';
import { messageOf } from '../shell/ErrorAlert';

type Format = 'xlsx' | 'csv';

const types: Record<Format, string> = { xlsx: XLSX_TYPE, csv: CSV_TYPE };

export type ExportOutcome = { ok: true; message: string } | { ok: false; message: string } | null;

/**
 * Export .xlsx / Export .csv: the caseload as filtered on screen (all of it when nothing filters
 * it). `studentNumbers` is asked for at the moment of the click, so typing never pays for it.
 */
export function ExportButtons({
  studentNumbers,
  onOutcome,
}: {
  studentNumbers: () => string[] | null;
  onOutcome: (outcome: ExportOutcome) => void;
}) {
  const [busy, setBusy] = useState<Format | null>(null);

  const exportAs = async (format: Format) => {
    if (busy) return;
    setBusy(format);
    onOutcome(null);
    try {
      const numbers = studentNumbers();
      const file = await api['caseload.export']({ format, ...(numbers ? { studentNumbers: numbers } : {}) });
      await platform.saveFile(file.fileName, base64ToBytes(file.base64), types[format]);
      const students = `${file.count.toLocaleString('en-US')} ${file.count === 1 ? 'student' : 'students'}`;
      onOutcome({ ok: true, message: `Exported ${students} as ${file.fileName}.` });
    } catch (e) {
      onOutcome({ ok: false, message: messageOf(e) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export" role="group" aria-label="Export the caseload as shown">
      {(['xlsx', 'csv'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button"
          aria-disabled={busy !== null || undefined}
          onClick={() => void exportAs(format)}
        >
          {busy === format ? `Exporting .${format}…` : `Export .${format}`}
        </button>
      ))}
    </div>
  );
}
